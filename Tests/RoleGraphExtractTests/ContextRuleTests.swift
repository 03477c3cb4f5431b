import Testing
@testable import RoleGraphExtract

/// Which work a phrase or a described person belongs to when the sentence does not
/// name it.
struct ContextRuleTests {
    let extractor = try! Extractor()

    func credits(_ text: String) -> Set<String> {
        let g = extractor.extract(text: text, document: "t")
        return Set(g.edges.filter { $0.kind == .credit }.map { "\($0.source) \($0.relation) \($0.target)" })
    }

    @Test func theSeriesSkipsAWorkNamedInARelativeClause() {
        let c = credits("The series \"Dry Wells\" was created by Ona Pike, who had written for \"Night Desk,\" and it ran for years. Ben Tor stars in the series.")
        #expect(c.contains("person/ben-tor actor work/dry-wells"))
        #expect(!c.contains("person/ben-tor actor work/night-desk"))
    }

    @Test func aDescribedPersonDoingSomethingElseIsNoCreditOnTheWorkBefore() {
        let c = credits("Crews built the set of \"Red Mesa\" in May. In June actor Lon Price fired a prop gun.")
        #expect(!c.contains("person/lon-price actor work/red-mesa"))
    }

    @Test func aYearAfterASentenceOpeningWordIsNotPartOfAName() {
        let g = extractor.extract(text: "In 2019 Streamly released the film.", document: "t")
        #expect(!g.nodes.contains { $0.label.contains("2019") })
    }
}
