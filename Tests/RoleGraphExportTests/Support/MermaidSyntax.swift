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
            var rest = Substring(line.dropFirst(4))
            if rest.hasPrefix("classDef ") {
                let parts = rest.split(separator: " ")
                guard parts.count == 3, parts[1].allSatisfy({ $0.isASCII && $0.isLetter }),
                      parts[2].split(separator: ",").allSatisfy({ $0.wholeMatch(of: /[a-z-]+:#[0-9a-f]{6}/) != nil })
                else { throw Problem(line: number, message: "bad classDef") }
                continue
            }
            if rest.hasPrefix("class ") {
                let parts = rest.split(separator: " ")
                guard parts.count == 3 else { throw Problem(line: number, message: "bad class") }
                for id in parts[1].split(separator: ",") {
                    try Self.checkID(String(id), line: number)
                    classes[String(id)] = String(parts[2])
                }
                continue
            }
            let from = try Self.takeID(&rest, line: number)
            if rest.hasPrefix(" -->|\"") {
                rest = rest.dropFirst(6)
                let relation = try Self.takeQuoted(&rest, line: number)
                guard rest.hasPrefix("| ") else { throw Problem(line: number, message: "edge label not closed") }
                rest = rest.dropFirst(2)
                let to = try Self.takeID(&rest, line: number)
                guard rest.isEmpty else { throw Problem(line: number, message: "text after edge") }
                guard labels[from] != nil, labels[to] != nil else {
                    throw Problem(line: number, message: "edge before its nodes")
                }
                edges.append((from, relation, to))
                continue
            }
            guard let shape = Self.shapes.first(where: { rest.hasPrefix($0.open + "\"") }) else {
                throw Problem(line: number, message: "unknown statement")
            }
            rest = rest.dropFirst(shape.open.count + 1)
            let label = try Self.takeQuoted(&rest, line: number)
            guard rest == shape.close else { throw Problem(line: number, message: "shape \(shape.open) not closed") }
            guard labels[from] == nil else { throw Problem(line: number, message: "node \(from) twice") }
            labels[from] = label
        }
    }

    static func checkID(_ id: String, line: Int) throws {
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              id.lowercased() != "end", !id.hasPrefix("o"), !id.hasPrefix("x")
        else { throw Problem(line: line, message: "bad id \(id)") }
    }

    static func takeID(_ rest: inout Substring, line: Int) throws -> String {
        let id = String(rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) })
        try checkID(id, line: line)
        rest = rest.dropFirst(id.count)
        return id
    }

    /// Reads up to the closing quote (the opening one already consumed) and decodes.
    static func takeQuoted(_ rest: inout Substring, line: Int) throws -> String {
        guard let end = rest.firstIndex(of: "\"") else { throw Problem(line: line, message: "unclosed quote") }
        let raw = rest[..<end]
        rest = rest[rest.index(after: end)...]
        return try decode(raw, line: line)
    }

    static func decode(_ raw: Substring, line: Int) throws -> String {
        var out = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars[...]
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
                guard c != ">", c != "%", c != "`", c != "\\", c.value >= 0x20, c.value != 0x7F else {
                    throw Problem(line: line, message: "raw U+\(String(c.value, radix: 16)) in label")
                }
                out.append(c)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }

    /// What a label should read back as: line breaks as `\n`, controls as U+FFFD.
    static func expected(_ label: String) -> String {
        var out = String.UnicodeScalarView()
        var afterReturn = false
        for s in label.unicodeScalars {
            defer { afterReturn = s == "\r" }
            if s == "\r" { out.append("\n") } else if s == "\n" { if !afterReturn { out.append("\n") } }
            else if s == "\t" { out.append(s) }
            else if s.value < 0x20 || s.value == 0x7F { out.append("\u{FFFD}") }
            else { out.append(s) }
        }
        return String(out)
    }
}
