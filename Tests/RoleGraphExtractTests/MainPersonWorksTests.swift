import Testing
@testable import RoleGraphExtract

/// Dated titles listed with no name in their sentence belong to the person the story is
/// about, in the role the story gave them most.
struct MainPersonWorksTests: RuleProbe {
    let extractor = try! Extractor()
    static let story = """
        Ida Lund, the novelist, has died aged 90. Lund was born in Bergen. Her first novel, "Salt Road", came out in 1961, and Lund wrote it in a year.
        "North Wind" (1968), "Glass Orchard" (1973) and "Ashfall" (1979) followed.
        """

    @Test func datedTitlesWithNoNameGoToTheStorysPerson() {
        let g = graph(Self.story)
        #expect(credit(g, "Ida Lund", "author", "Salt Road"))
        for w in ["North Wind", "Glass Orchard", "Ashfall"] { #expect(credit(g, "Ida Lund", "author", w), "\(w)") }
    }

    @Test func anotherNameInTheSentenceKeepsTheRuleOut() {
        let g = graph(Self.story + "\n\"Blue Hour\" (1985) was filmed by Tom Berg.")
        #expect(!credit(g, "Ida Lund", "author", "Blue Hour"))
    }

    @Test func aPersonNamedOnceIsNoStorySubject() {
        let g = graph("Ida Lund wrote \"Salt Road\".\n\"North Wind\" (1968) and \"Ashfall\" (1979) followed.")
        #expect(!credit(g, "Ida Lund", "author", "North Wind"))
    }
}
