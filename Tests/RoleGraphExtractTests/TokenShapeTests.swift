import Testing
@testable import RoleGraphExtract

/// `isCapitalized` and `isNumber` are kept with the token's text; they must answer as
/// reading the first scalar does, also after the text or kind changes.
struct TokenShapeTests {
    @Test func shapeFollowsTheFirstScalar() {
        let cases: [(String, Token.Kind, Bool, Bool)] = [
            ("Word", .word, true, false), ("word", .word, false, false), ("2024", .word, false, true),
            ("Émile", .word, true, false), ("émile", .word, false, false), ("٣", .word, false, true),
            ("", .word, false, false), ("A", .punct, false, false), ("1", .openQuote, false, false),
        ]
        for (text, kind, capitalized, number) in cases {
            let token = Token(start: 0, end: text.unicodeScalars.count, text: text, lower: text.lowercased(), kind: kind)
            #expect(token.isCapitalized == capitalized && token.isNumber == number, "\(text.debugDescription)")
        }
    }

    @Test func shapeFollowsChanges() {
        var token = Token(start: 0, end: 4, text: "word", lower: "word", kind: .word)
        #expect(!token.isCapitalized)
        token.text = "Word"
        #expect(token.isCapitalized)
        token.kind = .punct
        #expect(!token.isCapitalized)
        token.kind = .word
        token.text = "42"
        #expect(token.isNumber && !token.isCapitalized)
    }
}
