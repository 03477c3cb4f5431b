/// A word, number, quote mark or punctuation mark, with offsets into the document.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word, punct, openQuote, closeQuote
    }
    public var start: Int
    public var end: Int
    public var text: String { didSet { shape = Self.shape(text, kind) } }
    public var lower: String
    public var kind: Kind { didSet { shape = Self.shape(text, kind) } }
    /// The word was followed by `'s` / `’s` (or `'` after an s), not part of `text`.
    public var possessive: Bool = false
    /// `isCapitalized` (bit 0) and `isNumber` (bit 1), kept with the text. The rules ask
    /// them at nearly every token, and a property computed from `text` made each
    /// `tokens[k].isCapitalized` copy the token, retaining and releasing its strings.
    private var shape: UInt8 = 0

    public init(start: Int, end: Int, text: String, lower: String, kind: Kind, possessive: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.kind = kind
        self.possessive = possessive
        shape = Self.shape(text, kind)
    }

    private static func shape(_ text: String, _ kind: Kind) -> UInt8 {
        guard kind == .word else { return 0 }
        // An ASCII first byte is the first scalar.
        if let byte = text.utf8.first, byte < 0x80 {
            return (byte >= 65 && byte <= 90 ? 1 : 0) | (byte >= 48 && byte <= 57 ? 2 : 0)
        }
        guard let first = text.unicodeScalars.first else { return 0 }
        return (first.isUpperFast ? 1 : 0) | (first.isDigitFast ? 2 : 0)
    }

    public var isCapitalized: Bool { shape & 1 != 0 }
    public var isNumber: Bool { shape & 2 != 0 }
    public var isWord: Bool { kind == .word }
}

/// Third stage: words and marks of one sentence, never losing an offset.
public struct Tokenizer: Sendable {
    public let lexicon: Lexicon
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// - Complexity: O(n) in the length of the range.
    public func tokenize(_ text: SourceText, _ range: Range<Int>) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        // About one token per five scalars in prose: one allocation instead of a growing series.
        tokens.reserveCapacity(range.count / 5 + 4)
        var openSingle = false
        var i = range.lowerBound
        let end = range.upperBound

        func isLetter(_ k: Int) -> Bool {
            k >= range.lowerBound && k < end && (s[k].isAlphaFast || s[k].isDigitFast)
        }
        func isSpaceOrEdge(_ k: Int) -> Bool {
            k < range.lowerBound || k >= end || s[k].isSpaceFast
        }
        func make(_ a: Int, _ b: Int, _ kind: Token.Kind) -> Token {
            // ASCII words (nearly all of them) are built from bytes directly.
            // Words of up to 15 bytes become small strings, built in place with no
            // allocation.
            if b - a <= 64, s[a..<b].allSatisfy({ $0.value < 128 }) {
                var upper = false
                let t = String(unsafeUninitializedCapacity: b - a) { out in
                    for k in a..<b {
                        let v = UInt8(truncatingIfNeeded: s[k].value)
                        out[k - a] = v
                        if v >= 65 && v <= 90 { upper = true }
                    }
                    return b - a
                }
                guard upper else { return Token(start: a, end: b, text: t, lower: t, kind: kind) }
                let lower = String(unsafeUninitializedCapacity: b - a) { out in
                    for k in a..<b {
                        let v = UInt8(truncatingIfNeeded: s[k].value)
                        out[k - a] = v >= 65 && v <= 90 ? v + 32 : v
                    }
                    return b - a
                }
                return Token(start: a, end: b, text: t, lower: lower, kind: kind)
            }
            let t = String(String.UnicodeScalarView(s[a..<b]))
            return Token(start: a, end: b, text: t, lower: t.lowercased(), kind: kind)
        }

