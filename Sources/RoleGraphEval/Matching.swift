import Foundation

/// The text and role normalisation of the project's scorer (`eval/score.py` in the shared
/// evaluation material), ported rule for rule so both give the same numbers.
public enum Matching {
    /// Role nouns that name the same credit. Source: `ROLE_SYNONYMS` in `eval/score.py`;
    /// keep the two in step.
    public static let roleSynonyms: [String: String] = [
        "star": "actor", "actress": "actor", "cast member": "actor", "lead": "actor",
        "co-star": "actor", "costar": "actor", "voice actor": "actor", "performer": "actor",
        "filmmaker": "director", "co-director": "director", "directed": "director",
        "director of photography": "cinematographer", "dp": "cinematographer",
        "co-producer": "producer", "produced": "producer",
        "screenwriter": "writer", "co-writer": "writer", "scriptwriter": "writer", "wrote": "writer",
        "novelist": "author", "songwriter": "writer",
        "vocalist": "singer", "lead singer": "singer",
        "creator": "creator", "co-creator": "creator",
        "showrunner": "showrunner", "host": "host", "narrator": "narrator",
    ]

    /// The entity types scored; others (event, ...) are ignored as in the scorer.
    public static let scoredTypes: Set<String> = ["person", "work", "organization", "place"]

    /// Folds a name for comparison: NFKC, lower case, curly apostrophes straight, double
    /// quotes dropped, a final "'s" dropped, every run of characters other than word
    /// characters, `'`, `&`, `:`, `-` and space made one space, spaces collapsed, and
    /// spaces, `-` and `:` trimmed from both ends.
    ///
    /// - Complexity: O(n).
    public static func norm(_ text: String) -> String {
        var s = text.precomposedStringWithCompatibilityMapping.lowercased()
        var scalars = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "\u{2019}", "\u{2018}": scalars.append("'")
            case "\"", "\u{201C}", "\u{201D}": continue
            default: scalars.append(u)
            }
        }
        s = trim(String(scalars), where: isPythonSpace)
        if s.hasSuffix("'s") { s.removeLast(2) }
        // [^\w'&:\- ]+ -> " ", then \s+ -> " "
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            let keep = isWordCharacter(u) || u == "'" || u == "&" || u == ":" || u == "-"
            if keep {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(u)
            } else {
                // A kept space, a replaced run, and whitespace all collapse to one space.
                pendingSpace = true
            }
        }
        if pendingSpace { out.append(" ") }
        return trim(String(out)) { $0 == " " || $0 == "-" || $0 == ":" }
    }

    /// A role noun in the scorer's canonical form.
    public static func role(_ relation: String) -> String {
        let r = norm(relation).replacingOccurrences(of: "_", with: " ")
        return roleSynonyms[r] ?? r
    }

    /// Python's `\w`: letters, digits and numerals of any script, and `_`.
    static func isWordCharacter(_ u: Unicode.Scalar) -> Bool {
        if u == "_" { return true }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return u.properties.numericType != nil
        }
    }

    static func isPythonSpace(_ u: Unicode.Scalar) -> Bool {
        u.properties.isWhitespace || (0x1C...0x1F).contains(u.value)
    }

    private static func trim(_ s: String, where drop: (Unicode.Scalar) -> Bool) -> String {
        let u = Array(s.unicodeScalars)
        var a = 0, b = u.count
        while a < b && drop(u[a]) { a += 1 }
        while b > a && drop(u[b - 1]) { b -= 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: u[a..<b])
        return String(v)
    }
}
