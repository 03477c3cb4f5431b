import Foundation

/// First pipeline stage: markup out, site furniture out, offsets kept.
public struct Normalizer: Sendable {
    public let lexicon: Lexicon
    /// The ASCII `exact`, `prefix` and `short` rules by the first byte of their text (a
    /// line can only match those starting with its own first byte); indices into
    /// `lexicon.boilerplate`.
    private let rulesByFirstByte: [[Int]]
    /// The texts of the ASCII `contains` rules in order of their first byte, and for
    /// each ASCII byte the run of them starting with it (empty for most bytes).
    private let containedTexts: [[UInt8]]
    private let containedByHead: [Range<Int>]
    /// Bit `first << 8 | second` is set when some ASCII `contains` rule text starts with
    /// those two bytes (a one-byte text sets every pair it starts): most places in a line
    /// start no text, and this tells them with one look-up. A pair may be set in vain,
    /// never missing.
    private let containedPairs: [UInt64]
    /// Whether some ASCII `contains` rule has an empty text, which every line contains.
    private let containsEmptyText: Bool
    /// The rules whose text is not ASCII. Of those, an ASCII line can only match the
    /// ones whose canonical form is ASCII: String comparison is by canonical
    /// equivalence, and an ASCII line is its own canonical form.
    private let nonASCIIRules: [Int]
    private let asciiReachableRules: [Int]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var byFirst = [[Int]](repeating: [], count: 128)
        var contained: [[UInt8]] = []
        var containsEmpty = false
        var nonASCII: [Int] = []
        for (i, rule) in lexicon.boilerplate.enumerated() {
            guard rule.isASCII else {
                nonASCII.append(i)
                continue
            }
            if rule.mode == .contains {
                if !rule.bytes.isEmpty {
                    contained.append(rule.bytes)
                } else {
                    containsEmpty = true
                }
            }
            else if let head = rule.bytes.first { byFirst[Int(head)].append(i) }
            else { for b in byFirst.indices { byFirst[b].append(i) } }      // an empty text matches any start
        }
        rulesByFirstByte = byFirst
        contained.sort { $0[0] < $1[0] }
        containedTexts = contained
        containedByHead = (0..<128).map { byte in
            let first = contained.firstIndex { $0[0] == byte } ?? 0
            return first..<(contained.lastIndex { $0[0] == byte }.map { $0 + 1 } ?? 0)
        }
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for text in contained {
            let seconds = text.count > 1 ? Int(text[1])...Int(text[1]) : 0...255
            for second in seconds {
                let pair = Int(text[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        containedPairs = pairs
        containsEmptyText = containsEmpty
        nonASCIIRules = nonASCII
        asciiReachableRules = nonASCII.filter {
            let rule = lexicon.boilerplate[$0]
            return rule.mode != .contains && rule.text.precomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }
        }
    }

    /// - Complexity: O(n) in the length of the text.
    public func normalize(_ text: String, format: TextFormat) -> SourceText {
        var scalars = Self.scalars(of: text)
        var emphasis: [Range<Int>] = []
        switch format {
        case .plain: break
        case .markdown: emphasis = Markup.stripMarkdown(&scalars)
        case .html: emphasis = Markup.stripHTML(&scalars)
        }
        dropBoilerplate(&scalars)
        return SourceText(scalars: scalars, emphasis: emphasis)
    }

    /// The text's scalars, as `Array(text.unicodeScalars)` gives them, decoded from its
    /// UTF-8 (valid in a native string) in one pass instead of counting and then copying
    /// through the scalar view. Runs of eight ASCII bytes (most of any text) are passed
    /// over in the count and widened to scalars eight at once.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            guard let base = bytes.baseAddress else { return [] }
            @inline(__always) func word(at i: Int) -> UInt64 {
                UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            }
            // One scalar per byte that is not a continuation byte (10xxxxxx).
            var continuations = 0
            var i = 0
            while i + 8 <= n {
                let w = word(at: i)
                if w & highBits != 0 { continuations += (w & ~(w << 1) & highBits).nonzeroBitCount }
                i += 8
            }
            while i < n {
                if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return [Unicode.Scalar](unsafeUninitializedCapacity: n - continuations) { out, initialized in
                var i = 0, k = 0
                while i < n {
                    if i + 8 <= n {
                        let w = word(at: i)
                        if w & highBits == 0 {
                            let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(w, to: SIMD8<UInt8>.self))
                            UnsafeMutableRawPointer(out.baseAddress! + k).storeBytes(of: wide, as: SIMD8<UInt32>.self)
                            i += 8
                            k += 8
                            continue
                        }
                    }
                    let b0 = UInt32(bytes[i])
                    var value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    k += 1
                }
                initialized = k
            }
        }
    }

