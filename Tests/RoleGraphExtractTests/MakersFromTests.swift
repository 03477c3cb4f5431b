import Testing
@testable import RoleGraphExtract

/// Works described as coming "from" their makers or as someone's work, and casts
/// rounded out by a list.
struct MakersFromTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func anAppositionFromItsMakersCreditsThemInTheWorksMedium() {
        let g = graph("Northlight has dated \"Salt Harbour,\" the coastal thriller from Ann and Tom Hart.")
        #expect(credit(g, "Ann Hart", "director", "Salt Harbour"))
        #expect(credit(g, "Tom Hart", "director", "Salt Harbour"))
        let book = graph("Critics praised Quiet Tides, the debut novel from Ines Varga.")
        #expect(credit(book, "Ines Varga", "author", "Quiet Tides"))
    }

    @Test func aRoleNounAfterFromNamesTheRole() {
        let g = graph("Netflix bought \"Shadow Pier\", from writer Ann Lee.")
        #expect(credit(g, "Ann Lee", "writer", "Shadow Pier"))
        #expect(!credit(g, "Ann Lee", "director", "Shadow Pier"))
    }

    @Test func fromWithoutAWorkDescribedGivesNoCredit() {
        let g = graph("Salt Harbour opens Friday. A statement from Ann Lee said the release had moved, and a letter from Tom Hart followed.")
        #expect(!g.edges.contains { $0.kind == .credit })
    }

    @Test func aTitleDescribedAsSomeonesWorkIsAWorkTheyMade() {
        let g = graph("Salt Harbour, Ann Lee's Netflix drama about a ferry crew, won best limited series.")
        #expect(type(of: "Salt Harbour", in: g) == .work)
        #expect(credit(g, "Ann Lee", "creator", "Salt Harbour"))
        let film = graph("The studio moved Glass Pier, Ines Varga's tennis drama with Colm Brady, to April.")
        #expect(credit(film, "Ines Varga", "director", "Glass Pier"))
        let book = graph("Critics praised Shadow Pier, Tom Hart's new novel, on Sunday.")
        #expect(credit(book, "Tom Hart", "author", "Shadow Pier"))
    }

    @Test func namesThatRoundOutTheCastActInTheWork() {
        let g = graph("Ann Lee stars in Salt Harbour. Tom Hart, Ines Varga and Colm Brady round out the cast.")
        for name in ["Tom Hart", "Ines Varga", "Colm Brady"] { #expect(credit(g, name, "actor", "Salt Harbour"), "\(name)") }
    }
}
