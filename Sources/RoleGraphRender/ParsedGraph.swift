/// What Graphviz's own parser read from a DOT text: enough to check that a writer's
/// output means what it should (counts, names, attribute values).
public struct ParsedGraph: Sendable, Hashable {
    public struct Node: Sendable, Hashable {
        /// The node's DOT id.
        public var name: String
        /// Attributes as Graphviz stores them (escapes such as `\n` kept verbatim);
        /// attributes equal to their declared default are left out.
        public var attributes: [String: String]
    }

    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }

    public struct Subgraph: Sendable, Hashable {
        public var name: String
        /// Names of the nodes it holds, in the parser's order.
        public var nodes: [String]
        public var attributes: [String: String]
    }

    public var name: String
    public var isDirected: Bool
    /// Attributes set on the root graph.
    public var attributes: [String: String]
    /// In the order the parser created them.
    public var nodes: [Node]
    /// Grouped by tail node, in the parser's order.
    public var edges: [Edge]
    /// The root graph's direct subgraphs (clusters among them), ordered by name as
    /// cgraph keeps them.
    public var subgraphs: [Subgraph]

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }

    public func node(named name: String) -> Node? { nodes.first { $0.name == name } }
    public func subgraph(named name: String) -> Subgraph? { subgraphs.first { $0.name == name } }
}
