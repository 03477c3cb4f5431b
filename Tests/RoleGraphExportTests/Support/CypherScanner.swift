/// Splits a Cypher script the way Cypher's lexer reads string literals and quoted names
/// (single- or double-quoted strings with backslash escapes; backticked names with a
/// doubled backtick) and checks that each line is one statement ending in `;`. The
/// skeleton of a statement is its text with every literal replaced by `S`, so tests can
/// match the statement's shape without caring what the names are.
struct CypherScanner {
    struct Problem: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    struct Statement {
        var skeleton: String
        var literals: [String]
    }

    var statements: [Statement] = []

    init(parsing script: String) throws {
        for (index, line) in script.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("//") { continue }
            statements.append(try Self.statement(line, number: index + 1))
        }
    }

    static func statement(_ line: Substring, number: Int) throws -> Statement {
        var skeleton = ""
        var literals: [String] = []
        var scalars = line.unicodeScalars[...]
        var terminated = false
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            guard !terminated else { throw Problem(line: number, message: "text after ;") }
            switch c {
            case "'", "\"":
                literals.append(try literal(&scalars, quote: c, line: number))
                skeleton += "S"
            case "`":
                var name = ""
                while true {
                    guard let n = scalars.first else { throw Problem(line: number, message: "unclosed `") }
                    scalars = scalars.dropFirst()
                    if n == "`" {
                        if scalars.first == "`" { name += "`"; scalars = scalars.dropFirst() } else { break }
                    } else {
                        name.unicodeScalars.append(n)
                    }
                }
                skeleton += "`\(name)`"
            case ";":
                terminated = true
                skeleton += ";"
            default:
                skeleton.unicodeScalars.append(c)
            }
        }
        guard terminated else { throw Problem(line: number, message: "statement without ;") }
        return Statement(skeleton: skeleton, literals: literals)
    }

    static func literal(_ scalars: inout Substring.UnicodeScalarView.SubSequence, quote: Unicode.Scalar, line: Int) throws -> String {
        var out = String.UnicodeScalarView()
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            if c == quote { return String(out) }
            guard c != "\n", c != "\r" else { throw Problem(line: line, message: "raw line break in literal") }
            guard c == "\\" else { out.append(c); continue }
            guard let e = scalars.first else { break }
            scalars = scalars.dropFirst()
            switch e {
            case "\\", "'", "\"": out.append(e)
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "u", "U":
                let count = e == "u" ? 4 : 8
                let hex = String(String.UnicodeScalarView(scalars.prefix(count)))
                guard hex.count == count, let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else {
                    throw Problem(line: line, message: "bad \\\(e) escape")
                }
                out.append(s)
                scalars = scalars.dropFirst(count)
            default:
                throw Problem(line: line, message: "unknown escape \\\(e)")
            }
        }
        throw Problem(line: line, message: "unclosed string literal")
    }
}
