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
}
