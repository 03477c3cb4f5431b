import Testing
@testable import RoleGraphExtract

/// Cues of wire stories and reviews read from the lexicons: "an adaptation" as a work
/// noun, sign-off lines, initials without spaces, playhouses, "Besides".
struct WireStoryCueTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func anAdaptationInAppositionMakesATitle() {
        let g = graph("Harrow Point, the new adaptation of a 1962 novel, arrives in May. It was created by Nell Tam.")
        #expect(type(of: "Harrow Point", in: g) == .work)
        #expect(graph("Marsh Quay, a stage adaptation, opens tonight.").nodes.contains { $0.label == "Marsh Quay" && $0.type == .work })
    }

    @Test func aWireSignOffNamesNoOne() {
        let g = graph("Lena Roth directed the film.\n\n(Reporting by Tomas Hale; Editing by Ruth Oakes)\n")
        #expect(!g.nodes.contains { $0.label == "Tomas Hale" || $0.label == "Ruth Oakes" || $0.label == "Reporting" })
        #expect(type(of: "Lena Roth", in: g) == .person)
    }

    @Test func initialsWithoutSpacesStayInOneSentenceAndName() {
        let g = graph("The book by P.D. Vane sold well. It was a hit for K.L. Moor too.")
        #expect(type(of: "P.D. Vane", in: g) == .person)
        #expect(type(of: "K.L. Moor", in: g) == .person)
        #expect(!g.nodes.contains { $0.label == "P.D." || $0.label == "Vane" })
    }

    @Test func initialsBeforeASentenceOpeningWordStillEndIt() {
        let analysis = extractor.analyze(text: "He grew up in the U.K. The family moved in 1990.")
        #expect(analysis.sentences.count == 2)
    }

    @Test func aPlayhouseIsAVenue() {
        let g = graph("The musical had a first run at Harbor Lane Playhouse in Boston.")
        #expect(type(of: "Harbor Lane Playhouse", in: g) == .place)
    }

    @Test func besidesOpensNoName() {
        let g = graph("Besides Maren, her children include the actors Ivo and Tess Lund.")
        #expect(!g.nodes.contains { $0.label.hasPrefix("Besides") })
    }

    @Test func aDayEndsANameBeforeIt() {
        let g = graph("The Lisbon Film Festival on Monday named its jury.")
        #expect(type(of: "Lisbon Film Festival", in: g) == .organization)
    }

    @Test func aReutersDatelineWithAShortMonthNamesNoPlace() {
        let g = graph("OSLO, Feb 3 - Ana Ruiz will direct the film.")
        #expect(!g.nodes.contains { $0.label.lowercased() == "oslo" })
    }

    @Test func aRunBeforeAdaptedFromIsATitle() {
        let g = graph("The festival opens with Quiet Harbour Lights, adapted from a memoir and directed by Ines Falk.")
        #expect(type(of: "Quiet Harbour Lights", in: g) == .work)
        #expect(credit(g, "Ines Falk", "director", "Quiet Harbour Lights"))
    }

    /// After a semicolon, "and starring" does not reach back to the sentence's first person.
    @Test func aSemicolonClosesTheSubjectsClause() {
        let g = graph("The titles include Marrow (Ana Ruiz), in which Tomas Berg plays a baker; and Low Tide (Ilse Kron), set on a ferry and starring Jo Lindqvist.")
        #expect(!credit(g, "Tomas Berg", "actor", "Low Tide"))
        #expect(credit(g, "Jo Lindqvist", "actor", "Low Tide"))
    }

    @Test func andTheJoinsOneTitle() {
        let g = graph("The Lantern and the Heron, Ana Ruiz's first film in a decade, won.")
        #expect(type(of: "The Lantern and the Heron", in: g) == .work)
        #expect(credit(g, "Ana Ruiz", "director", "The Lantern and the Heron"))
    }

    @Test func andTheBeforeAnAdjectiveAndNounJoinsNothing() {
        let g = graph("The jurors are the actress Ines Falk and the Norwegian writer Tomas Berg.")
        #expect(type(of: "Ines Falk", in: g) == .person)
        #expect(type(of: "Tomas Berg", in: g) == .person)
    }

    @Test func continentsArePlaces() {
        let g = graph("It was released in North America by Parallax.")
        #expect(type(of: "North America", in: g) == .place)
    }
}
