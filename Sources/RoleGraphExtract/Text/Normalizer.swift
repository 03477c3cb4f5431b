/// First pipeline stage: markup out, site furniture out, offsets kept.
public struct Normalizer: Sendable {
    public let lexicon: Lexicon
    /// For ASCII lines: the ASCII `exact`, `prefix` and `short` rules by the first byte of
    /// their text (a line can only match those starting with its own first byte), and the
    /// ASCII `contains` rules; indices into `lexicon.boilerplate`.
    private let rulesByFirstByte: [[Int]]
    private let containsRules: [Int]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var byFirst = [[Int]](repeating: [], count: 128)
        var contains: [Int] = []
        for (i, rule) in lexicon.boilerplate.enumerated() where rule.isASCII {
            if rule.mode == .contains { contains.append(i) }
            else if let head = rule.bytes.first { byFirst[Int(head)].append(i) }
            else { for b in byFirst.indices { byFirst[b].append(i) } }      // an empty text matches any start
        }
        rulesByFirstByte = byFirst
        containsRules = contains
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
    /// through the scalar view.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0, k = 0
                let n = bytes.count
                while i < n {
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
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    k += 1
                }
                initialized = k
            }
        }
    }

    /// Blanks lines of site furniture, and a short lower-case heading line right above
    /// one (the title of a promo block, "The biggest stories").
    func dropBoilerplate(_ s: inout [Unicode.Scalar]) {
        var previous: (range: Range<Int>, isHeading: Bool)? = nil
        var lineStart = 0
        let n = s.count
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n && s[lineEnd] != "\n" { lineEnd += 1 }
            let line = lineStart..<lineEnd
            let summary = summarize(s, line)
            if let summary {
                if isBoilerplate(summary.key, words: summary.words) {
                    blank(&s, line)
                    if let previous, previous.isHeading { blank(&s, previous.range) }
                    previous = nil
                } else {
                    previous = (line, summary.isHeading)
                }
            } else {
                previous = nil
            }
            lineStart = lineEnd + 1
        }
    }

    private func blank(_ s: inout [Unicode.Scalar], _ range: Range<Int>) {
        for i in range where s[i] != "\n" { s[i] = " " }
    }

    /// The line lower-cased without leading digits and punctuation, its word count, and
    /// whether it looks like a short heading; nil for blank lines and lines over 40 words.
    private func summarize(_ s: [Unicode.Scalar], _ line: Range<Int>) -> (key: String, words: Int, isHeading: Bool)? {
        var start = line.lowerBound
        while start < line.upperBound, !s[start].isAlphaFast { start += 1 }
        if start == line.upperBound {
            // Only digits and punctuation ("-", "0"): furniture when not blank.
            return line.contains(where: { !s[$0].isSpaceFast }) ? ("", 0, false) : nil
        }
        // Count words first: long lines are prose, and need no lower-cased copy.
        var words = 0
        var inWord = false
        var lowerAfterFirst = true
        var ascii = true
        for i in start..<line.upperBound {
            let c = s[i]
            if c.value >= 0x80 { ascii = false }
            if c.isSpaceFast {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 40 { return ("", words, false) }
                if words > 1 && c.isUpperFast { lowerAfterFirst = false }
            }
        }
        if ascii {
            // Lower-cased bytes written straight into the key, trailing spaces dropped.
            var end = line.upperBound
            while end > start, s[end - 1].isSpaceFast { end -= 1 }
            let key = String(unsafeUninitializedCapacity: end - start) { out in
                for i in start..<end {
                    let v = UInt8(truncatingIfNeeded: s[i].value)
                    out[i - start] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return end - start
            }
            let last = key.utf8.last.map { Unicode.Scalar($0) } ?? " "
            let heading = words <= 8 && lowerAfterFirst && !".!?:\u{201D}\"".unicodeScalars.contains(last)
            return (key, words, heading)
        }
        var text: [UInt8] = []
        text.reserveCapacity(line.upperBound - start)
        for i in start..<line.upperBound {
            let c = s[i]
            if c.value < 128 {
                text.append(c.isUpperFast ? UInt8(c.value + 32) : UInt8(c.value))
            } else {
                text.append(contentsOf: c.properties.lowercaseMapping.utf8)
            }
        }
        let key = String(decoding: text, as: UTF8.self).trimmingSpaces()
        let last = key.unicodeScalars.last ?? " "
        let heading = words <= 8 && lowerAfterFirst && !".!?:\u{201D}\"".unicodeScalars.contains(last)
        return (key, words, heading)
    }

    private func isBoilerplate(_ key: String, words: Int) -> Bool {
        if words > 40 { return false }
        if key.isEmpty { return true }
        let bytes = Array(key.utf8)
        let ascii = !bytes.contains { $0 >= 0x80 }
        // A line whose first Character is one ASCII scalar can only equal or start with
        // an ASCII rule text that starts with the same byte.
        let first: UInt8? = bytes[0] < 0x80 && (bytes.count == 1 || bytes[1] < 0x80) ? bytes[0] : nil
        // Rules are read in place (binding each one would copy its strings).
        let rules = lexicon.boilerplate
        if ascii {
            // Only the rules that can match an ASCII line (any other rule is not ASCII and
            // is tried below): the same answer as trying every rule in turn.
            for i in rulesByFirstByte[Int(bytes[0])] where rules[i].matchesASCII(bytes, words: words) { return true }
            for i in containsRules where rules[i].matchesASCII(bytes, words: words) { return true }
            for i in rules.indices where !rules[i].isASCII {
                if rules[i].matches(key, bytes: bytes, words: words) { return true }
            }
            return false
        }
        for i in rules.indices {
            if ascii && rules[i].isASCII {
                if rules[i].matchesASCII(bytes, words: words) { return true }
                continue
            }
            if let first, rules[i].isASCII, rules[i].mode != .contains, let head = rules[i].bytes.first, head != first { continue }
            if rules[i].matches(key, bytes: bytes, words: words) { return true }
        }
        return false
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
