import Testing
@testable import RoleGraphExtract

/// A company as the subject of a scheduling, rights or publishing verb, and "O, an
/// imprint of P".
struct StudioVerbTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aStudioMovingAFilmDistributesIt() {
        let g = graph("Focus Features has pushed The Salt Road, a drama directed by Ines Carvalho, to next spring.")
        #expect(type(of: "The Salt Road", in: g) == .work)
        #expect(edge(g, "The Salt Road", "distributed_by", "Focus Features"))
    }

    @Test func takingAFilmOffTheScheduleNeedsOff() {
        let g = graph("Focus Features has taken The Salt Road off its autumn calendar.")
        #expect(edge(g, "The Salt Road", "distributed_by", "Focus Features"))
        // "taken" alone says nothing about the calendar.
        let h = graph("Focus Features has taken The Salt Road to three festivals.")
        #expect(!edge(h, "The Salt Road", "distributed_by", "Focus Features"))
    }

    @Test func buyingTheRightsProducesTheWork() {
        let g = graph("Lionsgate and Harbor Pictures bought his novel The Glass Orchard, a thriller set in Oslo.")
        #expect(edge(g, "The Glass Orchard", "produced_by", "Lionsgate"))
        #expect(edge(g, "The Glass Orchard", "produced_by", "Harbor Pictures"))
    }

    @Test func aPublisherWillPublishTheBookAndIsAnImprint() {
        let g = graph("Knopf Books, an imprint of Penguin Random House, will publish The Glass Orchard next year.")
        #expect(edge(g, "Knopf Books", "subsidiary_of", "Penguin Random House"))
        #expect(edge(g, "The Glass Orchard", "released_by", "Knopf Books"))
        #expect(!edge(g, "The Glass Orchard", "released_by", "Penguin Random House"))
    }

    @Test func aPersonAsSubjectGivesNoCompanyEdge() {
        let g = graph("Ana Ruiz moved The Salt Road to a new studio.")
        #expect(!g.edges.contains { $0.relation == "distributed_by" })
    }

    @Test func theShortFormOfAStudioIsAnOrganization() {
        let g = graph("MGM moved The Salt Road from May to July.")
        #expect(type(of: "MGM", in: g) == .organization)
        #expect(edge(g, "The Salt Road", "distributed_by", "MGM"))
    }

    @Test func theBoughtWorkMayFollowItsWorkNoun() {
        let g = graph("In 2017 Lionsgate and Harbor Pictures bought her first novel, Ashfall, a thriller.")
        #expect(edge(g, "Ashfall", "produced_by", "Lionsgate"))
        #expect(edge(g, "Ashfall", "produced_by", "Harbor Pictures"))
    }

    @Test func aRecordComesOutOnItsLabel() {
        let g = graph("Her fourth album, Ashfall, comes out in March on Harbor Hill.")
        #expect(type(of: "Harbor Hill", in: g) == .organization)
        #expect(edge(g, "Ashfall", "released_by", "Harbor Hill"))
        // "on" after another verb names no label.
        let h = graph("Her fourth album, Ashfall, was praised on Monday by Ana Ruiz.")
        #expect(!h.edges.contains { $0.relation == "released_by" })
    }

    @Test func theStudioIsTheDistributorReadLast() {
        let g = graph("Focus Features has pushed The Salt Road to May. To make room, the studio moved Ashfall: The Return to June.")
        #expect(edge(g, "The Salt Road", "distributed_by", "Focus Features"))
        #expect(edge(g, "Ashfall: The Return", "distributed_by", "Focus Features"))
        // With no distributor read before, "the studio" names no one.
        let h = graph("The studio moved The Salt Road to May.")
        #expect(type(of: "The Salt Road", in: h) == .work)
        #expect(!h.edges.contains { $0.relation == "distributed_by" })
    }
}
