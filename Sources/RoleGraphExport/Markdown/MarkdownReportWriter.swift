/// Writes a Markdown report for documentation: a title, the diagram, then a table of
/// every fact with its relation and the sentence it was read from.
///
/// The diagram is an image link when `diagram` names a rendered file (a path or URL,
/// e.g. `graph.svg`), otherwise the Mermaid flowchart in a ```` ```mermaid ```` block.
/// Table cells escape every ASCII punctuation character with a backslash (CommonMark
/// allows that for all of them), so names render as written: a pipe cannot end a cell,
/// a `*` cannot start emphasis, `<` cannot open a tag. Line breaks become `<br>`;
/// whitespace at the ends of a cell, which a table would trim, becomes a character
/// reference; other control characters (C0, DEL, C1) become U+FFFD.
public enum MarkdownReportWriter {
    /// - Complexity: O(V log V + E log E) plus the size of the text.
    public static func write(_ graph: Graph, diagram: String?, title: String = "RoleGraph report") -> String {
        var out = "# \(inline(title))\n\n"
        out += summary(graph) + "\n\n## Diagram\n\n"
        if let diagram {
            out += "![Diagram of the graph](\(destination(diagram)))\n\n"
        } else {
            // Mermaid text never holds a backtick (it is written #96;), so the fence is safe.
            out += "```mermaid\n" + MermaidWriter.write(graph) + "```\n\n"
        }
        out += "## Facts\n\n"
        guard graph.edgeCount > 0 else { return out + "No facts.\n" }
        out += "| From | Relation | To | Evidence | Source |\n| --- | --- | --- | --- | --- |\n"
        for edge in graph.edges {
            let from = graph.node(edge.source)?.label ?? edge.source
            let to = graph.node(edge.target)?.label ?? edge.target
            let first = FlatFields.firstEvidence(edge)
            var source = first.map { "\($0.document):\($0.start)-\($0.end)" } ?? ""
            if edge.evidence.count > 1 { source += " (+\(edge.evidence.count - 1) more)" }
            let cells = [from, edge.relation, to, first?.text ?? "", source]
            out += "| " + cells.map(inline).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Text escaped to render as itself inside a heading or a table cell.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func inline(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, scalar) in scalars.enumerated() {
            let atEdge = index == 0 || index == scalars.count - 1
            switch scalar {
            case "\r":
                out += "<br>"
            case "\n":
                if index == 0 || scalars[index - 1] != "\r" { out += "<br>" }
            // HTML gives no character for a reference to a control (bar tab), so controls
            // are replaced before whitespace at the edges is written as a reference.
            case _ where scalar != "\t" && scalar.properties.generalCategory == .control:
                out += "\u{FFFD}"
            case _ where atEdge && (scalar.properties.isWhitespace || scalar == "\u{FEFF}"):
                out += "&#\(scalar.value);"
            case _ where scalar.isASCII && isPunctuation(scalar):
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func summary(_ graph: Graph) -> String {
        var counts: [EntityType: Int] = [:]
        for node in graph.nodes { counts[node.type, default: 0] += 1 }
        let parts = EntityType.allCases.compactMap { type in
            counts[type].map { "\($0) \(type.rawValue)\($0 == 1 ? "" : "s")" }
        }
        let entities = "\(graph.nodeCount) \(graph.nodeCount == 1 ? "entity" : "entities")"
        let facts = "\(graph.edgeCount) \(graph.edgeCount == 1 ? "fact" : "facts")"
        return parts.isEmpty ? "\(entities), \(facts)." : "\(entities) (\(parts.joined(separator: ", "))), \(facts)."
    }

    /// A link destination in angle brackets, with what would end it percent-encoded.
    private static func destination(_ path: String) -> String {
        var out = "<"
        for scalar in path.unicodeScalars {
            if scalar == "<" || scalar == ">" || scalar == "%" || scalar == "\\" || scalar == " "
                || scalar.value < 0x20 || scalar.value == 0x7F {
                for byte in String(scalar).utf8 {
                    let hex = String(byte, radix: 16, uppercase: true)
                    out += "%" + (hex.count == 1 ? "0" : "") + hex
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }
}
