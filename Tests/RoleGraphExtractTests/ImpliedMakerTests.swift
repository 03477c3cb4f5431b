import Testing
@testable import RoleGraphExtract

/// Makers the text implies: a studio's possessive, "A's pirate comedy" standing for the
/// series just named, and "from the director of X" meaning the director of the work in view.
struct ImpliedMakerTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func anAnimationStudiosPossessiveIsTheMaker() {
        let g = graph("Pixar's Harbour Lights 2 led the weekend box office. HBO's \"Night Ferry\" returns in May.")
        #expect(edge(g, "Harbour Lights 2", "produced_by", "Pixar"))
        #expect(!edge(g, "Harbour Lights 2", "distributed_by", "Pixar"))
        #expect(edge(g, "Night Ferry", "broadcast_on", "HBO") || edge(g, "Night Ferry", "distributed_by", "HBO"))
    }

    @Test func aMakersDescribedWorkIsTheOneJustNamed() {
        let g = graph("Max cancelled \"Salt Kingdom\" after two seasons, ending Ines Falk's pirate comedy.")
        #expect(credit(g, "Ines Falk", "director", "Salt Kingdom") || credit(g, "Ines Falk", "creator", "Salt Kingdom"))
    }

    @Test func aSourceNovelsAuthorIsNotTheDirector() {
        let g = graph("\"Salt Kingdom\", the new adaptation of Ines Falk's 1975 novel, arrives on Hulu.")
        #expect(!credit(g, "Ines Falk", "director", "Salt Kingdom"))
        #expect(credit(g, "Ines Falk", "author", "Salt Kingdom"))
    }

    @Test func fromTheDirectorOfMeansTheDirectorOfTheWorkInView() {
        let g = graph("Tomas Berg's \"Copper Fields\" opens this week. It is the boldest film yet from the director of \"Salt Meadow\" and \"Tallow\".")
        #expect(credit(g, "Tomas Berg", "director", "Copper Fields"))
        #expect(credit(g, "Tomas Berg", "director", "Salt Meadow"))
        #expect(credit(g, "Tomas Berg", "director", "Tallow"))
    }

    @Test func noKnownHolderNoCredit() {
        let g = graph("\"Copper Fields\" opens this week. It is the boldest film yet from the director of \"Salt Meadow\".")
        #expect(!g.edges.contains { $0.relation == "director" })
    }

    /// The makers index behind "the director of": the first person credited is kept, a
    /// later ask sees the facts added since, and facts past the range asked are not read.
    @Test func theFirstCreditedMakerIsKeptAsTheFactsGrow() {
        func credit(_ person: Int, _ role: String, _ work: Int) -> Fact {
            Fact(subject: person, object: work, kind: .credit, relation: role, confidence: 0.9, sentence: 0)
        }
        let list = FactList()
        list.facts = [credit(9, "producer", 1), credit(1, "director", 5)]
        #expect(list.firstCredited(on: 5, as: "director", among: 1..<2) == 1)
        #expect(list.firstCredited(on: 6, as: "director", among: 1..<2) == nil)
        list.facts += [credit(2, "director", 5), credit(3, "director", 6), credit(4, "director", 7)]
        #expect(list.firstCredited(on: 5, as: "director", among: 1..<4) == 1)
        #expect(list.firstCredited(on: 6, as: "director", among: 1..<4) == 3)
        #expect(list.firstCredited(on: 7, as: "director", among: 1..<4) == nil)
        #expect(list.firstCredited(on: 7, as: "director", among: 1..<5) == 4)
        // The fact before the range (a producer) was never read.
        #expect(list.firstCredited(on: 1, as: "producer", among: 1..<5) == nil)
    }

    @Test func aCeremonysHostHostsNoWork() {
        let g = graph("\"Low Tide\" won best play. The ceremony, at the Strand Theatre, was hosted by Ana Ruiz.")
        #expect(!credit(g, "Ana Ruiz", "host", "Low Tide"))
    }

    @Test func fromDirectorNamesTheMaker() {
        let g = graph("Salt Meadow, from director Ines Falk, opens on Friday.")
        #expect(type(of: "Salt Meadow", in: g) == .work)
        #expect(credit(g, "Ines Falk", "director", "Salt Meadow"))
    }

    @Test func itsRoleCommaName() {
        let g = graph("\"Harbour Lights\" returns in May. Its showrunner, Ana Ruiz, said the season would be darker.")
        #expect(credit(g, "Ana Ruiz", "showrunner", "Harbour Lights"))
    }

    @Test func fromAPlaceIsNoMaker() {
        let g = graph("Ana Ruiz, from Lisbon, directed the film.")
        #expect(type(of: "Ana Ruiz", in: g) == .person)
    }
}
