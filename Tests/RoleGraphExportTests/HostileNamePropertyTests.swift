import Foundation
import Testing
import RoleGraphRender
@testable import RoleGraphExport

/// Names built at random from the pieces that break naive writers; every DOT and JSON
/// output must be read back by the real reader with the same names.
@Suite struct HostileNamePropertyTests {
    static let pieces: [String] = [
        "\"", "\\", "\\\\", "\n", "\r\n", "\t", "<", ">", "&", "&amp;", "&#45;", "\\N", "\\G", "\\l", "\u{0}",
        "\u{1B}", "\u{7F}", "\u{200F}", "\u{202E}", "\u{2028}", "שלום", "名前", "🎬", "node", "Edge", "digraph",
        "strict", "-", "->", "--", "{", "}", "[", "]", ";", ",", "=", "//", "/*", "*/", "#", " ", "a", "Z", "0",
        "1.5", "%", "{label}",
    ]

    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func name() -> String {
            (0..<next(8)).map { _ in HostileNamePropertyTests.pieces[next(HostileNamePropertyTests.pieces.count)] }.joined()
        }
    }

    static func randomGraph(seed: UInt64) -> (Graph, [String: String]) {
        var generator = Generator(state: seed)
        var graph = Graph()
        var labels: [String: String] = [:]
        for i in 0..<40 {
            let label = generator.name()
            let type: EntityType = i % 3 == 0 ? .work : .person
            let id = "\(type.rawValue)/x\(i)"
            labels[id] = label
            graph.add(Node(id: id, label: label, type: type, workType: i % 3 == 0 ? generator.name() : nil,
                           aliases: [generator.name()]))
        }
        for i in stride(from: 1, to: 40, by: 3) {
            let work = "work/x\((i / 3) * 3)"
            graph.add(Edge(source: "person/x\(i)", target: work, kind: .credit, relation: generator.name(),
                           evidence: [Evidence(document: generator.name(), start: i, end: i + 5, text: generator.name())]))
        }
        return (graph, labels)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func dotOutputParsesWithEveryLabelIntact(seed: UInt64) throws {
        let graphviz = try Graphviz()
        let (graph, labels) = Self.randomGraph(seed: seed)
        for view in DOTOptions.View.allCases {
            let dot = DOTWriter.write(graph, options: .init(view: view, clusters: .work, urlTemplate: "u/{label}"))
            let parsed = try graphviz.parse(dot: dot)
            for node in parsed.nodes {
                guard let id = node.attributes["id"], let label = labels[id] else { continue }
                #expect(DOTText.displayed(node.attributes["label"] ?? "") == DOTText.visible(label), "seed \(seed) \(view) \(id)")
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func jsonOutputReadsBackIdentically(seed: UInt64) throws {
        let (graph, _) = Self.randomGraph(seed: seed)
        let text = JSONGraphWriter.write(graph)
        let read = try JSONGraphReader.read(Array(text.utf8), name: "seed\(seed).json")
        #expect(read.nodes == graph.nodes)
        #expect(read.edges == graph.edges)
        #expect(JSONGraphWriter.write(read) == text)
    }
}
