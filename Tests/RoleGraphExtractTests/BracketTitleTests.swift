import Testing
@testable import RoleGraphExtract

/// Titles known by the brackets after them: a year ("Klute (1971)") or, in a line-up, the
/// maker ("La Cocina (Alonso Ruizpalacios)").
struct BracketTitleTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aYearInBracketsMakesATitle() {
        let g = graph("Her films included Summer Orchards (1984), Night of the Long Table (1991) and The Copper Games (2003).")
        #expect(type(of: "Summer Orchards", in: g) == .work)
        #expect(type(of: "Night of the Long Table", in: g) == .work)
        #expect(type(of: "The Copper Games", in: g) == .work)
    }

    @Test func aPersonWithLifeDatesStaysAPerson() {
        let g = graph("The retrospective honours Mara Velling (1931-2004), who taught in Oslo.")
        #expect(type(of: "Mara Velling", in: g) == .person)
    }

    @Test func theMakerInALineupsBracketsIsTheDirector() {
        let g = graph("The films in competition include Low Tide Sisters (Ana Ruiz), Marrow (Tomas Berg and Ilse Kron) and Yellow Pier (Jo Lindqvist).")
        #expect(credit(g, "Ana Ruiz", "director", "Low Tide Sisters"))
        #expect(credit(g, "Tomas Berg", "director", "Marrow"))
        #expect(credit(g, "Ilse Kron", "director", "Marrow"))
        #expect(credit(g, "Jo Lindqvist", "director", "Yellow Pier"))
    }

    @Test func aMakerAndAYearNeedNoLineupWord() {
        let g = graph("She cites Salt Meadow (Daniel Okoro, 2019) as an influence.")
        #expect(type(of: "Salt Meadow", in: g) == .work)
        #expect(credit(g, "Daniel Okoro", "director", "Salt Meadow"))
    }

    /// A character and the actor who plays them are not a title and its maker.
    @Test func aCharacterWithItsActorIsNoLineup() {
        let g = graph("The story follows Nadia Orel (Ruth Kemp), a nurse who moves to the coast.")
        #expect(!g.nodes.contains { $0.label == "Nadia Orel" && $0.type == .work })
        #expect(!credit(g, "Ruth Kemp", "director", "Nadia Orel"))
    }

    @Test func aNumberAfterAMakersPossessiveIsATitle() {
        let g = graph("Next came Lena Moss's 1921 (1987), a war drama, and she also starred in Ivo Brand's 1999.")
        #expect(type(of: "1921", in: g) == .work)
        #expect(type(of: "1999", in: g) == .work)
        #expect(credit(g, "Lena Moss", "director", "1921"))
    }

    @Test func aYearAfterACompanysPossessiveIsADate() {
        let g = graph("Parallax's 2019 slate was small.")
        #expect(!g.nodes.contains { $0.label == "2019" })
    }

    @Test func lettersJoinedByAsterisksAreOneTitle() {
        let g = graph("He made his name in Q*U*A*D (1972).")
        #expect(type(of: "Q*U*A*D", in: g) == .work)
    }

    /// A prize's "with" names the winning work only after the award word.
    @Test func withBeforeTheAwardWordNamesAPartner() {
        let g = graph("Her films included Paper Lanterns (1979), a drama set in Lisbon, with Iris Vane; and Tallow (1984), which won the Golden Reed award.")
        #expect(type(of: "Iris Vane", in: g) == .person)
    }
}