    /// Blanks lines of site furniture, and a short lower-case heading line right above
    /// one (the title of a promo block, "The biggest stories").
    func dropBoilerplate(_ s: inout [Unicode.Scalar]) {
        // Each decision reads only its own line and the one above as they were, so the
        // lines are all judged first (reading an array that is not `inout` lets the
        // compiler keep its storage at hand) and blanked afterwards.
        for range in s.withUnsafeBufferPointer({ boilerplateLines($0) }) {
            for i in range where s[i] != "\n" { s[i] = " " }
        }
    }

    private func boilerplateLines(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var previous: (range: Range<Int>, isHeading: Bool)? = nil
        // Each line's key, in storage reused from line to line.
        var key: [UInt8] = []
        var lineStart = 0
        let n = s.count
        while lineStart <= n {
            let (lineEnd, summary) = summarize(s, from: lineStart, key: &key)
            let line = lineStart..<lineEnd
            if let summary {
                if isBoilerplate(key, summary) {
                    found.append(line)
                    if let previous, previous.isHeading { found.append(previous.range) }
                    previous = nil
                } else {
                    previous = (line, summary.isHeading)
                }
            } else {
                previous = nil
            }
            lineStart = lineEnd + 1
        }
        return found
    }

    private struct LineSummary {
        var words: Int
        /// Whether the line looks like a short heading.
        var isHeading: Bool
        /// Whether the line (from its first letter) is ASCII.
        var ascii: Bool
    }

    /// The end of the line starting at `lineStart` (its line break, or the end of the
    /// text), found while reading it, and the line's word count and look, with in `key`
    /// its text from the first letter on, lower-cased, trailing white space dropped, as
    /// UTF-8; nil for blank lines. A line of only digits and punctuation ("-", "0") has
    /// no words and an empty key; a line over 40 words (prose) gets no key.
    private func summarize(_ s: UnsafeBufferPointer<Unicode.Scalar>, from lineStart: Int,
                           key: inout [UInt8]) -> (end: Int, summary: LineSummary?) {
        key.removeAll(keepingCapacity: true)
        let n = s.count
        var start = lineStart
        var visible = false
        while start < n && s[start] != "\n" && !s[start].isAlphaFast {
            if !s[start].isSpaceFast { visible = true }
            start += 1
        }
        if start == n || s[start] == "\n" {
            // Only digits and punctuation: furniture when not blank.
            return (start, visible ? LineSummary(words: 0, isHeading: false, ascii: true) : nil)
        }
        // Count words first: long lines are prose, and need no key.
        var words = 0
        var inWord = false
        var lowerAfterFirst = true
        var bits: UInt32 = 0        // every scalar's bits: any outside ASCII shows
        var i = start
        while i < n {
            let c = s[i]
            let v = c.value
            bits |= v
            // Visible ASCII (nearly every scalar) is told from white space with one test.
            if v &- 33 >= 128 - 33 && c.isSpaceFast {
                if v == 0x0A { break }
                inWord = false
            } else {
                if !inWord {
                    inWord = true
                    words += 1
                    if words > 40 {
                        while i < n && s[i] != "\n" { i += 1 }
                        return (i, LineSummary(words: words, isHeading: false, ascii: false))
                    }
                    if words > 1 && c.isUpperFast { lowerAfterFirst = false }
                }
                // The visible ASCII that follows (the rest of a word, most often) starts no
                // word and has no bits outside ASCII: it is passed over in a loop of its own.
                while i + 1 < n, s[i + 1].value &- 33 < 128 - 33 { i += 1 }
            }
            i += 1
        }
        let lineEnd = i
        let ascii = bits < 0x80
        var end = lineEnd
        while end > start, s[end - 1].isSpaceFast { end -= 1 }
        // Lower-casing maps no scalar to white space or to these marks, and white space to
        // itself, so the line is trimmed and its last mark read before lower-casing.
        if ascii {
            Self.appendLowercasedASCII(s, start..<end, to: &key)
        } else {
            appendLowercased(s, start..<end, to: &key)
        }
        let heading = words <= 8 && lowerAfterFirst && !".!?:\u{201D}\"".unicodeScalars.contains(s[end - 1])
        return (lineEnd, LineSummary(words: words, isHeading: heading, ascii: ascii))
    }

