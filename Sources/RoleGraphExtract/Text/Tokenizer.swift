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
        self.init(start: start, end: end, text: text, lower: lower, kind: kind,
                  shape: Self.shape(text, kind), possessive: possessive)
    }

    /// A token whose shape bits the caller has taken from its first scalar (`shape(first:_:)`).
    init(start: Int, end: Int, text: String, lower: String, kind: Kind, shape: UInt8, possessive: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.kind = kind
        self.shape = shape
        self.possessive = possessive
    }

    private static func shape(_ text: String, _ kind: Kind) -> UInt8 {
        guard let first = text.unicodeScalars.first else { return 0 }
        return shape(first: first, kind)
    }

    /// The shape bits of a token of this kind starting with `first`.
    @inline(__always)
    static func shape(first: Unicode.Scalar, _ kind: Kind) -> UInt8 {
        guard kind == .word else { return 0 }
        return (first.isUpperFast ? 1 : 0) | (first.isDigitFast ? 2 : 0)
    }

    public var isCapitalized: Bool { shape & 1 != 0 }
    public var isNumber: Bool { shape & 2 != 0 }
    public var isWord: Bool { kind == .word }
}

/// Third stage: words and marks of one sentence, never losing an offset.
public struct Tokenizer: Sendable {
    public let lexicon: Lexicon
    /// Whether strings have the small form `String.smallASCII` builds.
    private let smallStrings = WordIndex.smallLayoutHolds()
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// - Complexity: O(n) in the length of the range.
    public func tokenize(_ text: SourceText, _ range: Range<Int>) -> [Token] {
        precondition(range.lowerBound >= 0 && range.upperBound <= text.scalars.count, "span out of the text")
        return text.scalars.withUnsafeBufferPointer { tokenize(text, $0, range) }
    }

    /// `tokenize(_:_:)` on the text's scalars `s`, read in place without a bounds check:
    /// every index read is inside the text (`range` is, as the caller checks).
    private func tokenize(_ text: SourceText, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        // About one token per five scalars in prose: one allocation instead of a growing series.
        tokens.reserveCapacity(range.count / 5 + 4)
        var openSingle = false
        var i = range.lowerBound
        let end = range.upperBound

        @inline(__always) func isLetter(_ k: Int) -> Bool {
            k >= range.lowerBound && k < end && s[k].isAlphanumericFast
        }
        func isSpaceOrEdge(_ k: Int) -> Bool {
            k < range.lowerBound || k >= end || s[k].isSpaceFast
        }
        /// The token of the scalars `a..<b`, which hold no white space. Up to 15 ASCII
        /// scalars (nearly every word) are packed straight into small strings.
        func make(_ a: Int, _ b: Int, _ kind: Token.Kind, possessive: Bool = false) -> Token {
            let shape = Token.shape(first: s[a], kind)
            if smallStrings && b - a <= 15, let packed = String.packedASCII(s, a..<b) {
                return Token(start: a, end: b, text: .smallASCII(packed, count: b - a),
                             lower: .smallASCII(String.lowercasedASCII(packed), count: b - a), kind: kind, shape: shape,
                             possessive: possessive)
            }
            if b - a == 1, let mark = Self.markText(s[a]) {
                return Token(start: a, end: b, text: mark, lower: mark, kind: kind, shape: shape, possessive: possessive)
            }
            let t = text.text(a..<b)
            return Token(start: a, end: b, text: t, lower: t.lowercased(), kind: kind, shape: shape,
                         possessive: possessive)
        }
        /// `make(a, b, .word).lower`, without building the rest of the token when the word
        /// is packed.
        func lower(_ a: Int, _ b: Int) -> String {
            if smallStrings && b - a <= 15, let packed = String.packedASCII(s, a..<b) {
                return .smallASCII(String.lowercasedASCII(packed), count: b - a)
            }
            return make(a, b, .word).lower
        }

        while i < end {
            let c = s[i]
            if c.isSpaceFast || (c.value >= 0x200E && Self.isInvisible(c)) {
                i += 1
                continue
            }
            if isLetter(i) {
                var j = i + 1
                var possessive = false
                var tokenEnd = -1
                while j < end {
                    let d = s[j]
                    if isLetter(j) || d.isNonspacingMark {
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
                // Each token is built straight into the array (a token bound first is copied).
                if !possessive, j < end, s[j] == ".", lexicon.abbreviations.contains(lower(i, j)) {
                    j += 1
                    tokens.append(make(i, j, .word))
                } else {
                    tokens.append(make(i, tokenEnd >= 0 ? tokenEnd : j, .word, possessive: possessive))
                }
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

    /// Direction marks and the byte-order mark, skipped like white space.
    private static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{FEFF}": true
        default: false
        }
    }

    /// The text of the quote marks and dashes news is full of, as literals: a string built
    /// from one scalar outside ASCII costs far more. None of them has a lower case.
    private static func markText(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "\u{201C}": "\u{201C}"
        case "\u{201D}": "\u{201D}"
        case "\u{2018}": "\u{2018}"
        case "\u{2019}": "\u{2019}"
        case "\u{2014}": "\u{2014}"
        case "\u{2013}": "\u{2013}"
        case "\u{2026}": "\u{2026}"
        default: nil
        }
    }
}
