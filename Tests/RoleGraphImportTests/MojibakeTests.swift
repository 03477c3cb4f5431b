import Testing
@testable import RoleGraphImport

@Suite struct MojibakeTests {
    @Test func twiceDamagedTextIsRepaired() {
        #expect(Mojibake.repair("Guzm\u{C3}\u{192}\u{C2}\u{A1}n") == "Guzmán")
    }

    @Test func onceDamagedTextIsRepaired() {
        #expect(Mojibake.repair("Ren\u{C3}\u{A9}e") == "Renée")
        // A byte in cp1252's 0x80-0x9F block: "ł" is C5 82, and 0x82 reads as "‚".
        #expect(Mojibake.repair("Wa\u{C5}\u{201A}\u{C4}\u{2122}sa") == "Wałęsa")
    }

    @Test func cleanTextIsLeftAlone() {
        #expect(Mojibake.repair("Guzmán") == "Guzmán")
        #expect(Mojibake.repair("Kevin Bacon") == "Kevin Bacon")
        #expect(Mojibake.repair("Žižek") == "Žižek")
        #expect(Mojibake.repair("東京") == "東京")
    }

    @Test func lostCharactersAreKeptAsWritten() {
        let damaged = "\u{C3}\u{192}\u{FFFD}lvarez"
        #expect(Mojibake.repair(damaged) == damaged)
    }
}
