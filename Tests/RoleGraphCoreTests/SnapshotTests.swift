import Foundation
import Testing
@testable import RoleGraphCore

@Suite struct SnapshotTests {
    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("rgx-\(getpid())-\(name)").path
    }

    func sample() -> CompactGraph {
        var g = chainGraph()
        g.add(Node(label: "Zoë\tTab", type: .person, aliases: ["Zo\\ë"], externalIDs: ["nm0000009"]))
        return CompactGraph(g)
    }

    @Test func roundTripKeepsEverything() throws {
        let c = sample()
        let path = temporaryPath("round.rgx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Snapshot.write(c, to: path)
        let r = try Snapshot.read(path)
        #expect(r.nodeCount == c.nodeCount && r.offsets == c.offsets && r.targets == c.targets && r.infos == c.infos)
        #expect(r.relations == c.relations)
        for v in 0..<Int32(c.nodeCount) {
            #expect(r.node(v) == c.node(v))
        }
        #expect(try r.resolve("zo\\ë") == c.index(ofID: "person/zoe-tab"))
        #expect(r.separation(from: c.index(ofID: "person/ann")!) == c.separation(from: c.index(ofID: "person/ann")!))
    }

    @Test func numberedNodesRoundTrip() throws {
        var b = CompactGraphBuilder()
        let p = b.imdbNode(.name, number: 102)
        let t = b.imdbNode(.title, number: 5)
        b.setLabel(p, "Kevin Bacon")
        b.addEdge(p, t, relation: b.relation(kind: .credit, name: "actor"))
        let path = temporaryPath("imdb.rgx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Snapshot.write(try b.build(), to: path)
        let r = try Snapshot.read(path)
        #expect(r.id(p) == "person/nm0000102" && r.label(p) == "Kevin Bacon" && r.label(t) == "tt0000005")
        #expect(r.edge(from: t, to: p) == Edge(source: "person/nm0000102", target: "work/tt0000005", kind: .credit, relation: "actor"))
    }

    /// Every truncation is refused with an error, and no damaged byte makes loading crash.
    @Test func truncatedOrDamagedFilesAreErrorsNotCrashes() throws {
        let data = Snapshot.encode(sample())
        let path = temporaryPath("bad.rgx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for length in stride(from: 0, to: data.count, by: 1) {
            try data.prefix(length).write(to: URL(fileURLWithPath: path))
            #expect(throws: SnapshotError.self) { try Snapshot.read(path) }
        }
        var refused = 0
        for i in stride(from: 0, to: data.count, by: 3) {
            var bad = data
            bad[i] ^= 0xA5
            try bad.write(to: URL(fileURLWithPath: path))
            do {
                let g = try Snapshot.read(path)
                // A damaged name or a swapped-but-valid index may still load; it must be usable.
                _ = g.connectedComponents()
                _ = (0..<Int32(g.nodeCount)).map(g.node)
            } catch {
                refused += 1
            }
        }
        #expect(refused > 0)
        try Data("{\"nodes\": []}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SnapshotError.notASnapshot(path)) { try Snapshot.read(path) }
        #expect(throws: SnapshotError.self) { try Snapshot.read(path + ".missing") }
    }
}
