import Testing
@testable import RoleGraphExtract

/// "directed by A for S": S produced the work; and a plural group noun opening a
/// sentence starts no name.
struct MadeForStudioTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func theStudioAWorkIsMadeForProducesIt() {
        let g = graph("\"Ashfall\" is directed by Ana Ruiz and Tom Berg for Legendary Entertainment.")
        #expect(edge(g, "Ashfall", "produced_by", "Legendary Entertainment"))
    }

    @Test func theSubjectNotTheWorkInItsApposition() {
        let g = graph("\"Ashfall\", a follow-up to \"North Wind\", is directed by Ana Ruiz for Legendary Entertainment.")
        #expect(edge(g, "Ashfall", "produced_by", "Legendary Entertainment"))
        #expect(!edge(g, "North Wind", "produced_by", "Legendary Entertainment"))
    }

    @Test func aFestivalIsNoStudio() {
        let g = graph("\"Ashfall\" was directed by Ana Ruiz for the Venice Film Festival.")
        #expect(!g.edges.contains { $0.relation == "produced_by" })
    }

    @Test func membersOfAUnionAreNoTitle() {
        let g = graph("The strike goes on. Members of SAG-AFTRA, the actors' union, have been on strike since July.")
        #expect(type(of: "SAG-AFTRA", in: g) == .organization)
        #expect(!g.nodes.contains { $0.type == .work })
    }
}
