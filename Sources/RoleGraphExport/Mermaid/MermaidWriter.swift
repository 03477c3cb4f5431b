/// Writes a graph as a Mermaid `flowchart` for Markdown documentation.
///
/// Nodes get synthetic ids `n1`, `n2`, ... in id order, so no name can collide with
/// Mermaid's keywords (`end`, `subgraph`, ...) or start an arrow (`o`, `x`). Every label
/// is double-quoted and written with Mermaid's entity codes for the characters its syntax
/// or the HTML it renders to would read: `"` → `#quot;`, `#` → `#35;`, `&`, `<`, `>`,
/// backtick, backslash and `%` likewise, tab → `#9;`. Line breaks become `<br>`, the only raw markup
/// in a label. Other control characters (C0, DEL, C1) become U+FFFD. Shapes tell the type: person
/// `([stadium])`, work `[rectangle]`, organization `{{hexagon}}`, place `[/parallelogram/]`,
/// event `((circle))`; each edge is labelled with its relation.
///
/// Mermaid refuses diagrams longer than its `maxTextSize` setting (50,000 characters by
/// default); a big graph needs that setting raised, or a focused subgraph.
public enum MermaidWriter {
    public enum Direction: String, Sendable, CaseIterable {
        case leftToRight = "LR"
        case rightToLeft = "RL"
        case topToBottom = "TB"
        case bottomToTop = "BT"
    }

    /// - Complexity: O(V log V + E log E) plus the size of the text.
    public static func write(_ graph: Graph, direction: Direction = .leftToRight) -> String {
        let nodes = graph.nodes
        var ids: [String: String] = [:]
        ids.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() { ids[node.id] = "n\(index + 1)" }

        var out = "flowchart \(direction.rawValue)\n"
        for node in nodes {
            let (open, close) = shape(node.type)
            out += "    \(ids[node.id]!)\(open)\(quoted(node.label))\(close)\n"
        }
        for edge in graph.edges {
            out += "    \(ids[edge.source]!) -->|\(quoted(edge.relation))| \(ids[edge.target]!)\n"
        }
        for type in EntityType.allCases {
            let members = nodes.filter { $0.type == type }.map { ids[$0.id]! }
            guard !members.isEmpty else { continue }
            out += "    classDef \(type.rawValue) \(style(type))\n"
            out += "    class \(members.joined(separator: ",")) \(type.rawValue)\n"
        }
        return out
    }

    /// The opening and closing brackets of the shape for a type (the quotes go between).
    public static func shape(_ type: EntityType) -> (String, String) {
        switch type {
        case .person: ("([", "])")
        case .work: ("[", "]")
        case .organization: ("{{", "}}")
        case .place: ("[/", "/]")
        case .event: ("((", "))")
        }
    }

    /// `text` as a double-quoted Mermaid string, escaped as described above.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "`": out += "#96;"
            // Mermaid documents no backslash escapes; coding it keeps any renderer from guessing.
            case "\\": out += "#92;"
            // `%%{ ... }%%` is a directive wherever Mermaid finds it.
            case "%": out += "#37;"
            case "\t": out += "#9;"
            case "\r": out += "<br>"
            case "\n": if !afterReturn { out += "<br>" }
            default:
                let isControl = scalar.properties.generalCategory == .control
                out.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
            }
        }
        return out + "\""
    }

    private static func style(_ type: EntityType) -> String {
        "fill:\(TypeColors.fill(type).hex),stroke:\(TypeColors.stroke(type).hex)"
    }
}
