import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RoleGraphExport

/// Every exporter's output for 50 seeded graphs of hostile names goes to that format's
/// reader, one reader process per format; the names must come back as they went in,
/// except where a format cannot carry a character and the writer documents what it
/// writes instead (XML: U+FFFD; Mermaid and Markdown: `<br>` and U+FFFD).
struct HostileNamesPropertyTests {
    static let graphs = HostileNames.graphs

    /// (source, target, kind, relation, first evidence) of every edge, sorted, as a
    /// reader that maps text through `text` should give them back.
    static func expectedEdges(_ g: Graph, _ text: (String) -> String) -> [[String]] {
        g.edges.map { [text($0.source), text($0.target), $0.kind.rawValue, text($0.relation),
                       text($0.evidence.first?.text ?? "")] }.sorted(by: lexicographic)
    }

    static func lexicographic(_ a: [String], _ b: [String]) -> Bool {
        a.lexicographicallyPrecedes(b) { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    static func same(_ a: [[String]], _ b: [[String]]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.count == y.count && zip(x, y).allSatisfy { sameScalars($0, $1) }
        }
    }

    @Test(.enabled(if: PythonReader.hasNetworkX, "needs python3 with networkx (pip install networkx)"),
          arguments: ["graphml", "gexf", "json"])
    func networkXReadsEveryExport(format: String) throws {
        let texts = Self.graphs.map { g in
            switch format {
            case "graphml": GraphMLWriter.write(g)
            case "gexf": GEXFWriter.write(g)
            default: JSONGraphWriter.write(g)
            }
        }
        let read = try NetworkXReaderTests.read(texts, format: format, suffix: ".\(format)")
        // What the reader gives back for a text: JSON carries everything, XML not all.
        func map(_ text: String) -> String { format == "json" ? text : XMLText.readBack(text) }
        for (seed, (g, r)) in zip(HostileNames.seeds, zip(Self.graphs, read)) {
            #expect(r.nodes.count == g.nodeCount, "seed \(seed)")
            for node in g.nodes {
                let label = r.nodes[map(node.id)]?["label"] as? String ?? "<missing>"
                #expect(sameScalars(label, map(node.label)), "seed \(seed) node \(node.id.debugDescription)")
            }
            let edges = r.edges.map { (edge: (String, String, [String: Any])) -> [String] in
                let (s, t, d) = edge
                let evidence: String
                if format == "json" {
                    evidence = ((d["evidence"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
                } else {
                    evidence = d["evidence"] as? String ?? ""
                }
                return [s, t, d["kind"] as? String ?? "", d["relation"] as? String ?? "", evidence]
            }.sorted(by: Self.lexicographic)
            #expect(Self.same(edges, Self.expectedEdges(g, { map($0) })), "seed \(seed)")
        }
    }

    @Test(.enabled(if: PythonReader.executable != nil, "needs python3 (its csv module reads the files)"))
    func pythonCSVReadsEveryNeo4jExport() throws {
        let csv = Self.graphs.map(Neo4jCSVWriter.write)
        let read = try Neo4jWriterTests.readCSV(csv.flatMap { [$0.nodes, $0.relationships] })
        for (index, g) in Self.graphs.enumerated() {
            let nodes = read[2 * index], relationships = read[2 * index + 1]
            #expect(nodes.count == g.nodeCount + 1, "seed \(index)")
            #expect(relationships.count == g.edgeCount + 1, "seed \(index)")
            for (node, row) in zip(g.nodes, nodes.dropFirst()) {
                #expect(row.count == Neo4jCSVWriter.nodeHeader.count && sameScalars(row[0], node.id)
                        && sameScalars(row[1], node.label), "seed \(index) node \(node.id.debugDescription)")
            }
            for (edge, row) in zip(g.edges, relationships.dropFirst()) {
                let evidence = edge.evidence.first?.text ?? ""
                #expect(row.count == Neo4jCSVWriter.relationshipHeader.count
                        && Self.same([[row[0], row[1], row[2], row[4], row[6]]],
                                     [[edge.source, edge.target, Neo4jSchema.relationshipType(edge), edge.relation, evidence]]),
                        "seed \(index)")
            }
        }
    }

    @Test(.enabled(if: MarkdownReader.isAvailable, "needs python3 with markdown-it-py (pip install markdown-it-py)"))
    func markdownItReadsEveryReport() throws {
        let docs = try MarkdownReader.read(Self.graphs.map { MarkdownReportWriter.write($0, diagram: nil) })
        for (index, (g, doc)) in zip(Self.graphs, docs).enumerated() {
            #expect(doc.other.isEmpty, "seed \(index): \(doc.other.prefix(3))")
            #expect(doc.fences.first?.content == MermaidWriter.write(g), "seed \(index)")
            let rows = doc.rows.dropFirst()
            #expect(rows.count == g.edgeCount, "seed \(index)")
            for (edge, row) in zip(g.edges, rows) {
                let expected = [g.node(edge.source)!.label, edge.relation, g.node(edge.target)!.label,
                                edge.evidence.first?.text ?? ""].map(MermaidSyntax.expected)
                #expect(Self.same([Array(row.prefix(4))], [expected]), "seed \(index)")
            }
        }
    }

    @Test func mermaidCheckerAcceptsEveryDiagram() throws {
        for (index, g) in Self.graphs.enumerated() {
            let parsed = try MermaidSyntax(parsing: MermaidWriter.write(g))
            let expected = g.nodes.map { MermaidSyntax.expected($0.label) }
            let read = (1...g.nodeCount).map { parsed.labels["n\($0)"] ?? "" }
            #expect(Self.same([read], [expected]), "seed \(index)")
            #expect(parsed.edges.count == g.edgeCount, "seed \(index)")
            #expect(Self.same([parsed.edges.map(\.1)], [g.edges.map { MermaidSyntax.expected($0.relation) }]), "seed \(index)")
        }
    }

    @Test func cypherScannerDecodesEveryScript() throws {
        for (index, g) in Self.graphs.enumerated() {
            let scanner = try CypherScanner(parsing: CypherWriter.write(g))
            #expect(scanner.statements.count == 1 + g.nodeCount + g.edgeCount, "seed \(index)")
            let merges = scanner.statements.dropFirst().prefix(g.nodeCount)
            for (node, statement) in zip(g.nodes, merges) {
                #expect(statement.skeleton.hasPrefix("MERGE (n:Entity {id: S}) SET n:`"))
                #expect(Self.same([Array(statement.literals.prefix(2))], [[node.id, node.label]]), "seed \(index)")
            }
            for (edge, statement) in zip(g.edges, scanner.statements.suffix(g.edgeCount)) {
                #expect(statement.skeleton.contains("MERGE (a)-[r:`\(Neo4jSchema.relationshipType(edge))` {kind: S, relation: S}]->(b)"))
                #expect(Self.same([Array(statement.literals.prefix(4))],
                                  [[edge.source, edge.target, edge.kind.rawValue, edge.relation]]), "seed \(index)")
            }
        }
    }

    @Test func foundationXMLParsesEveryGraphMLAndGEXF() throws {
        for (index, g) in Self.graphs.enumerated() {
            let graphML = try XMLWritersTests.parse(GraphMLWriter.write(g))
            let gexf = try XMLWritersTests.parse(GEXFWriter.write(g))
            for node in g.nodes {
                let label = XMLText.readBack(node.label)
                #expect(graphML.texts.contains { sameScalars($0, label) }, "seed \(index)")
                #expect(gexf.attributes.contains { sameScalars($0, label) }, "seed \(index)")
            }
        }
    }

    @Test func generatorIsDeterministicAndHostile() {
        let again = HostileNames.graph(seed: 7)
        #expect(JSONGraphWriter.write(again) == JSONGraphWriter.write(Self.graphs[7]))
        let labels = Self.graphs.flatMap(\.nodes).map(\.label)
        #expect(labels.contains { $0.utf8.count >= 100_000 })
        #expect(labels.contains { $0.contains("\u{0}") })
        #expect(labels.contains { $0.hasSuffix("\\") })
        #expect(labels.contains { $0.contains("\u{202E}") })
    }
}
