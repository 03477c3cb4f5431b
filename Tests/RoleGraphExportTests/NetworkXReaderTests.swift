import Foundation
import Testing
@testable import RoleGraphExport

/// Each format read back by NetworkX, the reader most users of these files reach for.
/// Skipped (and listed as skipped) where python3 or networkx is missing; `.ci/run`
/// installs networkx so CI runs them.
@Suite(.enabled(if: PythonReader.hasNetworkX, "needs python3 with networkx (pip install networkx)"))
struct NetworkXReaderTests {
    /// Reads every file with NetworkX and prints, per file, the graph as plain JSON.
    static let script = """
        import json, sys
        import networkx as nx
        fmt, paths = sys.argv[1], sys.argv[2:]
        out = []
        for path in paths:
            if fmt == "graphml":
                g = nx.read_graphml(path)
            elif fmt == "gexf":
                g = nx.read_gexf(path)
            else:
                with open(path, encoding="utf-8") as f:
                    g = nx.node_link_graph(json.load(f), edges="edges")
            out.append({
                "directed": g.is_directed(),
                "multigraph": g.is_multigraph(),
                "nodes": {str(n): d for n, d in g.nodes(data=True)},
                "edges": [[str(u), str(v), d] for u, v, d in g.edges(data=True)],
            })
        json.dump(out, sys.stdout)
        """

    struct ReadGraph {
        var directed: Bool
        var multigraph: Bool
        var nodes: [String: [String: Any]]
        /// (source, target, attributes), sorted by source, target and relation.
        var edges: [(String, String, [String: Any])]

        func edge(_ source: String, _ target: String, _ relation: String) -> [String: Any]? {
            edges.first { $0.0 == source && $0.1 == target && $0.2["relation"] as? String == relation }?.2
        }
    }

    /// Writes each text to a file and reads them all in one Python process.
    static func read(_ texts: [String], format: String, suffix: String) throws -> [ReadGraph] {
        let urls = try texts.map { try PythonReader.temporaryFile($0, suffix: suffix) }
        defer { for url in urls { try? FileManager.default.removeItem(at: url) } }
        let result = try PythonReader.run(script, arguments: [format] + urls.map(\.path))
        return (result as! [[String: Any]]).map { g in
            let edges = (g["edges"] as! [[Any]]).map { ($0[0] as! String, $0[1] as! String, $0[2] as! [String: Any]) }
            return ReadGraph(
                directed: g["directed"] as! Bool,
                multigraph: g["multigraph"] as! Bool,
                nodes: g["nodes"] as! [String: [String: Any]],
                edges: edges.sorted { ($0.0, $0.1, $0.2["relation"] as? String ?? "") < ($1.0, $1.1, $1.2["relation"] as? String ?? "") }
            )
        }
    }

    @Test func graphMLReadsBackWithTypedAttributes() throws {
        let g = try #require(Self.read([GraphMLWriter.write(Fixtures.credits)], format: "graphml", suffix: ".graphml").first)
        #expect(g.directed && g.multigraph)
        #expect(g.nodes.count == 3)
        #expect(g.edges.count == 3)
        let person = try #require(g.nodes[Fixtures.personID])
        #expect(sameScalars(person["label"] as? String ?? "", Fixtures.director))
        #expect(person["type"] as? String == "person")
        #expect(person["aliases"] as? String == "Ann; O'Neil")
        #expect(person["external_ids"] as? String == "nm0000001")
        #expect(person["mentions"] as? Int == 4)
        let film = try #require(g.nodes[Fixtures.filmID])
        // The carriage return survives as a character reference; raw it would become \n.
        #expect(sameScalars(film["label"] as? String ?? "", Fixtures.film))
        #expect(film["work_type"] as? String == "film")
        #expect(sameScalars(g.nodes[Fixtures.studioID]?["label"] as? String ?? "", Fixtures.studio))
        let directed = try #require(g.edge(Fixtures.personID, Fixtures.filmID, "director"))
        #expect(directed["kind"] as? String == "credit")
        #expect(directed["label"] as? String == "director")
        #expect(directed["confidence"] as? Double == 0.85)
        #expect(directed["evidence"] as? String == "First | line\nsecond.")
        #expect(directed["evidence_document"] as? String == "a.txt")
        #expect(directed["evidence_count"] as? Int == 2)
        #expect(g.edge(Fixtures.personID, Fixtures.filmID, "producer")?["evidence_count"] as? Int == 0)
        #expect(g.edge(Fixtures.personID, Fixtures.studioID, "founder")?["kind"] as? String == "affiliation")
    }

    @Test func gexfReadsBackWithTypedAttributes() throws {
        let g = try #require(Self.read([GEXFWriter.write(Fixtures.credits)], format: "gexf", suffix: ".gexf").first)
        #expect(g.directed && g.multigraph)
        #expect(g.nodes.count == 3)
        #expect(g.edges.count == 3)
        let person = try #require(g.nodes[Fixtures.personID])
        #expect(sameScalars(person["label"] as? String ?? "", Fixtures.director))
        #expect(person["mentions"] as? Int == 4)
        #expect(person["aliases"] as? String == "Ann; O'Neil")
        let color = (person["viz"] as? [String: Any])?["color"] as? [String: Any]
        #expect(color?["r"] as? Int == Int(TypeColors.stroke(.person).r))
        #expect(color?["b"] as? Int == Int(TypeColors.stroke(.person).b))
        let film = try #require(g.nodes[Fixtures.filmID])
        // Labels are attributes here: tab, newline and return must travel as references.
        #expect(sameScalars(film["label"] as? String ?? "", Fixtures.film))
        #expect(film["work_type"] as? String == "film")
        let directed = try #require(g.edge(Fixtures.personID, Fixtures.filmID, "director"))
        #expect(directed["label"] as? String == "director")
        #expect(directed["weight"] as? Double == 0.85)
        #expect(directed["confidence"] as? Double == 0.85)
        #expect(directed["evidence"] as? String == "First | line\nsecond.")
        #expect(directed["evidence_count"] as? Int == 2)
        #expect(g.edge(Fixtures.personID, Fixtures.studioID, "founder")?["kind"] as? String == "affiliation")
    }

    @Test func jsonNodeLinkReadsBackWithEvidence() throws {
        let g = try #require(Self.read([JSONGraphWriter.write(Fixtures.credits)], format: "json", suffix: ".json").first)
        #expect(g.directed && g.multigraph)
        #expect(g.nodes.count == 3)
        #expect(g.edges.count == 3)
        let person = try #require(g.nodes[Fixtures.personID])
        #expect(sameScalars(person["label"] as? String ?? "", Fixtures.director))
        #expect(person["aliases"] as? [String] == ["Ann", "O'Neil"])
        #expect(sameScalars(g.nodes[Fixtures.filmID]?["label"] as? String ?? "", Fixtures.film))
        let directed = try #require(g.edge(Fixtures.personID, Fixtures.filmID, "director"))
        let evidence = try #require(directed["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["document"] as? String } == ["a.txt", "b.txt"])
        #expect(directed["confidence"] as? Double == 0.85)
    }

    @Test func emptyGraphReadsBackInEveryFormat() throws {
        let empty = Graph()
        for (text, format, suffix) in [
            (GraphMLWriter.write(empty), "graphml", ".graphml"),
            (GEXFWriter.write(empty), "gexf", ".gexf"),
            (JSONGraphWriter.write(empty), "json", ".json"),
        ] {
            let g = try #require(Self.read([text], format: format, suffix: suffix).first)
            #expect(g.nodes.isEmpty && g.edges.isEmpty, "\(format)")
        }
    }
}
