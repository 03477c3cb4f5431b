import Testing
@testable import RoleGraphExtract

/// Nominees in sentences that do not name the ceremony: each was nominated at the one
/// ceremony the story names.
struct NominationTests: RuleProbe {
    let extractor = try! Extractor()
    static let opening = "The Golden Reel Awards will be held in Oslo in March. "

    @Test func aWorkNominatedAlongsideOthersAndTheirOwnersAreNot() {
        let g = graph(Self.opening + "Her third film, \"North Wind\", is nominated for best picture alongside Tomas Berg's \"Ashfall\" and Lena Holt's \"Glass Orchard\".")
        for w in ["North Wind", "Ashfall", "Glass Orchard"] { #expect(edge(g, w, "nominated_at", "Golden Reel Awards"), "\(w)") }
        // The possessive names the maker, not a nominee.
        #expect(!edge(g, "Tomas Berg", "nominated_at", "Golden Reel Awards"))
        #expect(!edge(g, "Lena Holt", "nominated_at", "Golden Reel Awards"))
    }

    @Test func nomineesBeforeTheCueAndAfterAgainstOrAsIs() {
        let g = graph(Self.opening + "Mia Sandvik, who cut \"Ashfall\" with Karl Ode, and the editor Ida Lund are among the nominees, as is Anna Vik. "
                      + "Jonas Eide is nominated again, against Ruth Kemp and Nils Berg.")
        for p in ["Mia Sandvik", "Ida Lund", "Anna Vik", "Jonas Eide", "Ruth Kemp", "Nils Berg"] {
            #expect(edge(g, p, "nominated_at", "Golden Reel Awards"), "\(p)")
        }
        // Named inside an aside about the nominee.
        #expect(!edge(g, "Karl Ode", "nominated_at", "Golden Reel Awards"))
        #expect(!edge(g, "Ashfall", "nominated_at", "Golden Reel Awards"))
    }

    @Test func upForAndAnAppositionThatEndsTheList() {
        let g = graph(Self.opening + "\"Paper Moons\" is up for song of the year, and Ana Ruiz is nominated for \"Blue Hour\", a ballad she wrote for Tomas Berg's \"Ashfall\".")
        #expect(edge(g, "Paper Moons", "nominated_at", "Golden Reel Awards"))
        #expect(edge(g, "Ana Ruiz", "nominated_at", "Golden Reel Awards"))
        #expect(edge(g, "Blue Hour", "nominated_at", "Golden Reel Awards"))
        #expect(!edge(g, "Ashfall", "nominated_at", "Golden Reel Awards"))
    }

    @Test func noNominationWhenDeniedOrAnotherCeremonyIsMeant() {
        let g = graph(Self.opening + "Anna Vik had never been nominated before. Ruth Kemp was nominated for an Oscar for \"Ashfall\".")
        #expect(!g.edges.contains { $0.relation == "nominated_at" })
    }

    @Test func twoCeremoniesLeaveTheNomineeUnplaced() {
        let g = graph("The Golden Reel Awards and the Nordic Film Awards both take place in March. Anna Vik is nominated for best director.")
        #expect(!edge(g, "Anna Vik", "nominated_at", "Golden Reel Awards"))
    }
}
