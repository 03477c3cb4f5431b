import Testing
@testable import RoleGraphExtract

/// People and verbs joined by "and" share their roles.
struct CoordinationTests {
    let extractor = try! Extractor()

    func credits(_ text: String) -> Set<String> {
        let g = extractor.extract(text: text, document: "t")
        return Set(g.edges.filter { $0.kind == .credit }.map { "\($0.source) \($0.relation) \($0.target)" })
    }

    @Test func aFirstNameJoinedToAFullNameSharesItsSurnameAndEveryVerb() {
        let c = credits("Joel and Ethan Coen wrote and directed \"Red Field.\"")
        for who in ["joel-coen", "ethan-coen"] {
            #expect(c.contains("person/\(who) writer work/red-field"))
            #expect(c.contains("person/\(who) director work/red-field"))
        }
    }

    @Test func aSurnameKnownFromAFullNameIsNotGivenANewSurname() {
        let c = credits("Vince Gilligan left the show. Gilligan and Peter Gould later created \"Dust Road.\"")
        #expect(c.contains("person/vince-gilligan creator work/dust-road"))
        #expect(c.contains("person/peter-gould creator work/dust-road"))
    }

    @Test func aWorkStarringAListCreditsEveryone() {
        let c = credits("\"Cold Bay\" stars Ana Ruiz, Li Wei and Tom Hale.")
        for who in ["ana-ruiz", "li-wei", "tom-hale"] { #expect(c.contains("person/\(who) actor work/cold-bay")) }
    }

    @Test func peopleInTheCastOrAppearingAreActorsOfTheClausesWork() {
        let c = credits("Directed by Ida Berg, \"North Light\" opened in May. Sam Cole and Lena Holt are also in the cast. Mia Ross and Dev Shah also appear.")
        for who in ["sam-cole", "lena-holt", "mia-ross", "dev-shah"] { #expect(c.contains("person/\(who) actor work/north-light")) }
    }

    @Test func peopleServingAsItsRoleAreCreditedOnTheWork() {
        let c = credits("\"Glass\" came out in 1973. Its four members, bassist Tom Vale and drummer Ana Ruiz, are credited as its producers.")
        #expect(c.contains("person/tom-vale producer work/glass"))
        #expect(c.contains("person/ana-ruiz producer work/glass"))
    }

    @Test func aDescriptionInsideAnAgentListDoesNotEndIt() {
        let c = credits("\"Salt Road\" was created by Ivo Lind, the writer of \"Quiet Ash\", and Mia Ross. \"Salt Road\" is scored by the Danish composer Ole Berg.")
        #expect(c.contains("person/ivo-lind creator work/salt-road"))
        #expect(c.contains("person/mia-ross creator work/salt-road"))
        #expect(c.contains("person/ivo-lind writer work/quiet-ash"))
        #expect(c.contains("person/ole-berg composer work/salt-road"))
    }

    @Test func bothFilmsAndTheFirstNOfThoseFilmsNameTheListedWorks() {
        let c = credits("The trilogy ran from \"Red Sky\" through \"Blue Sky\" to \"Grey Sky\". Tom Vale starred in the first two of those films. Ana Ruiz produced both films.")
        #expect(c.contains("person/tom-vale actor work/red-sky"))
        #expect(c.contains("person/tom-vale actor work/blue-sky"))
        #expect(!c.contains("person/tom-vale actor work/grey-sky"))
        #expect(c.contains("person/ana-ruiz producer work/blue-sky"))
        #expect(c.contains("person/ana-ruiz producer work/grey-sky"))
    }

    @Test func bothGamesBeforeAPassiveCreditEachGame() {
        let c = credits("\"Ash Road\" came out in 2013 and \"Ash Road II\" in 2020. Both games are scored by the composer Ole Berg.")
        #expect(c.contains("person/ole-berg composer work/ash-road"))
        #expect(c.contains("person/ole-berg composer work/ash-road-ii"))
    }

    @Test func aDescribedPairBeforeWhoSharesTheVerbsAndThePost() {
        let c = credits("The show \"Deep Bay\" was made by Joel and Ethan Vale, twin brothers who write and direct many of its episodes and serve as its showrunners.")
        for who in ["joel-vale", "ethan-vale"] {
            #expect(c.contains("person/\(who) writer work/deep-bay"))
            #expect(c.contains("person/\(who) director work/deep-bay"))
            #expect(c.contains("person/\(who) showrunner work/deep-bay"))
        }
    }

    @Test func aWorkDescribedByAPossessivePronounBelongsToItsMaker() {
        let c = credits("Ivo Lind made \"Ravel\" in 2015. Lind had tried the method on \"Satie\", his 2010 film about the composer. Ana Ruiz produced both films.")
        #expect(c.contains("person/ivo-lind director work/satie"))
        #expect(c.contains("person/ana-ruiz producer work/ravel"))
        #expect(c.contains("person/ana-ruiz producer work/satie"))
    }

    @Test func everyMakerListedAfterByIsCredited() {
        let c = credits("The film is based on the book Quiet Tides by Ann Lee and Tom Hart, a history of the port.")
        #expect(c.contains("person/ann-lee author work/quiet-tides"))
        #expect(c.contains("person/tom-hart author work/quiet-tides"))
    }
}
