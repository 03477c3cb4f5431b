import Testing
@testable import RoleGraphExtract

/// One or two sentences per rule for works, names and places the text marks only by
/// their position: a possessive, a genre noun, a small title word, a venue word.
struct TitleRuleTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aPersonsPossessiveBeforeATitleCaseRunMakesAWork() {
        let g = graph("Critics cheered Mara Lind's Harbor of Stones when it opened in May.")
        #expect(type(of: "Harbor of Stones", in: g) == .work)
        #expect(credit(g, "Mara Lind", "director", "Harbor of Stones"))
    }

    @Test func aTitleEqualToASurnameAfterAPossessiveIsAWork() {
        let g = graph("The engineer Otto Brandt built the dam. Years later Lena Voss's Brandt retold his life.")
        #expect(type(of: "Brandt", in: g) == .work)
        #expect(g.nodes.first { $0.label == "Otto Brandt" }?.aliases.contains("Brandt") == false)
    }

    @Test func aTitleInAppositionWithAGenreNounIsAWork() {
        let g = graph("Her debut novel, The Salt Road, sold well. Marigold, a slim novel about grief, followed.")
        #expect(type(of: "The Salt Road", in: g) == .work)
        #expect(type(of: "Marigold", in: g) == .work)
    }

    @Test func smallTitleWordsStayInsideATitle() {
        let g = graph("The tour began with A Field of Reeds in 1990 and ended with For a Handful of Rain.")
        #expect(type(of: "A Field of Reeds", in: g) == .work)
        #expect(type(of: "For a Handful of Rain", in: g) == .work)
    }

    @Test func aPossessiveInsideATitleOpenedByAnArticleKeepsOneTitle() {
        let g = graph("Also shortlisted was Ada Moss's The Ferryman's Son.")
        #expect(type(of: "The Ferryman's Son", in: g) == .work)
        #expect(credit(g, "Ada Moss", "director", "The Ferryman's Son") || credit(g, "Ada Moss", "author", "The Ferryman's Son"))
    }

    @Test func anOccupationNounOpeningANameIsCutOff() {
        let g = graph("Guitarist Tom Reyes joined the group in 1975.")
        #expect(type(of: "Tom Reyes", in: g) == .person)
        #expect(!g.nodes.contains { $0.label.contains("Guitarist") })
    }

    @Test func aVenueAfterAtIsAPlace() {
        let g = graph("The play opened at the Ferris Theatre in London.")
        #expect(type(of: "Ferris Theatre", in: g) == .place)
    }

    @Test func aNumberOpeningACompanyNameBelongsToIt() {
        let g = graph("Her company 12 Oaks Entertainment made the show.")
        #expect(type(of: "12 Oaks Entertainment", in: g) == .organization)
    }

    @Test func anAbbreviationDoesNotEndACompanyName() {
        let g = graph("The record came out through Harlow Bros. Records that spring.")
        #expect(type(of: "Harlow Bros. Records", in: g) == .organization)
    }

    @Test func aSeasonOfARunMakesASeries() {
        let g = graph("The sixth season of Night Shift Stories arrives in June.")
        #expect(type(of: "Night Shift Stories", in: g) == .work)
    }

    @Test func theOwnerOfAnAlbumIsItsArtist() {
        let g = graph("Lola Grey's album Paper Kites was a hit.")
        #expect(credit(g, "Lola Grey", "artist", "Paper Kites"))
    }

    @Test func aTitleOfCommonWordsOpenedByAnArticleIsKept() {
        let g = graph("Last spring the studio released The Last of Them in cinemas.")
        #expect(type(of: "The Last of Them", in: g) == .work)
    }

    @Test func aQuotedCommonWordInATitleListIsATitle() {
        let g = graph("Editor Rui Sato (\"Harbor,\" \"Her\") cut the film.")
        #expect(type(of: "Her", in: g) == .work)
    }

    @Test func aSubtitleAfterAColonStaysInTheTitle() {
        let g = graph("Night Garden: The Long Frost, a stage prequel, opened in Leeds.")
        #expect(type(of: "Night Garden: The Long Frost", in: g) == .work)
    }

    @Test func aPossessivePronounAppositionMakesAWork() {
        let g = graph("She had tried the method on Ravel, her 2012 film about a pianist.")
        #expect(type(of: "Ravel", in: g) == .work)
    }

    @Test func aRunCreditedByPeopleRightAfterItIsAWork() {
        let g = graph("Fans loved Silver Hours, produced mostly by Dan Ito.")
        #expect(type(of: "Silver Hours", in: g) == .work)
        #expect(credit(g, "Dan Ito", "producer", "Silver Hours"))
    }

    @Test func anUpperCaseCountryCodeIsAPlace() {
        let g = graph("The film came out in the US in May.")
        #expect(type(of: "US", in: g) == .place)
    }

    @Test func aNameBeforeACommaAndAKnownPlaceIsAPlace() {
        let g = graph("She died at her home in Marlow Green, London, in 2011.")
        #expect(type(of: "Marlow Green", in: g) == .place)
    }

    @Test func aPossessiveWithADescribedWorkNounNamesTheMaker() {
        let g = graph("Ada Moss won the prize. Moss's debut novel, The Grey Wing, sold well.")
        #expect(credit(g, "Ada Moss", "author", "The Grey Wing"))
    }

    @Test func twoSurnameParticlesStayInsideAName() {
        let g = graph("Critics praised Anna van der Berg's The Safe Room.")
        #expect(type(of: "Anna van der Berg", in: g) == .person)
        #expect(type(of: "The Safe Room", in: g) == .work)
    }
}
