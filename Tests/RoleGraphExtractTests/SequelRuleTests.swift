import Testing
@testable import RoleGraphExtract

/// "the previous instalment, W": the work the sentence speaks of follows W.
struct SequelRuleTests: RuleProbe {
    let extractor = try! Extractor()

    func linked(_ graph: Graph, _ a: String, _ relation: String, _ b: String) -> Bool {
        guard let s = graph.nodes.first(where: { $0.label == a }), let o = graph.nodes.first(where: { $0.label == b }) else { return false }
        return graph.edges.contains { $0.source == s.id && $0.target == o.id && $0.relation == relation }
    }

    @Test func thePreviousInstalmentIsWhatTheWorkFollows() {
        let g = graph("\"Harbour Lights 3\" was directed by Ana Ruiz, who also made the previous instalment, \"Harbour Lights 2\".")
        #expect(linked(g, "Harbour Lights 3", "sequel_of", "Harbour Lights 2"))
        #expect(!linked(g, "Harbour Lights 2", "sequel_of", "Harbour Lights 3"))
    }

    @Test func anInstalmentWithoutAnEarlierWordIsNoSequel() {
        let g = graph("\"Salt Marsh\" opened this week. The new instalment, \"Glass Harbour\", opens in May.")
        #expect(!linked(g, "Salt Marsh", "sequel_of", "Glass Harbour"))
    }
}
