import Testing
@testable import RoleGraphExtract

/// Roles stated about a work in view: "A, the film's director,", "A and B, its executive
/// producers,", "the show's longtime editor, A", "A will also be an executive producer of
/// W", "a producer on W", "A will host it"; and names that are no entity or a known one.
struct AppositiveRoleTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aRoleAfterANameHeldOnTheWorksPossessive() {
        let g = graph("The film Salt Harbour opens in May. Ines Falk, the film's director, said she was pleased.")
        #expect(credit(g, "Ines Falk", "director", "Salt Harbour"))
        let h = graph("The series Salt Harbour returns in May. Ines Falk and Tomas Lind, its executive producers, said they were pleased.")
        #expect(credit(h, "Ines Falk", "executive producer", "Salt Harbour"))
        #expect(credit(h, "Tomas Lind", "executive producer", "Salt Harbour"))
    }

    @Test func aDescribingWordMayStandBeforeTheRole() {
        let g = graph("The series Salt Harbour returns in May. Ines Falk, the show's longtime executive producer, remains in charge.")
        #expect(credit(g, "Ines Falk", "executive producer", "Salt Harbour"))
        let h = graph("The film Red Meadow opens in May. Red Meadow's longtime editor, Tomas Lind, cut it in a month.")
        #expect(credit(h, "Tomas Lind", "editor", "Red Meadow"))
    }

    @Test func aPossessiveWorkBeforeAnotherNounIsNoRole() {
        // "the film's budget" names no role; nothing is credited.
        let g = graph("The film Salt Harbour opens in May. Ines Falk, the film's biggest fan, said she was pleased.")
        #expect(!g.edges.contains { $0.kind == .credit })
    }

    @Test func aRoleStatedWithAnAuxiliaryOrAPreposition() {
        let g = graph("Tomas Lind will also be an executive producer of Salt Harbour.")
        #expect(type(of: "Salt Harbour", in: g) == .work)
        #expect(credit(g, "Tomas Lind", "executive producer", "Salt Harbour"))
        let h = graph("Ines Falk has been a producer on Red Meadow since 2019.")
        #expect(credit(h, "Ines Falk", "producer", "Red Meadow"))
    }

    @Test func hostingAProgramInView() {
        let g = graph("The show Salt Harbour is back. Tomas Lind will host it every Monday.")
        #expect(credit(g, "Tomas Lind", "host", "Salt Harbour"))
    }

    @Test func twoWordNationalitiesAndChannels() {
        let g = graph("Tomas Lind, a South African comedian, joined Comedy Central in 2015.")
        #expect(type(of: "South African", in: g) == nil)
        #expect(type(of: "Comedy Central", in: g) == .organization)
        #expect(type(of: "Central", in: g) == nil)
    }

    @Test func aDramaIsNeitherFilmNorSeriesByItself() {
        // "a drama" may be either: it does not make the film's director its creator.
        let g = graph("Red Meadow, a three-hour drama about a lighthouse keeper, was released by Orla Pictures. Ines Falk's Red Meadow stars Tomas Lind.")
        #expect(credit(g, "Ines Falk", "director", "Red Meadow"))
        #expect(!credit(g, "Ines Falk", "creator", "Red Meadow"))
        // "the drama" still refers back to it.
        let h = graph("Ines Falk's Red Meadow opens in May. The drama stars Tomas Lind.")
        #expect(credit(h, "Tomas Lind", "actor", "Red Meadow"))
    }
}
