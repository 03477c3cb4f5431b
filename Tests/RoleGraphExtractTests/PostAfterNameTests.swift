import Testing
@testable import RoleGraphExtract

/// "A, O's president," and "A, the studio's president": a post at a company after a name.
struct PostAfterNameTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aNamedCompanysPost() {
        let g = graph("Harbor Films released \"Ashfall\" on Friday. Ida Lund, Harbor Films's president, directed it.")
        #expect(edge(g, "Ida Lund", "president", "Harbor Films"))
    }

    @Test func theStudioIsTheDistributorLastRead() {
        let g = graph("Harbor Films released \"Ashfall\" on Friday. It was directed by Ida Lund, the studio's president.")
        #expect(edge(g, "Ida Lund", "president", "Harbor Films"))
    }

    @Test func aWordThatIsNoPostGivesNothing() {
        let g = graph("Harbor Films released \"Ashfall\" on Friday. Ida Lund, the studio's favourite, directed it.")
        #expect(!g.edges.contains { $0.kind == .affiliation })
    }
}
