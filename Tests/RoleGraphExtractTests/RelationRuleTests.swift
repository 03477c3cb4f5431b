import Testing
@testable import RoleGraphExtract

/// Facts other than credits: releases, sources, subjects, awards, family.
struct RelationRuleTests {
    let extractor = try! Extractor()

    func facts(_ text: String) -> Set<String> {
        let g = extractor.extract(text: text, document: "t")
        return Set(g.edges.filter { $0.kind != .credit }.map { "\($0.source) \($0.relation) \($0.target)" })
    }

    @Test func aPublisherReleasesABookAndAStudioDistributesAFilm() {
        let f = facts("The novel \"Low Orbit\" is published in Britain by Kestrel Books. Bright Pictures released the film \"Red Mesa\" in May.")
        #expect(f.contains("work/low-orbit released_by organization/kestrel-books"))
        #expect(f.contains("work/red-mesa distributed_by organization/bright-pictures"))
    }

    @Test func aReleaseTerritoryIsNotWhereTheLabelIs() {
        let f = facts("The album \"Glass\" came out through Harvest Records in Britain.")
        #expect(f.contains("work/glass released_by organization/harvest-records"))
        #expect(!f.contains { $0.hasPrefix("organization/harvest-records located_in") })
    }

    @Test func aReleaseDoesNotReachBackToAnotherSentencesWork() {
        let f = facts("The film \"Red Mesa\" opened in May. The sequel was published by Sony Interactive Entertainment.")
        #expect(!f.contains { $0.hasPrefix("work/red-mesa") && $0.contains("sony") })
    }

    @Test func basedOnAndFollowsGiveSourceAndSubject() {
        let f = facts("The film \"Bright Fire\" follows the chemist Ada Lind and is based on \"The Burning\", a biography.")
        #expect(f.contains("work/bright-fire about person/ada-lind"))
        #expect(f.contains("work/bright-fire based_on work/the-burning"))
    }

    @Test func aWorkThatWonAtAFestivalIsTheWinner() {
        let f = facts("\"Grey Bay\" won the top prize at the Cannes Film Festival.")
        #expect(f.contains("work/grey-bay award_won organization/cannes-film-festival"))
    }

    @Test func hisSonAttachesToTheClauseSubjectNotTheNearestName() {
        let f = facts("Composer Ivo Lind scored Ana Ruiz's \"Cold Bay\", whose theme he wrote with his son Emil Lind.")
        #expect(f.contains("person/emil-lind child_of person/ivo-lind"))
        #expect(!f.contains("person/emil-lind child_of person/ana-ruiz"))
    }

    @Test func settingAndFilmingPlacesReachPastDescribingWords() {
        let f = facts("Set in a small Ohio town, the series \"Dry Wells\" stars Ana Ruiz. The series was filmed mainly in Toronto and elsewhere in Ontario. Much of the production is based in Atlanta.")
        #expect(f.contains("work/dry-wells set_in place/ohio"))
        #expect(f.contains("work/dry-wells filmed_in place/toronto"))
        #expect(f.contains("work/dry-wells filmed_in place/ontario"))
        #expect(f.contains("work/dry-wells filmed_in place/atlanta"))
        #expect(!f.contains { $0.hasSuffix("based_in place/atlanta") })
    }
}
