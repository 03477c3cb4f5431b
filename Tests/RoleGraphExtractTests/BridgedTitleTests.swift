import Testing
@testable import RoleGraphExtract

/// A title with "at" or "in" inside is read whole when a credit follows it ("Wild at
/// Heart, starring A"); a place, or a part named before a title and its year, is not.
struct BridgedTitleTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aTitleWithAPrepositionBeforeItsCredits() {
        let g = graph("Salt at Midnight, starring Ana Ruiz and Tom Ash, won the top prize at the Cannes Film Festival.")
        #expect(type(of: "Salt at Midnight", in: g) == .work)
        #expect(credit(g, "Tom Ash", "actor", "Salt at Midnight"))
        #expect(edge(g, "Salt at Midnight", "award_won", "Cannes Film Festival"))
        let h = graph("Death in the Garden, directed by Ines Falk, opened on Friday.")
        #expect(credit(h, "Ines Falk", "director", "Death in the Garden"))
    }

    @Test func aKnownPlaceOrAPartBeforeATitleStaysApart() {
        let g = graph("Tom Ash at Cannes, starring in a new film, smiled.")
        #expect(type(of: "Tom Ash", in: g) == .person)
        let h = graph("Tomas Lind cast him as the surgeon Hawkeye Pierce in Red Meadow (1970).")
        #expect(type(of: "Red Meadow", in: h) == .work)
        #expect(type(of: "Hawkeye Pierce in Red Meadow", in: h) == nil)
    }
}
