/// The neighbourhood of one entity: what `--focus NAME --hops K --max-nodes N` draws
/// when the whole graph is too big to look at.
public struct FocusSubgraph: Sendable {
    /// The nodes kept and every edge among them.
    public var graph: Graph
    public var center: String
    public var hops: Int
    /// How many nodes lie within `hops` of the centre; more than `graph.nodeCount` when
    /// `maxNodes` cut the neighbourhood short (the caller should say so).
    public var reachable: Int

    public var isTruncated: Bool { reachable > graph.nodeCount }

    /// Breadth-first search from `center`, following edges in both directions. Nearer
    /// nodes are kept first; within one distance, nodes in id order, so the result does
    /// not depend on how the graph was built.
    ///
    /// - Complexity: O(V + E log E)
    public static func make(_ graph: Graph, around center: String, hops: Int, maxNodes: Int) -> FocusSubgraph {
        guard graph.contains(center), maxNodes > 0 else {
            return FocusSubgraph(graph: Graph(), center: center, hops: hops, reachable: graph.contains(center) ? 1 : 0)
        }
        var neighbours: [String: [String]] = [:]
        for edge in graph.edges where edge.source != edge.target {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var seen: Set<String> = [center]
        var kept: Set<String> = [center]
        var frontier = [center]
        var distance = 0
        while distance < max(0, hops), !frontier.isEmpty {
            var next: Set<String> = []
            for id in frontier {
                for other in neighbours[id] ?? [] where !seen.contains(other) {
                    next.insert(other)
                }
            }
            seen.formUnion(next)
            let ordered = next.sorted()
            for id in ordered where kept.count < maxNodes { kept.insert(id) }
            frontier = ordered
            distance += 1
        }
        return FocusSubgraph(graph: graph.subgraph(kept), center: center, hops: hops, reachable: seen.count)
    }

    /// Finds the node a user means: an exact id, else a label or alias ignoring case.
    ///
    /// - Complexity: O(V) plus the aliases' length.
    public static func resolve(_ name: String, in graph: Graph) throws(FocusError) -> String {
        if graph.contains(name) { return name }
        let wanted = name.lowercased()
        let matches = graph.nodes.filter { node in
            node.id.lowercased() == wanted || node.label.lowercased() == wanted
                || node.aliases.contains { $0.lowercased() == wanted }
        }
        switch matches.count {
        case 0: throw .notFound(name)
        case 1: return matches[0].id
        default: throw .ambiguous(name, matches.map(\.id))
        }
    }
}

public enum FocusError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case ambiguous(String, [String])

    public var description: String {
        switch self {
        case .notFound(let name):
            "no entity named \"\(name)\" in the graph (give an id such as person/jane-doe, a name, or an alias)"
        case .ambiguous(let name, let ids):
            "\"\(name)\" names several entities: \(ids.joined(separator: ", ")); give one of these ids"
        }
    }
}
