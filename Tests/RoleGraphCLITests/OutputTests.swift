import Foundation
import Testing
import RoleGraph

/// `make demo` writes Output/ from seeds/; rebuilding the graphs here must give the very
/// same DOT and JSON bytes, so the committed pictures and diagrams always match the code.
@Suite struct OutputTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seeds: [String] {
        let dir = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".html") }.sorted()
    }

    /// The graph as `rolegraph build seeds/NAME` reads it: evidence names the document by
    /// its path relative to the project root.
    static func graph(_ names: [String]) throws -> Graph {
        let extractor = try Extractor()
        var graph = Graph()
        for name in names {
            let text = try TextFile.read(root.appendingPathComponent("seeds/\(name)").path)
            let document = "seeds/\(name)"
            graph.merge(extractor.extract(text: text, document: document, format: TextFormat.guess(path: document, text: text)))
        }
        return graph
    }

    func expectSame(_ graph: Graph, folder: String) throws {
        let dir = Self.root.appendingPathComponent("Output/\(folder)")
        let dot = try String(contentsOf: dir.appendingPathComponent("graph.dot"), encoding: .utf8)
        let json = try String(contentsOf: dir.appendingPathComponent("graph.json"), encoding: .utf8)
        #expect(DOTWriter.write(graph) == dot, "Output/\(folder)/graph.dot is stale: run make demo")
        #expect(JSONGraphWriter.write(graph) == json, "Output/\(folder)/graph.json is stale: run make demo")
    }

    @Test func thereAreAtLeastThreeSeeds() {
        #expect(Self.seeds.count >= 3)
    }

    @Test func eachSeedRebuildsByteIdentically() throws {
        for seed in Self.seeds {
            let folder = String(seed[..<seed.lastIndex(of: ".")!])
            try expectSame(Self.graph([seed]), folder: folder)
        }
    }

    @Test func allSeedsTogetherRebuildByteIdentically() throws {
        try expectSame(Self.graph(Self.seeds), folder: "all")
    }

    @Test func committedPicturesAreRealRenderings() throws {
        let dir = Self.root.appendingPathComponent("Output/all")
        let png = try Data(contentsOf: dir.appendingPathComponent("graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let svg = try String(contentsOf: dir.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        let pdf = try Data(contentsOf: dir.appendingPathComponent("graph.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }
}
