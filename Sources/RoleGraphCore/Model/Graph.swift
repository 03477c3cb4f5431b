/// A typed, directed multigraph of entities and the facts between them.
///
/// Nodes are keyed by their stable id; adding a node or an edge that is already there
/// merges the two (aliases and evidence are unioned), so graphs read from several
/// documents combine with `merge(_:)` into one. Iteration order is always sorted, so
/// everything written from a graph is deterministic.
public struct Graph: Sendable {
    private var nodesByID: [String: Node] = [:]
    private var edgesByKey: [Edge.Key: Edge] = [:]

    public init() {}

    public init(nodes: some Sequence<Node>, edges: some Sequence<Edge>) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
    }

    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgesByKey.count }
    public var isEmpty: Bool { nodesByID.isEmpty }

    /// Makes room for this many nodes and edges, so that a graph built in one go does
    /// not rehash its keys as it grows.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        nodesByID.reserveCapacity(nodes)
        edgesByKey.reserveCapacity(edges)
    }

    /// Nodes sorted by id.
    ///
    /// - Complexity: O(V log V)
    public var nodes: [Node] { nodesByID.values.sorted { $0.id < $1.id } }

    /// Edges sorted by (source, target, kind, relation).
    ///
    /// - Complexity: O(E log E)
    public var edges: [Edge] { edgesByKey.values.sorted { $0.key < $1.key } }

    public func node(_ id: String) -> Node? { nodesByID[id] }
    public func contains(_ id: String) -> Bool { nodesByID[id] != nil }

    /// Adds a node, or merges it into the node with the same id.
    /// - Complexity: one look-up of the id for a new node (stored in the same step), two
    ///   for one to merge.
    @discardableResult
    public mutating func add(_ node: Node) -> String {
        if var existing = nodesByID.updateValue(node, forKey: node.id) {
            existing.absorb(node)
            nodesByID[node.id] = existing
        }
        return node.id
    }

    /// Adds an edge, or merges its evidence into the edge stating the same fact.
    /// Both ends must already be nodes of the graph.
    /// - Complexity: one look-up of the key for a new edge, two for one to merge.
    public mutating func add(_ edge: Edge) {
        precondition(hasEnds(edge), "edge \(edge.source) -> \(edge.target) names a node the graph lacks")
        insert(edge)
    }

    /// `add(_:)` for a producer that has just added both ends itself, as the extractor
    /// does with the ids `add(_: Node)` returned: the look-ups of the ends that check it
    /// are made in debug builds only.
    package mutating func add(edgeBetweenAddedNodes edge: Edge) {
        assert(hasEnds(edge), "edge \(edge.source) -> \(edge.target) names a node the graph lacks")
        insert(edge)
    }

    /// Whether both ends of the edge are nodes of the graph (asked by index, so that no
    /// node is copied out to be compared with nil).
    private func hasEnds(_ edge: Edge) -> Bool {
        nodesByID.index(forKey: edge.source) != nil && nodesByID.index(forKey: edge.target) != nil
    }

    /// Stores the edge, or merges it into the edge stating the same fact.
    private mutating func insert(_ edge: Edge) {
        let key = edge.key
        if var existing = edgesByKey.updateValue(edge, forKey: key) {
            existing.absorb(edge)
            edgesByKey[key] = existing
        }
    }

    /// Merges another graph into this one: the same id gives one node, the same fact one edge.
    ///
    /// - Complexity: O(V' + E') for the other graph's size.
    public mutating func merge(_ other: Graph) {
        for node in other.nodesByID.values { add(node) }
        for edge in other.edgesByKey.values { add(edge) }
    }

    /// Removes a node and every edge that touches it.
    public mutating func remove(node id: String) {
        guard nodesByID.removeValue(forKey: id) != nil else { return }
        edgesByKey = edgesByKey.filter { $0.key.source != id && $0.key.target != id }
    }

    /// Keeps only the edges for which `isIncluded` holds (nodes stay).
    public mutating func filterEdges(_ isIncluded: (Edge) -> Bool) {
        edgesByKey = edgesByKey.filter { isIncluded($0.value) }
    }

    /// The subgraph induced by a set of node ids.
    ///
    /// - Complexity: O(V + E)
    public func subgraph(_ ids: Set<String>) -> Graph {
        var sub = Graph()
        for id in ids { if let n = nodesByID[id] { sub.nodesByID[id] = n } }
        for (key, edge) in edgesByKey where ids.contains(key.source) && ids.contains(key.target) {
            sub.edgesByKey[key] = edge
        }
        return sub
    }
}
