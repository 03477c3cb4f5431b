import RoleGraphCore

/// Small graphs written for the tests: a film with two people (one of them with two
/// roles), a series, an organization and a place.
public enum Samples {
    public static func ev(_ text: String, _ start: Int = 0) -> [Evidence] {
        [Evidence(document: "test.txt", start: start, end: start + text.unicodeScalars.count, text: text)]
    }

    public static func film() -> Graph {
        var g = Graph()
        g.add(Node(label: "Ada Park", type: .person, aliases: ["Park"]))
        g.add(Node(label: "Ben Cole", type: .person))
        g.add(Node(label: "Cy Dunn", type: .person))
        g.add(Node(label: "Night Road", type: .work, workType: "film"))
        g.add(Node(label: "Harbour Lights", type: .work, workType: "series"))
        g.add(Node(label: "Lumen Studios", type: .organization))
        g.add(Node(label: "Lisbon", type: .place))
        g.add(Edge(source: "person/ada-park", target: "work/night-road", kind: .credit, relation: "director",
                   evidence: ev("Ada Park directed Night Road.")))
        g.add(Edge(source: "person/ada-park", target: "work/night-road", kind: .credit, relation: "producer",
                   evidence: ev("Park also produced it.", 40)))
        g.add(Edge(source: "person/ben-cole", target: "work/night-road", kind: .credit, relation: "actor",
                   evidence: ev("Ben Cole stars in Night Road.", 80)))
        g.add(Edge(source: "person/ben-cole", target: "work/harbour-lights", kind: .credit, relation: "actor",
                   evidence: ev("Cole later joined Harbour Lights.", 120)))
        g.add(Edge(source: "person/cy-dunn", target: "work/harbour-lights", kind: .credit, relation: "showrunner"))
        g.add(Edge(source: "person/ada-park", target: "organization/lumen-studios", kind: .affiliation, relation: "founder"))
        g.add(Edge(source: "work/night-road", target: "place/lisbon", kind: .other, relation: "premiered_at"))
        return g
    }

    /// Names a DOT writer must survive.
    public static let hostileNames: [String] = [
        "Ann \"Q\" O'Neil", "back\\slash", "trailing\\", "\\", "\\\\", "two\nlines", "crlf\r\nline",
        "<b>bold</b> & co", "&amp; literal", "\\N \\G \\E \\T \\H \\L \\n", "nul\u{0}inside",
        "bell\u{7}", "tab\there", "\u{202E}rtl override\u{200F}", "שלום עולם", "node", "EDGE", "Graph",
        "digraph", "strict", "subgraph", "-1.5", "123", "a;b", "a{b}c", "[x=y]", "//comment", "/* c */",
        "#hash", "-> arrow", "\"", "\"\"", "'", "", " ", "emoji 🎬🎥", "ends with quote\"",
        String(repeating: "long name ", count: 10_000) + "\\",
    ]

    public static func hostile() -> Graph {
        var g = Graph()
        g.add(Node(id: "work/w", label: "W", type: .work))
        for (i, name) in hostileNames.enumerated() {
            g.add(Node(id: "person/h\(i)", label: name, type: .person, aliases: [name + "!"]))
            g.add(Edge(source: "person/h\(i)", target: "work/w", kind: .credit, relation: name.isEmpty ? "x" : name,
                       evidence: ev(name)))
        }
        return g
    }
}
