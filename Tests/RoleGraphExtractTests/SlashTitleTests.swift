import Testing
@testable import RoleGraphExtract

/// A slash between two words of a name ("Super/Man", "Face/Off") keeps them one word; a
/// slash before a lower-case word ("actor/director") still separates them.
struct SlashTitleTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aSlashInsideATitleKeepsItWhole() {
        let g = graph("Super/Man: The Quiet Story premiered at Sundance. It was directed by Ines Falk.")
        #expect(type(of: "Super/Man: The Quiet Story", in: g) == .work)
        #expect(credit(g, "Ines Falk", "director", "Super/Man: The Quiet Story"))
        #expect(type(of: "Man: The Quiet Story", in: g) == nil)
    }

    @Test func aSlashedTitleIsNoBrand() {
        // Capitals on both sides of a slash are two words joined, not "HuffPost".
        let g = graph("Ana Ruiz starred in Face/Off with Tom Ash.")
        #expect(type(of: "Face/Off", in: g) == .work)
        #expect(credit(g, "Ana Ruiz", "actor", "Face/Off"))
    }

    @Test func aSlashBeforeALowerCaseWordStillSplits() {
        let lexicon = try! Lexicon.bundled()
        let source = SourceText(scalars: Array("actor/director Ana Ruiz".unicodeScalars), emphasis: [])
        let words = Tokenizer(lexicon: lexicon).tokenize(source, 0..<source.scalars.count).map(\.text)
        #expect(words == ["actor", "/", "director", "Ana", "Ruiz"])
    }
}
