import Testing
@testable import RoleGraphExtract

/// Songwriting and record-production wording: "W, which A wrote with B", "produced W for
/// A", "the name in 'the X years'", "an executive producer of the O comedy W".
struct RecordCreditTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aRelativeClauseWithAPartnerCreditsBoth() {
        let g = graph("\"Paper Moons\", which Ida Lund wrote with Karl Ode, opens the record.")
        #expect(credit(g, "Ida Lund", "writer", "Paper Moons"))
        #expect(credit(g, "Karl Ode", "writer", "Paper Moons"))
    }

    @Test func theRelativeStandsForTheWorkBeforeItsApposition() {
        let g = graph("\"Blue Hour\", the second single from \"North Wind\", which Mia Sand wrote with her producer Tom Berg, is a hit.")
        #expect(credit(g, "Mia Sand", "writer", "Blue Hour"))
        #expect(credit(g, "Tom Berg", "writer", "Blue Hour"))
        #expect(!credit(g, "Mia Sand", "writer", "North Wind"))
    }

    @Test func producedTakesAnUnquotedTitle() {
        let g = graph("Karl Ode produced Northern Lights for Ida Lund in 2015.")
        #expect(type(of: "Northern Lights", in: g) == .work)
        #expect(credit(g, "Karl Ode", "producer", "Northern Lights"))
    }

    @Test func aNameQualifyingANounIsNoPronounsAntecedent() {
        let g = graph("Karl Ode worked with Ida Lund in 2014. After the Lund years, he produced Northern Lights for Mia Sand.")
        #expect(credit(g, "Karl Ode", "producer", "Northern Lights"))
        #expect(!credit(g, "Ida Lund", "producer", "Northern Lights"))
    }

    @Test func aCompanyBeforeAWorkNounNamesTheWorksHome() {
        let g = graph("Before that, Ana Ruiz was an executive producer of the Hulu comedy Ramy.")
        #expect(credit(g, "Ana Ruiz", "executive producer", "Ramy"))
        #expect(!g.edges.contains { $0.relation == "executive producer" && $0.target.hasPrefix("organization/") })
        // A post at a company stays an affiliation.
        let h = graph("Ana Ruiz is a fellow of the Royal Society.")
        #expect(edge(h, "Ana Ruiz", "fellow", "Royal Society"))
    }
}
