/// Removes Markdown and HTML markup by overwriting it with spaces, so that every
/// remaining scalar keeps its offset in the original document.
enum Markup {
    static let space: Unicode.Scalar = " "
    static let newline: Unicode.Scalar = "\n"

    /// - Complexity: O(n): each scalar is visited a bounded number of times.
    static func stripHTML(_ s: inout [Unicode.Scalar]) -> [Range<Int>] {
        var emphasis: [Range<Int>] = []
        var openEmphasis: Int? = nil
        var hiddenDepth = 0          // inside <script>, <style>, <nav>, ... whose text is not prose
        var hiddenUntil: String? = nil
        // Index of the next '>' at or after a position, found once so that many '<'
        // without a '>' cannot make this quadratic.
        var nextClose = -1
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "<" {
                if nextClose < i { nextClose = s[(i + 1)...].firstIndex(of: ">") ?? n }
                guard nextClose < n else {
                    if hiddenDepth > 0 { s[i] = space }
                    i += 1
                    continue
                }
                let end = nextClose
                let name = tagName(s, from: i + 1, to: end)
                let closing = i + 1 < end && s[i + 1] == "/"
                for k in i...end where s[k] != "\n" { s[k] = space }
                if Self.blockTags.contains(name) { s[i] = newline }
                if Self.emphasisTags.contains(name) {
                    if closing, let start = openEmphasis {
                        emphasis.append(start..<i)
                        openEmphasis = nil
                    } else if !closing {
                        openEmphasis = end + 1
                    }
                }
                if Self.hiddenTags.contains(name) {
                    if closing, name == hiddenUntil {
                        hiddenDepth = max(0, hiddenDepth - 1)
                        if hiddenDepth == 0 { hiddenUntil = nil }
                    } else if !closing, hiddenUntil == nil || hiddenUntil == name {
                        hiddenUntil = name
                        hiddenDepth += 1
                    }
                }
                i = end + 1
                continue
            }
            if hiddenDepth > 0 {
                if c != "\n" { s[i] = space }
            } else if c == "&" {
                i = decodeEntity(&s, at: i)
                continue
            }
            i += 1
        }
        return emphasis
    }

    private static let blockTags: WordSet = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "section", "article", "header", "footer", "blockquote", "title", "figure", "figcaption",
        "table", "main", "aside", "nav", "hr", "dd", "dt", "body", "head", "html",
    ]
    private static let emphasisTags: WordSet = ["i", "em", "cite"]
    private static let hiddenTags: WordSet = [
        "script", "style", "nav", "noscript", "figcaption", "aside", "footer", "template", "svg", "button",
    ]

    private static func tagName(_ s: [Unicode.Scalar], from: Int, to: Int) -> String {
        var out = ""
        var k = from
        if k < to && s[k] == "/" { k += 1 }
        while k < to, s[k].isAlphaFast || ("0"..."9").contains(s[k]) {
            out.unicodeScalars.append(s[k])
            k += 1
        }
        return out.lowercased()
    }

    private static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "eacute": "é",
        "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "ccedil": "ç", "egrave": "è", "agrave": "à",
    ]

    /// Decodes `&name;` or `&#N;` in place (the decoded scalar, then spaces); returns
    /// the index after the entity.
    private static func decodeEntity(_ s: inout [Unicode.Scalar], at i: Int) -> Int {
        var k = i + 1
        var body = ""
        while k < s.count, k - i <= 10, s[k] != ";", s[k].isAlphaFast || ("0"..."9").contains(s[k]) || s[k] == "#" || s[k] == "x" {
            body.unicodeScalars.append(s[k])
            k += 1
        }
        guard k < s.count, s[k] == ";", !body.isEmpty else { return i + 1 }
        var decoded: Unicode.Scalar? = entities[body.lowercased()]
        if decoded == nil, body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value), value != 0 { decoded = scalar }
        }
        guard let decoded else { return i + 1 }
        s[i] = decoded
        for m in (i + 1)...k { s[m] = space }
        return k + 1
    }

    /// - Complexity: O(n).
    static func stripMarkdown(_ s: inout [Unicode.Scalar]) -> [Range<Int>] {
        var emphasis: [Range<Int>] = []
        var lineStart = 0
        let n = s.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && s[lineEnd] != "\n" { lineEnd += 1 }
            stripMarkdownLine(&s, lineStart..<lineEnd, emphasis: &emphasis)
            lineStart = lineEnd + 1
        }
        return emphasis
    }

    private static func stripMarkdownLine(_ s: inout [Unicode.Scalar], _ line: Range<Int>, emphasis: inout [Range<Int>]) {
        var i = line.lowerBound
        while i < line.upperBound && s[i] == " " { i += 1 }
        // Block markers: headings, quotes, bullets, numbered items.
        while i < line.upperBound && (s[i] == "#" || s[i] == ">") { s[i] = space; i += 1 }
        if i + 1 < line.upperBound, s[i] == "-" || s[i] == "*" || s[i] == "+", s[i + 1] == " " {
            s[i] = space
        }
        var openMarker: (scalar: Unicode.Scalar, at: Int, width: Int)? = nil
        var k = line.lowerBound
        while k < line.upperBound {
            let c = s[k]
            switch c {
            case "*", "_":
                var width = 1
                while k + width < line.upperBound && s[k + width] == c { width += 1 }
                let before: Unicode.Scalar = k > line.lowerBound ? s[k - 1] : " "
                let after: Unicode.Scalar = k + width < line.upperBound ? s[k + width] : " "
                if let open = openMarker, open.scalar == c, !before.isSpaceFast {
                    emphasis.append((open.at + open.width)..<k)
                    for m in k..<(k + width) { s[m] = space }
                    openMarker = nil
                } else if !after.isSpaceFast && (before.isSpaceFast || isPunctuation(before)) {
                    for m in k..<(k + width) { s[m] = space }
                    openMarker = (c, k, width)
                }
                k += width
            case "`":
                s[k] = space
                k += 1
            case "!" where k + 1 < line.upperBound && s[k + 1] == "[":
                s[k] = space
                k += 1
            case "[":
                s[k] = space
                k += 1
            case "]":
                s[k] = space
                if k + 1 < line.upperBound && s[k + 1] == "(" {
                    var m = k + 1
                    while m < line.upperBound && s[m] != ")" { s[m] = space; m += 1 }
                    if m < line.upperBound { s[m] = space }
                    k = m + 1
                } else {
                    k += 1
                }
            default:
                k += 1
            }
        }
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .dashPunctuation, .connectorPunctuation:
            true
        default:
            false
        }
    }
}
