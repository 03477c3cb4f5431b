import Foundation
import Testing
@testable import RoleGraphCore

/// Known facts about the real algs4 cast list (`../shared/data_real/movies.txt`, see its
/// README). The file is shared material outside the repository, so without it these
/// tests are skipped, and Swift Testing lists them as skipped.
@Suite struct MoviesDataTests {
    static let moviesPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data_real/movies.txt").standardized.path
    static let present = FileManager.default.fileExists(atPath: moviesPath)

    /// A minimal reader of `Title (year)/Last, First/...` lines: one work per line, one
    /// `actor` credit per performer. The full importer lives elsewhere; this one only
    /// needs to be right about the graph's shape.
    static func load() throws -> CompactGraph {
        let text = try String(contentsOfFile: moviesPath, encoding: .utf8)
        var b = CompactGraphBuilder()
        let actor = b.relation(kind: .credit, name: "actor")
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "/", omittingEmptySubsequences: true)
            guard let title = fields.first else { continue }
            let w = b.addNode(id: "work/" + title, label: String(title), type: .work)
            for name in fields.dropFirst() {
                b.addEdge(b.addNode(id: "person/" + name, label: String(name), type: .person), w, relation: actor)
            }
        }
        return try b.build()
    }

    @Test(.enabled(if: present, "needs ../shared/data_real/movies.txt"))
    func baconIsTwoStepsFromKidmanAndGrant() throws {
        let g = try Self.load()
        #expect(g.nodeCount == 119_429)
        let comp = g.connectedComponents()
        #expect(comp.count == 33)
        #expect(comp.sizes[comp.bySize[0]] == 118_774)
        let bacon = try g.resolve("Bacon, Kevin")
        for other in ["Kidman, Nicole", "Grant, Cary"] {
            let path = try #require(g.shortestPath(from: bacon, to: try g.resolve(other)))
            // person -> film -> person -> film -> person: 4 edges, 2 co-appearance steps.
            #expect(path.count - 1 == 4, "\(other)")
            #expect(path.map(g.type) == [.person, .work, .person, .work, .person])
        }
    }

    @Test(.enabled(if: present, "needs ../shared/data_real/movies.txt"))
    func baconNumberHistogram() throws {
        let g = try Self.load()
        let h = g.separation(from: try g.resolve("bacon, kevin"))
        #expect(h.counts == [1, 1324, 70717, 40862, 1591, 125])
        #expect(h.counts.reduce(0, +) + h.unreachable == 115_241)
    }
}
