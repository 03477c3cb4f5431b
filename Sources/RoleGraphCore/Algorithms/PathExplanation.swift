/// A path between two entities told as a chain of facts: `nodes[i]` and `nodes[i + 1]`
/// are joined by `edges[i]`, oriented as the graph stores it (person -> work), with its
/// evidence when the graph came from text.
public struct PathExplanation: Sendable, Equatable {
    public var nodes: [Node]
    public var edges: [Edge]

    /// Edges on the path (person -> work -> person is 2).
    public var length: Int { edges.count }

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// One line: "Kevin Bacon (actor) — The Woodsman (2004) — ...", each person followed
    /// by the roles that link them to their neighbours on the path.
    public var summary: String {
        nodes.indices.map { i in
            let n = nodes[i]
            guard n.type == .person else { return n.label }
            var roles: [String] = []
            for e in [i > 0 ? edges[i - 1] : nil, i < edges.count ? edges[i] : nil].compactMap({ $0 })
            where (e.source == n.id || e.target == n.id) && !roles.contains(e.relation) {
                roles.append(e.relation.replacingUnderscores())
            }
            return roles.isEmpty ? n.label : "\(n.label) (\(roles.joined(separator: ", ")))"
        }.joined(separator: " — ")
    }

    /// The summary, then each fact on its own line with the sentences that state it.
    public var text: String {
        var out = summary + "\n"
        let steps = nodes.filter { $0.type == .person }.count - 1
        out += "\(length) edge\(length == 1 ? "" : "s")"
        if nodes.first?.type == .person && nodes.last?.type == .person && steps >= 0 {
            out += ", \(steps) step\(steps == 1 ? "" : "s") between people"
        }
        out += "\n"
        let label = Dictionary(nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        for (i, e) in edges.enumerated() {
            out += "  \(i + 1). \(label[e.source] ?? e.source) —\(e.relation.replacingUnderscores())→ \(label[e.target] ?? e.target)\n"
            for ev in e.evidence {
                out += "     \"\(ev.text.singleLine())\" (\(ev.document):\(ev.start)-\(ev.end))\n"
            }
        }
        return out
    }
}

/// A graph ready for queries: the compact form for the searches, and the rich graph
/// when there is one, so that answers can carry evidence and aliases.
public struct QueryGraph: Sendable {
    public let compact: CompactGraph
    public let graph: Graph?

    public init(_ graph: Graph) {
        self.graph = graph
        self.compact = CompactGraph(graph)
    }

    public init(compact: CompactGraph) {
        self.graph = nil
        self.compact = compact
    }

    /// See `CompactGraph.resolve(_:)`.
    public func resolve(_ query: String) throws(LookupError) -> Int32 { try compact.resolve(query) }

    /// The node as the rich graph knows it, else as the compact graph does.
    public func node(_ v: Int32) -> Node {
        graph?.node(compact.id(v)) ?? compact.node(v)
    }

    /// The facts behind one hop: from the rich graph every edge between the two nodes in
    /// either direction (smallest key first), else the compact graph's edge.
    public func edges(between u: Int32, and v: Int32) -> [Edge] {
        if let g = graph {
            let a = compact.id(u), b = compact.id(v)
            let found = g.edges(between: a, and: b)
            if !found.isEmpty { return found }
        }
        return compact.edge(from: u, to: v).map { [$0] } ?? []
    }

    /// A shortest path explained, one edge per hop (the first fact between each pair).
    ///
    /// - Complexity: see `CompactGraph.shortestPath`.
    public func explainPath(from s: Int32, to t: Int32) -> PathExplanation? {
        guard let path = compact.shortestPath(from: s, to: t) else { return nil }
        return explain(path)
    }

    /// Every shortest path, explained; at most `limit`, and whether more exist.
    public func explainAllPaths(from s: Int32, to t: Int32, limit: Int) -> (paths: [PathExplanation], truncated: Bool) {
        let (paths, truncated) = compact.allShortestPaths(from: s, to: t, limit: limit)
        return (paths.map(explain), truncated)
    }

    /// - Complexity: O(L) for a compact-only graph; one pass over the rich graph's edges
    ///   (O(E log E)) otherwise, whatever the path's length.
    public func explain(_ path: [Int32]) -> PathExplanation {
        var hops: [Edge?] = Array(repeating: nil, count: max(0, path.count - 1))
        if let g = graph, !hops.isEmpty {
            var hopOf: [UnorderedPair: [Int]] = [:]
            for i in hops.indices {
                hopOf[UnorderedPair(compact.id(path[i]), compact.id(path[i + 1])), default: []].append(i)
            }
            // Edges come sorted by key, so the first seen for a hop is the smallest.
            for e in g.edges {
                guard let idx = hopOf[UnorderedPair(e.source, e.target)] else { continue }
                for i in idx where hops[i] == nil { hops[i] = e }
            }
        }
        let edges = hops.indices.map { i in hops[i] ?? compact.edge(from: path[i], to: path[i + 1])! }
        return PathExplanation(nodes: path.map(node), edges: edges)
    }
}

/// Two node ids, in either order.
struct UnorderedPair: Hashable {
    let a: String, b: String
    init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
}

extension Graph {
    /// Edges between two nodes in either direction, by key.
    ///
    /// - Complexity: O(E log E)
    public func edges(between a: String, and b: String) -> [Edge] {
        edges.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
    func singleLine() -> String { String(map { $0.isNewline ? " " : $0 }) }
}
