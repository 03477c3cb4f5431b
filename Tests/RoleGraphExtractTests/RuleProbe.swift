@testable import RoleGraphExtract

/// What the rule tests ask of a short text: its graph, a node's type, whether an edge is
/// there. Nodes are found by label, so a test reads like the sentence it checks.
protocol RuleProbe {
    var extractor: Extractor { get }
}

extension RuleProbe {
    func graph(_ text: String) -> Graph { extractor.extract(text: text, document: "t") }

    func type(of label: String, in graph: Graph) -> EntityType? {
        graph.nodes.first { $0.label == label }?.type
    }

    /// An edge labelled `relation` from the node labelled `source` to the one labelled `target`.
    func edge(_ graph: Graph, _ source: String, _ relation: String, _ target: String) -> Bool {
        guard let s = graph.nodes.first(where: { $0.label == source }),
              let t = graph.nodes.first(where: { $0.label == target }) else { return false }
        return graph.edges.contains { $0.source == s.id && $0.target == t.id && $0.relation == relation }
    }

    func credit(_ graph: Graph, _ person: String, _ role: String, _ work: String) -> Bool {
        edge(graph, person, role, work)
    }
}
