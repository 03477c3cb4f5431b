import RoleGraphExport

/// SplitMix64: a tiny seeded generator, so every run of the property tests sees the same
/// graphs and a failure names the seed that reproduces it.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Names built to break exporters: quoting and escaping characters of every format
/// (DOT, XML, CSV, Cypher, Mermaid, Markdown), line breaks of three kinds, NUL and other
/// controls, bidi overrides, keywords, emoji sequences, combining marks, and now and then
/// a label of 100 KB.
enum HostileNames {
    static let pieces: [String] = [
        "\"", "'", "\\", "\\\"", "\n", "\r\n", "\r", "\t", "<", ">", "&", "<>&", "&amp;", "]]>",
        "\\N", "\\n", "\u{0}", "\u{1}", "\u{1B}[31m", "\u{7F}", "\u{202E}", "\u{200F}", "\u{FEFF}",
        "\u{2028}", "\u{85}", "\u{FFFF}", " ", "  ", "graph", "digraph", "node", "edge", "subgraph",
        "strict", "--", "->", "{", "}", "[", "]", "end", "%%{init: {}}%%", "#quot;", "#35;", "<br>",
        "`", "|", ",", ";", "*", "_", "$", "%", "@", "://", "👩‍👩‍👧", "🇫🇷", "🎬", "e\u{301}",
        "Z\u{335}\u{321}\u{32E}", "\u{0301}", "名前", "اسم", "Ünïcødé", "Ann", "O'Neil", "MATCH (n)",
        "`DROP`", "=", "\u{2603}",
    ]

    static func name(_ random: inout SeededRandom, huge: Bool = false) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            out += pieces.randomElement(using: &random)!
        }
        if huge {
            // About 100 KB of text with hostile pieces spread through it.
            var big = ""
            while big.utf8.count < 100_000 {
                big += "Lorem ipsum dolor sit amet "
                big += pieces.randomElement(using: &random)!
            }
            out += big
        }
        return out
    }

    /// A graph of 3 to 8 nodes and up to 10 edges whose labels, ids, relations and
    /// evidence are hostile. Ids keep an index so that no replacement can merge two.
    static func graph(seed: UInt64) -> Graph {
        var random = SeededRandom(seed: seed)
        var g = Graph()
        var ids: [String] = []
        let nodeCount = Int.random(in: 3...8, using: &random)
        let hugeIndex = seed % 10 == 0 ? Int.random(in: 0..<nodeCount, using: &random) : -1
        for i in 0..<nodeCount {
            let type = EntityType.allCases.randomElement(using: &random)!
            let id = "\(type.rawValue)/\(i)" + name(&random)
            let aliases = (0..<Int.random(in: 0...2, using: &random)).map { _ in name(&random) }
            let workType = type == .work ? name(&random) : nil
            g.add(Node(id: id, label: name(&random, huge: i == hugeIndex), type: type, workType: workType,
                       aliases: aliases, mentions: Int.random(in: 1...50, using: &random)))
            ids.append(id)
        }
        for _ in 0..<Int.random(in: 0...10, using: &random) {
            let evidence = (0..<Int.random(in: 0...2, using: &random)).map { k in
                Evidence(document: name(&random), start: k, end: k + 1, text: name(&random))
            }
            g.add(Edge(source: ids.randomElement(using: &random)!, target: ids.randomElement(using: &random)!,
                       kind: EdgeKind.allCases.randomElement(using: &random)!, relation: name(&random),
                       confidence: Double(Int.random(in: 0...100, using: &random)) / 100, evidence: evidence))
        }
        return g
    }

    static let seeds: [UInt64] = Array(0..<50)
    static let graphs: [Graph] = seeds.map(graph(seed:))
}
