/// Escaping for the XML formats (GraphML, GEXF).
///
/// XML 1.0 cannot carry most C0 control characters (U+0000–U+001F other than tab, line
/// feed and carriage return) nor U+FFFE/U+FFFF, not even as character references. Those
/// become U+FFFD REPLACEMENT CHARACTER, so a reader still sees that something stood there
/// and the document stays well-formed; every other character is kept.
public enum XMLText {
    /// The character that stands in for one XML 1.0 cannot carry.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows the scalar in a document at all.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `s` made safe for element content. Carriage returns become `&#13;` because a parser
    /// would otherwise fold them into line feeds.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func content(_ s: String) -> String {
        escape(s, attribute: false)
    }

    /// `s` made safe inside a double-quoted attribute value. Tabs and line breaks become
    /// character references because attribute-value normalisation turns raw ones into spaces.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func attribute(_ s: String) -> String {
        escape(s, attribute: true)
    }

    /// What a conforming reader gives back for `s` after `content` or `attribute`: the text
    /// itself with the characters XML cannot carry replaced.
    public static func readBack(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { out.append(isAllowed(scalar) ? scalar : replacement) }
        return String(out)
    }

    private static func escape(_ s: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            // `>` only matters after `]]`, but escaping it always is simpler and still valid.
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : replacement)
            }
        }
        return out
    }
}
