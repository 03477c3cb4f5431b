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

    @Test func itRefersToTheLastWorkNotToAPerson() {
        let g = extractor.extract(text: "Ana Ruiz directed \"Grey Bay\" in Lisbon. It was released by Bright Pictures, and it won the top prize at the Cannes Film Festival.", document: "t")
        let f = Set(g.edges.map { "\($0.source) \($0.relation) \($0.target)" })
        #expect(f.contains("work/grey-bay distributed_by organization/bright-pictures"))
        #expect(f.contains("work/grey-bay award_won organization/cannes-film-festival"))
        #expect(!f.contains("person/ana-ruiz award_won organization/cannes-film-festival"))
    }

    @Test func thePersonWhoChairsIsNoMakerOfTheWorkBefore() {
        let c = credits("\"Grey Bay\" won the top prize. The jury, chaired by the director Ana Ruiz, met in May.")
        #expect(!c.contains("person/ana-ruiz director work/grey-bay"))
    }

    @Test func aBareSurnameNamesTheStorysMainPersonOverARelative() {
        let g = extractor.extract(text: "Composer Ivo Lind died on Monday. Lind scored forty films. Lind worked with his son Emil Lind on one of them. Lind is survived by his wife, Ana Lind.", document: "t")
        let f = Set(g.edges.map { "\($0.source) \($0.relation) \($0.target)" })
        #expect(f.contains("person/ana-lind married_to person/ivo-lind"))
        #expect(!f.contains("person/ana-lind married_to person/emil-lind"))
    }
}
