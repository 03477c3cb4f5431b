import Foundation
import Testing
@testable import RoleGraph

/// The query side of the command line: loading a graph JSON or a snapshot, and the JSON
/// answers CONTRACT.md fixes.
@Suite struct QueryTests {
    static let graphJSON = """
    {"format": "rolegraph/1", "directed": true, "multigraph": true, "graph": {},
     "nodes": [
      {"id": "person/ada", "label": "Ada Park", "type": "person", "aliases": ["Park"], "mentions": 1},
      {"id": "person/ben", "label": "Ben Ortiz", "type": "person", "aliases": [], "mentions": 1},
      {"id": "person/cy", "label": "Cy \\"Q\\" Lee", "type": "person", "aliases": [], "mentions": 1},
      {"id": "work/first", "label": "First Light", "type": "work", "work_type": "film", "aliases": [], "mentions": 1},
      {"id": "work/second", "label": "Second Wind", "type": "work", "aliases": [], "mentions": 1}
     ],
     "edges": [
      {"source": "person/ada", "target": "work/first", "kind": "credit", "relation": "director", "confidence": 0.9,
       "evidence": [{"document": "n.txt", "start": 4, "end": 40, "text": "Park directed First Light."}]},
      {"source": "person/ben", "target": "work/first", "kind": "credit", "relation": "actor", "confidence": 1, "evidence": []},
      {"source": "person/ben", "target": "work/second", "kind": "credit", "relation": "actor", "confidence": 1, "evidence": []},
      {"source": "person/cy", "target": "work/second", "kind": "credit", "relation": "composer", "confidence": 1, "evidence": []}
     ]}
    """

    func write(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("q-\(getpid())-\(name)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func pathFromGraphJSONCarriesRolesAndEvidence() throws {
        let q = try loadGraphForQuery(path: write(Self.graphJSON, "g.json"))
        let p = try #require(q.explainPath(from: q.resolve("park"), to: q.resolve("person/cy")))
        #expect(p.summary == "Ada Park (director) — First Light — Ben Ortiz (actor) — Second Wind — Cy \"Q\" Lee (composer)")
        let json = QueryJSON.path(p)
        #expect(json.hasPrefix("{\"length\": 4, \"nodes\": [{\"id\": \"person/ada\""))
        #expect(json.contains("\"text\": \"Park directed First Light.\""))
        #expect(json.contains("\"label\": \"Cy \\\"Q\\\" Lee\""))
        let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((back?["edges"] as? [Any])?.count == 4)
    }

    @Test func snapshotAnswersTheSameQueries() throws {
        let jsonPath = try write(Self.graphJSON, "s.json")
        let rgx = jsonPath + ".rgx"
        defer { try? FileManager.default.removeItem(atPath: rgx) }
        try Snapshot.write(loadGraphForIndex(paths: [jsonPath]), to: rgx)
        #expect(try queryInputKind(rgx) == .snapshot)
        let q = try loadGraphForQuery(path: rgx)
        let a = try q.resolve("Ada Park"), c = try q.resolve("cy \"q\" lee")
        let p = try #require(q.explainPath(from: a, to: c))
        #expect(p.nodes.map(\.id) == ["person/ada", "work/first", "person/ben", "work/second", "person/cy"])
        #expect(p.edges[0] == Edge(source: "person/ada", target: "work/first", kind: .credit, relation: "director"))
        #expect(QueryJSON.separation(from: "person/ada", q.compact.separation(from: a))
            == "{\"from\": \"person/ada\", \"histogram\": {\"0\": 1, \"1\": 1, \"2\": 1}, \"unreachable\": 0}\n")
    }

    @Test func inputsThatAreNotGraphsAreClearErrors() throws {
        let binary = try write("a\u{0}b", "b.txt")
        #expect(throws: InputError.binary(binary)) { try loadGraphForQuery(path: binary) }
        // Raw text is read by the extractor: words that name nobody give an empty graph.
        #expect(try loadGraphForQuery(path: write("plain words", "t.txt")).compact.nodeCount == 0)
        #expect(throws: GraphReadError.self) { try loadGraphForQuery(path: write("{\"nodes\": 3}", "bad.json")) }
        #expect(throws: InputError.missingFile("/nonexistent/g.json")) { try loadGraphForQuery(path: "/nonexistent/g.json") }
    }
}

@Suite struct NeighbourhoodQueryTests {
    @Test func egoGraphFromJSONAndFromSnapshotAgree() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("n-\(getpid()).json").path
        try Data(QueryTests.graphJSON.utf8).write(to: URL(fileURLWithPath: path))
        let rgx = path + ".rgx"
        defer { try? FileManager.default.removeItem(atPath: rgx) }
        try Snapshot.write(loadGraphForIndex(paths: [path]), to: rgx)
        let rich = try loadGraphForQuery(path: path), compact = try loadGraphForQuery(path: rgx)
        let a = rich.neighbourhood(of: try rich.resolve("Ben Ortiz"), hops: 1)
        let b = compact.neighbourhood(of: try compact.resolve("Ben Ortiz"), hops: 1)
        #expect(a.nodes.map(\.id) == ["person/ben", "work/first", "work/second"])
        #expect(b.nodes.map(\.id) == a.nodes.map(\.id))
        #expect(b.edges.map(\.key) == a.edges.map(\.key))
        #expect(rich.neighbourhood(of: try rich.resolve("Ben Ortiz"), hops: 2).nodeCount == 5)
        #expect(JSONGraphWriter.write(b).contains("\"relation\": \"actor\""))
    }
}
