import Testing
@testable import RoleGraphExtract

/// The company behind a work in box-office and streaming news: "distributor O said", "in
/// its second weekend for O", "W, a O release", "O has ordered a second season of W",
/// "O dropped W".
struct DistributorCueTests: RuleProbe {
    let extractor = try! Extractor()

    func linked(_ graph: Graph, _ work: String, _ org: String) -> Bool {
        guard let w = graph.nodes.first(where: { $0.label == work }), let o = graph.nodes.first(where: { $0.label == org }) else { return false }
        return graph.edges.contains { $0.source == w.id && $0.target == o.id && $0.kind == .other }
    }

    @Test func aReleaseWindowForACompanyNamesItsDistributor() {
        let g = graph("\"Harbour Lights\" fell to third place in its second weekend for Parallax Pictures.")
        #expect(linked(g, "Harbour Lights", "Parallax Pictures"))
    }

    @Test func forACompanyWithoutAReleaseWindowIsNoDistributor() {
        let g = graph("Ana Ruiz wrote \"Harbour Lights\" before she worked for Parallax Pictures.")
        #expect(!linked(g, "Harbour Lights", "Parallax Pictures"))
    }

    @Test func theDistributorNounAndAReleaseAppositionNameTheCompany() {
        let g = graph("\"Glass Orchard\" took $20 million, distributor Lumen Studios said. \"Paper Kites\", a Lumen Studios release, came fourth.")
        #expect(linked(g, "Glass Orchard", "Lumen Studios"))
        #expect(linked(g, "Paper Kites", "Lumen Studios"))
    }

    @Test func orderingASeasonOrDroppingAShowNamesTheStreamer() {
        let g = graph("Parallax Pictures has ordered a second season of \"Salt Marsh\". Lumen Studios dropped \"Winter Ferry\" after one season.")
        #expect(linked(g, "Salt Marsh", "Parallax Pictures"))
        #expect(linked(g, "Winter Ferry", "Lumen Studios"))
    }

    @Test func aKnownCompanyDroppingANameMakesItATitle() {
        let g = graph("Netflix dropped Salt Marsh Detectives after one season.")
        #expect(g.nodes.first { $0.label == "Salt Marsh Detectives" }?.type == .work)
        #expect(linked(g, "Salt Marsh Detectives", "Netflix"))
        let h = graph("Ana Ruiz dropped Theo Kemp from the cast.")
        #expect(h.nodes.first { $0.label == "Theo Kemp" }?.type == .person)
    }
}
