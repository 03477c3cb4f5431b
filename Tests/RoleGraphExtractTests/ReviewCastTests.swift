import Testing
@testable import RoleGraphExtract

/// Casts as reviews and obituaries give them: "an NBC miniseries with A and B", "A's 1983
/// film, which starred B and C", "A plays Lord X", "B, as the pilot Y, carries the film",
/// "audiences knew him as X in W".
struct ReviewCastTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aWorkNounWithPeopleNamesTheCast() {
        let g = graph("\"Night Ferry\" first reached the screen in 1980 as an NBC miniseries with Ana Ruiz and Tomas Berg.")
        #expect(credit(g, "Ana Ruiz", "actor", "Night Ferry"))
        #expect(credit(g, "Tomas Berg", "actor", "Night Ferry"))
    }

    @Test func aMakersUntitledFilmWhichStarred() {
        let g = graph("\"Low Tide\" opened on Broadway in April. The novel was also the source of Ines Falk's 1983 film, which starred Ivo Brand, Mara Lind and Jo Lindqvist.")
        #expect(credit(g, "Ines Falk", "director", "Low Tide"))
        for p in ["Ivo Brand", "Mara Lind", "Jo Lindqvist"] { #expect(credit(g, p, "actor", "Low Tide"), "\(p)") }
    }

    @Test func aMakersGenreNounInAppositionToATitle() {
        let g = graph("Her films included Paper Lanterns (1973), Ivo Brand's thriller set in Lisbon; and Tallow (1980), Ana Ruiz's first film as a director.")
        #expect(credit(g, "Ivo Brand", "director", "Paper Lanterns"))
        #expect(credit(g, "Ana Ruiz", "director", "Tallow"))
    }

    @Test func aReviewsCastByTheirParts() {
        let g = graph("\"Harrow Point\" is patient and lavish. Tomas Berg, who is also a producer on the show, plays Lord Vell, a warlord. Ana Ruiz, as the interpreter Mira, gives the series its heart.")
        #expect(credit(g, "Tomas Berg", "actor", "Harrow Point"))
        #expect(credit(g, "Ana Ruiz", "actor", "Harrow Point"))
    }

    @Test func knownForAPartInAWork() {
        let g = graph("Ivo Brand died on Monday. Younger audiences knew him as the tyrant Lord Harrow in Salt Kingdom (2012).")
        #expect(credit(g, "Ivo Brand", "actor", "Salt Kingdom"))
    }

    @Test func theVoicesOfAnAnimatedFilm() {
        let g = graph("\"Lantern Fox\" opens on Friday. The English-language version features the voices of Ana Ruiz, Tomas Berg and Ines Falk.")
        for p in ["Ana Ruiz", "Tomas Berg", "Ines Falk"] { #expect(credit(g, p, "actor", "Lantern Fox"), "\(p)") }
    }
}
