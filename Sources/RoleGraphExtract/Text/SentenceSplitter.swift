/// Second stage: sentence boundaries with offsets.
///
/// A sentence ends at `.`, `!` or `?` (then any closing quotes or brackets) followed by
/// white space, unless the word before the period is an abbreviation ("Mr.", "Oct.",
/// "U.S.") or an initial ("Joshua L. Pearson"). A blank line always ends one; a single line
/// break ends one unless the line is long and the next starts in lower case (hard-wrapped
/// prose).
public struct SentenceSplitter: Sendable {
    public let lexicon: Lexicon
    /// A sentence longer than this is cut into pieces of this size, so that text without
    /// any sentence end is still read in bounded windows.
    public static let maximumLength = 4000

    /// Whether strings have the small form `String.smallASCII` builds.
    private let smallStrings = WordIndex.smallLayoutHolds()

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// - Complexity: O(n).
    public func split(_ text: SourceText) -> [Range<Int>] {
        text.scalars.withUnsafeBufferPointer { split($0) }
    }

    private func split(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        let n = s.count
        var sentences: [Range<Int>] = []
        var start = 0
        var lineStart = 0

        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, s[a].isSpaceFast { a += 1 }
            while b > a, s[b - 1].isSpaceFast { b -= 1 }
            var piece = a
            while b - piece > Self.maximumLength {
                // Cut at the last space inside the window when there is one.
                var cut = piece + Self.maximumLength
                var k = cut
                while k > piece + Self.maximumLength / 2, !s[k].isSpaceFast { k -= 1 }
                if k > piece + Self.maximumLength / 2 { cut = k }
                sentences.append(piece..<cut)
                piece = cut
            }
            if b > piece { sentences.append(piece..<b) }
            start = end
        }

        var i = 0
        while i < n {
            // Line breaks and the three sentence marks are the only scalars to look at:
            // runs of four without one (most of any sentence) are passed in one step.
            while i + 4 <= n, !Self.isStop(s[i]), !Self.isStop(s[i + 1]), !Self.isStop(s[i + 2]), !Self.isStop(s[i + 3]) {
                i += 4
            }
            guard i < n else { break }
            let c = s[i]
            if !Self.isStop(c) {
                i += 1
                continue
            }
            if c == "\n" {
                let lineLength = i - lineStart
                var j = i + 1
                var blank = false
                while j < n, s[j].isSpaceFast {
                    if s[j] == "\n" { blank = true }
                    j += 1
                }
                let nextLower = j < n && s[j].isLowerFast
                if blank || j == n || !(lineLength >= 60 && nextLower) {
                    emit(i)
                }
                lineStart = i + 1
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < n, s[j] == "." || s[j] == "!" || s[j] == "?" { j += 1 }
                while j < n, Self.isCloser(s[j]) || s[j].isFormat { j += 1 }
                if j == n || s[j].isSpaceFast {
                    if c != "." || !isAbbreviation(s, periodAt: i) {
                        emit(j)
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        emit(n)
        return sentences
    }

    /// Bits 10 (line feed), 33 ("!"), 46 (".") and 63 ("?").
    private static let stops: UInt64 = 1 << 10 | 1 << 33 | 1 << 46 | 1 << 63

    /// Whether `c` is a line feed or a sentence mark, with one test of a bit mask.
    @inline(__always)
    private static func isStop(_ c: Unicode.Scalar) -> Bool {
        c.value < 64 && stops >> UInt64(c.value) & 1 != 0
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}"]

    /// Membership in `closers` without hashing.
    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}": true
        default: false
        }
    }

    /// Whether the period at `i` closes an abbreviation or an initial.
    private func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, periodAt i: Int) -> Bool {
        var k = i
        // The word before the period, with inner periods ("U.S").
        while k > 0, k > i - 12, s[k - 1].isAlphaFast || s[k - 1] == "." { k -= 1 }
        guard k < i else { return false }
        // ASCII words (nearly all; at most 11 scalars here) are lower-cased as bytes into
        // a small string, as `lowercased()` would, keeping their scalars: their count and
        // periods are read from the text.
        let word: String
        let ascii: Bool
        if smallStrings, let packed = String.packedASCII(s, k..<i) {
            word = .smallASCII(String.lowercasedASCII(packed), count: i - k)
            ascii = true
        } else {
            word = String(String.UnicodeScalarView(s[k..<i])).lowercased()
            ascii = false
        }
        if (ascii ? i - k : word.unicodeScalars.count) == 1 {
            // An initial ("L.") when upper case; a lower-case single letter ends a sentence.
            return s[k].isUpperFast
        }
        // Initials written without spaces ("S.E. Hinton", "J.K. Rowling"): single capitals
        // joined by periods, which end a sentence only before a sentence-opening word.
        if isInitials(s, k..<i) { return !nextStartsSentence(s, after: i) }
        if lexicon.abbreviations.contains(word) {
            // "in the U.S. He said": an abbreviation can still end a sentence; only the
            // short ones that never do are trusted ("Mr.", "Oct.").
            let hasPeriod = ascii ? s[k..<i].contains(".") : word.contains(".")
            return !hasPeriod || !nextStartsSentence(s, after: i)
        }
        return false
    }

    private func isInitials(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ word: Range<Int>) -> Bool {
        guard word.count >= 3, word.count % 2 == 1 else { return false }
        for (offset, k) in word.enumerated() {
            if offset % 2 == 0 { guard s[k].isUpperFast else { return false } } else { guard s[k] == "." else { return false } }
        }
        return true
    }

    private func nextStartsSentence(_ s: UnsafeBufferPointer<Unicode.Scalar>, after i: Int) -> Bool {
        var j = i + 1
        while j < s.count, s[j].isSpaceFast { j += 1 }
        guard j < s.count else { return true }
        var k = j
        var word = ""
        while k < s.count, k < j + 12, s[k].isAlphaFast { word.unicodeScalars.append(s[k]); k += 1 }
        return lexicon.stopWords.contains(word.lowercasedFast()) && s[j].isUpperFast
    }
}