        while i < end {
            let c = s[i]
            if c.isSpaceFast || c == "\u{200E}" || c == "\u{200F}" || c == "\u{202A}" || c == "\u{202B}" || c == "\u{202C}" || c == "\u{FEFF}" {
                i += 1
                continue
            }
            if isLetter(i) {
                var j = i + 1
                var possessive = false
                var tokenEnd = -1
                while j < end {
                    let d = s[j]
                    if isLetter(j) || (d.value >= 0x300 && d.properties.generalCategory == .nonspacingMark) {     // no mark below U+0300
                        j += 1
                    } else if (d == "-" || d == "\u{2013}" || d == "&") && isLetter(j + 1) && isLetter(j - 1) {
                        j += 1
                    } else if (d == "," || d == "/") && j > i && s[j - 1].isDigitFast
                                && isLetter(j + 1) && s[j + 1].isDigitFast {
                        j += 1          // 25,000 and 6/4
                    } else if d == "/" && j > i && s[j - 1].isAlphaFast && isLetter(j + 1) && s[j + 1].isUpperFast {
                        j += 1          // "Super/Man", "Face/Off", "AC/DC": a name, not "actor/director"
                    } else if d == "'" || d == "\u{2019}" {
                        // Apostrophes: possessive 's (also doubled, "Nina’’s"), inner (O'Brien),
                        // a possessive after s ("Roberts' book"), or a closing quote.
                        var k = j
                        while k < end, s[k] == "'" || s[k] == "\u{2019}" { k += 1 }
                        if k < end, s[k] == "s" || s[k] == "S", !isLetter(k + 1) {
                            tokenEnd = j
                            possessive = true
                            j = k + 1
                            break
                        }
                        if isLetter(k) && k == j + 1 && !openSingle {
                            j = k
                            continue
                        }
                        if !openSingle, s[j - 1] == "s", k == j + 1, isSpaceOrEdge(k) {
                            tokenEnd = j
                            possessive = true
                            j = k
                            break
                        }
                        break
                    } else if d == "." && isLetter(j + 1) && j - i == 1 && s[i].isUpperFast {
                        j += 1          // U.S, D.C
                    } else if d == "." && j > i && j - 1 >= i && s[j - 1].isUpperFast
                                && (j - i == 1 || (j >= 2 && s[j - 2] == ".")) {
                        j += 1          // the initial "L." or the last period of "U.S."
                        break
                    } else {
                        break
                    }
                }
                var token = make(i, tokenEnd >= 0 ? tokenEnd : j, .word)
                if !possessive, j < end, s[j] == ".", lexicon.abbreviations.contains(token.lower) {
                    token = make(i, j + 1, .word)
                    j += 1
                }
                token.possessive = possessive
                tokens.append(token)
                i = j
                continue
            }
            switch c {
            case "\u{201C}", "\u{201E}", "\u{AB}":
                tokens.append(make(i, i + 1, .openQuote))
            case "\u{201D}", "\u{BB}":
                tokens.append(make(i, i + 1, .closeQuote))
            case "\u{2018}":
                openSingle = true
                tokens.append(make(i, i + 1, .openQuote))
            case "\u{2019}":
                if openSingle { openSingle = false; tokens.append(make(i, i + 1, .closeQuote)) }
                else { tokens.append(make(i, i + 1, .punct)) }
            case "\"":
                let opens = isSpaceOrEdge(i - 1) || (i > range.lowerBound && "([{\u{2014}-".unicodeScalars.contains(s[i - 1]))
                tokens.append(make(i, i + 1, opens ? .openQuote : .closeQuote))
            case "'":
                if isSpaceOrEdge(i - 1) && !isSpaceOrEdge(i + 1) {
                    openSingle = true
                    tokens.append(make(i, i + 1, .openQuote))
                } else if openSingle {
                    openSingle = false
                    tokens.append(make(i, i + 1, .closeQuote))
                } else {
                    tokens.append(make(i, i + 1, .punct))
                }
            default:
                tokens.append(make(i, i + 1, .punct))
            }
            i += 1
        }
        return tokens
    }
}
