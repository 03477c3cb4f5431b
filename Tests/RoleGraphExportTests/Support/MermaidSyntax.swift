/// A checker for the subset of Mermaid's flowchart syntax that `MermaidWriter` emits,
/// following the rules Mermaid's flowchart documentation gives: text with anything but
/// letters and digits goes in double quotes; a quote inside is the entity code `#quot;`;
/// entity codes are `#name;` or `#decimal;`; the word `end` breaks a flowchart as an id;
/// an id starting with `o` or `x` right after a link turns the arrow into another one.
/// It decodes labels back so tests can compare them with the names that went in.
struct MermaidSyntax {
    struct Problem: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    var labels: [String: String] = [:]
    /// (from, relation, to)
    var edges: [(String, String, String)] = []
    var classes: [String: String] = [:]

    static let shapes: [(open: String, close: String)] = [
        ("([", "])"), ("[/", "/]"), ("((", "))"), ("{{", "}}"), ("[", "]"),
    ]
    static let named: [String: Unicode.Scalar] = ["quot": "\"", "amp": "&", "lt": "<", "gt": ">"]

    init(parsing text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.last == "" else { throw Problem(line: lines.count, message: "no final newline") }
        lines.removeLast()
        guard let header = lines.first, ["flowchart LR", "flowchart RL", "flowchart TB", "flowchart BT"].contains(header) else {
            throw Problem(line: 1, message: "not a flowchart header")
        }
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            guard line.hasPrefix("    ") else { throw Problem(line: number, message: "not indented") }
            if line.hasPrefix("    classDef ") {
                let parts = line.dropFirst(4).split(separator: " ")
                guard parts.count == 3, parts[1].allSatisfy({ $0.isASCII && $0.isLetter }),
                      parts[2].split(separator: ",").allSatisfy({ $0.wholeMatch(of: /[a-z-]+:#[0-9a-f]{6}/) != nil })
                else { throw Problem(line: number, message: "bad classDef") }
                continue
            }
            if line.hasPrefix("    class ") {
                let parts = line.dropFirst(4).split(separator: " ")
                guard parts.count == 3 else { throw Problem(line: number, message: "bad class") }
                for id in parts[1].split(separator: ",") {
                    try Self.checkID(String(id), line: number)
                    classes[String(id)] = String(parts[2])
                }
                continue
            }
            // Scalars, not Characters: Mermaid's lexer reads code points, and a label that
            // starts with a combining mark would otherwise fuse with the quote before it.
            var rest = line.unicodeScalars.dropFirst(4)
            let from = try Self.takeID(&rest, line: number)
            if Self.take(" -->|\"", from: &rest) {
                let relation = try Self.takeQuoted(&rest, line: number)
                guard Self.take("| ", from: &rest) else { throw Problem(line: number, message: "edge label not closed") }
                let to = try Self.takeID(&rest, line: number)
                guard rest.isEmpty else { throw Problem(line: number, message: "text after edge") }
                guard labels[from] != nil, labels[to] != nil else {
                    throw Problem(line: number, message: "edge before its nodes")
                }
                edges.append((from, relation, to))
                continue
            }
            guard let shape = Self.shapes.first(where: { Self.take($0.open + "\"", from: &rest) }) else {
                throw Problem(line: number, message: "unknown statement")
            }
            let label = try Self.takeQuoted(&rest, line: number)
            guard rest.elementsEqual(shape.close.unicodeScalars) else {
                throw Problem(line: number, message: "shape \(shape.open) not closed")
            }
            guard labels[from] == nil else { throw Problem(line: number, message: "node \(from) twice") }
            labels[from] = label
        }
    }

    typealias Scalars = Substring.UnicodeScalarView.SubSequence

    /// Consumes `prefix` if `rest` starts with it.
    static func take(_ prefix: String, from rest: inout Scalars) -> Bool {
        guard rest.starts(with: prefix.unicodeScalars) else { return false }
        rest = rest.dropFirst(prefix.unicodeScalars.count)
        return true
    }

    static func checkID(_ id: String, line: Int) throws {
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              id.lowercased() != "end", !id.hasPrefix("o"), !id.hasPrefix("x")
        else { throw Problem(line: line, message: "bad id \(id)") }
    }

    static func takeID(_ rest: inout Scalars, line: Int) throws -> String {
        let scalars = rest.prefix { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        let id = String(String.UnicodeScalarView(scalars))
        try checkID(id, line: line)
        rest = rest.dropFirst(scalars.count)
        return id
    }

    /// Reads up to the closing quote (the opening one already consumed) and decodes.
    static func takeQuoted(_ rest: inout Scalars, line: Int) throws -> String {
        guard let end = rest.firstIndex(of: "\"") else { throw Problem(line: line, message: "unclosed quote") }
        let raw = rest[..<end]
        rest = rest[rest.index(after: end)...]
        return try decode(raw, line: line)
    }

    static func decode(_ raw: Scalars, line: Int) throws -> String {
        var out = String.UnicodeScalarView()
        var scalars = raw
        while let c = scalars.first {
            if c == "<" {
                guard scalars.starts(with: "<br>".unicodeScalars) else {
                    throw Problem(line: line, message: "raw < in label")
                }
                out.append("\n")
                scalars = scalars.dropFirst(4)
            } else if c == "#" {
                let body = scalars.dropFirst().prefix { $0 != ";" }
                let name = String(String.UnicodeScalarView(body))
                guard scalars.dropFirst(body.count + 1).first == ";", !name.isEmpty else {
                    throw Problem(line: line, message: "# outside an entity code")
                }
                if let v = UInt32(name), let s = Unicode.Scalar(v) {
                    out.append(s)
                } else if let s = named[name] {
                    out.append(s)
                } else {
                    throw Problem(line: line, message: "unknown entity #\(name);")
                }
                scalars = scalars.dropFirst(body.count + 2)
            } else {
                guard c != ">", c != "%", c != "`", c != "\\", c.properties.generalCategory != .control else {
                    throw Problem(line: line, message: "raw U+\(String(c.value, radix: 16)) in label")
                }
                out.append(c)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }

    /// What a label should read back as: line breaks as `\n`, other controls (C0, DEL,
    /// C1) as U+FFFD. The Markdown report follows the same rule.
    static func expected(_ label: String) -> String {
        var out = String.UnicodeScalarView()
        var afterReturn = false
        for s in label.unicodeScalars {
            defer { afterReturn = s == "\r" }
            if s == "\r" { out.append("\n") } else if s == "\n" { if !afterReturn { out.append("\n") } }
            else if s == "\t" { out.append(s) }
            else if s.properties.generalCategory == .control { out.append("\u{FFFD}") }
            else { out.append(s) }
        }
        return String(out)
    }
}
