/// Spelling values so that Graphviz's DOT parser accepts them and reads back exactly
/// what was meant, whatever the text holds.
public enum DOTText {
    /// Words the DOT grammar reserves, in any letter case.
    static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An ID: bare when DOT allows it, quoted otherwise. Meant for ids RoleGraph makes
    /// (`n1`, `cluster_work_3`); free text belongs in `escString`.
    public static func id(_ s: String) -> String {
        isBareID(s) || isNumeral(s) ? s : "\"" + s.replacingAll("\"", with: "\\\"") + "\""
    }

    /// A quoted value for attributes Graphviz reads as `escString` (label, tooltip, id,
    /// URL): backslashes doubled so `\N`, `\G`, `\l` stay literal and a trailing backslash
    /// cannot swallow the closing quote; line breaks as `\n`; `&` as `&amp;` because
    /// Graphviz decodes HTML entities in labels; control characters, which XML output
    /// cannot carry, as their visible Unicode pictures (NUL as U+2400).
    public static func escString(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 {
                    out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
                } else if scalar.value == 0x7F {
                    out += "\u{2421}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// What a label written by `escString` reads as once Graphviz has parsed it and
    /// applied its own escapes: the text a viewer sees. Tests compare names with this.
    public static func displayed(_ s: String) -> String {
        var out = ""
        var scalars = s.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            if c == "\\", let next = scalars.next() {
                switch next {
                case "n", "l", "r": out += "\n"
                default: out.unicodeScalars.append(next)
                }
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out.replacingAll("&amp;", with: "&")
    }

    /// The text `escString` makes of `s`, as a reader sees it.
    public static func visible(_ s: String) -> String {
        displayed(String(escString(s).dropFirst().dropLast()))
    }

    static func isBareID(_ s: String) -> Bool {
        guard let first = s.utf8.first, !keywords.contains(s.lowercased()) else { return false }
        func isLetter(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
        }
        return isLetter(first) && s.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    static func isNumeral(_ s: String) -> Bool {
        var body = Substring(s)
        if body.hasPrefix("-") { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        return parts.contains { !$0.isEmpty }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}

import Foundation