    /// The byte of an ASCII scalar's value, "A" to "Z" lower-cased.
    @inline(__always)
    private static func lowerASCII(_ v: UInt32) -> UInt8 {
        UInt8(truncatingIfNeeded: v >= 65 && v <= 90 ? v + 32 : v)
    }

    /// Appends the bytes of the ASCII scalars `range` of `s`, lower-cased. The key is
    /// grown once and written in place: appending byte by byte asks at each byte whether
    /// the storage is shared, and appending a lazily mapped slice went through the
    /// generic sequence path.
    private static func appendLowercasedASCII(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                                              to key: inout [UInt8]) {
        let old = key.count
        key.append(contentsOf: repeatElement(0, count: range.count))
        key.withUnsafeMutableBufferPointer { out in
            for m in 0..<range.count { out[old &+ m] = lowerASCII(s[range.lowerBound &+ m].value) }
        }
    }

    /// Appends the lower-cased UTF-8 of the scalars `range` of `s`, as
    /// `String.lowercased()` gives it; each run of ASCII (most of a line with a quote mark
    /// or a name with an accent) at once.
    private func appendLowercased(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, to key: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            var run = i
            while run < range.upperBound && s[run].value < 0x80 { run += 1 }
            if run > i {
                Self.appendLowercasedASCII(s, i..<run, to: &key)
                i = run
                continue
            }
            let c = s[i]
            if c.isQuoteOrDash {
                key.append(contentsOf: UTF8.encode(c)!)     // no lower case
            } else {
                key.append(contentsOf: c.lowercaseMapping.utf8)
            }
            i += 1
        }
    }

    private func isBoilerplate(_ key: [UInt8], _ summary: LineSummary) -> Bool {
        let words = summary.words
        if words > 40 { return false }
        guard let head = key.first else { return true }
        if holdsContainedText(key) { return true }
        // Rules are read in place (binding each one would copy its strings).
        let rules = lexicon.boilerplate
        if summary.ascii {
            for i in rulesByFirstByte[Int(head)] where rules[i].matchesASCII(key, words: words) { return true }
            guard !asciiReachableRules.isEmpty else { return false }
            let line = String(decoding: key, as: UTF8.self)
            return asciiReachableRules.contains { rules[$0].matches(line, bytes: key, words: words) }
        }
        // A line whose first Character is one ASCII scalar can only equal or start with
        // an ASCII rule text that starts with the same byte.
        let line = String(decoding: key, as: UTF8.self)
        let firstIsASCII = head < 0x80 && (key.count == 1 || key[1] < 0x80)
        for i in rules.indices where rules[i].isASCII && rules[i].mode != .contains {
            if firstIsASCII, let ruleHead = rules[i].bytes.first, ruleHead != head { continue }
            if rules[i].matches(line, bytes: key, words: words) { return true }
        }
        return nonASCIIRules.contains { rules[$0].matches(line, bytes: key, words: words) }
    }

    /// Whether the key holds the text of an ASCII `contains` rule (compared as bytes, as
    /// `BoilerplateRule.matches` does). One pass over the key: only where the byte and
    /// the next (0 past the end) start some text, by `containedPairs`, are the texts
    /// starting with that byte tried, and most places start none.
    private func holdsContainedText(_ key: [UInt8]) -> Bool {
        if containsEmptyText { return true }
        return key.withUnsafeBufferPointer { line in
            containedPairs.withUnsafeBufferPointer { pairs in
                for p in line.indices {
                    let pair = Int(line[p]) << 8 | Int(p + 1 < line.count ? line[p + 1] : 0)
                    if pairs[pair >> 6] >> UInt64(pair & 63) & 1 != 0 && startsContainedText(line, at: p) { return true }
                }
                return false
            }
        }
    }

    /// Whether the text of an ASCII `contains` rule starts at `p` in the line. Out of line,
    /// so that the scan calling it keeps its few values in registers.
    @inline(never)
    private func startsContainedText(_ line: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        containedByHead[Int(line[p])].contains { t in
            let text = containedTexts[t]
            return line.count - p >= text.count && line[p..<(p + text.count)].elementsEqual(text)
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        let view = unicodeScalars
        guard let first = view.firstIndex(where: { !$0.isSpaceFast }),
              let last = view.lastIndex(where: { !$0.isSpaceFast }) else { return "" }
        return String(view[first...last])
    }
}
