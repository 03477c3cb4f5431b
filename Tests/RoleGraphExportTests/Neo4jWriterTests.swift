import Foundation
import Testing
@testable import RoleGraphExport

struct Neo4jWriterTests {
    /// Python's csv module, strict mode: a malformed quote is an error, not a guess.
    static let csvScript = """
        import csv, json, sys
        out = []
        for path in sys.argv[1:]:
            with open(path, newline="", encoding="utf-8") as f:
                out.append(list(csv.reader(f, strict=True)))
        json.dump(out, sys.stdout)
        """

    /// Reads CSV texts with Python's csv module, all in one process.
    static func readCSV(_ texts: [String]) throws -> [[[String]]] {
        let urls = try texts.map { try PythonReader.temporaryFile($0, suffix: ".csv") }
        defer { for url in urls { try? FileManager.default.removeItem(at: url) } }
        return try PythonReader.run(csvScript, arguments: urls.map(\.path)) as! [[[String]]]
    }

    @Test(.enabled(if: PythonReader.executable != nil, "needs python3 (its csv module reads the files)"))
    func pythonCSVReadsBothFiles() throws {
        let csv = Neo4jCSVWriter.write(Fixtures.credits)
        let files = try Self.readCSV([csv.nodes, csv.relationships])
        let nodes = files[0], relationships = files[1]
        #expect(nodes.first == Neo4jCSVWriter.nodeHeader)
        #expect(nodes.count == 4)
        #expect(nodes.allSatisfy { $0.count == Neo4jCSVWriter.nodeHeader.count })
        let person = try #require(nodes.first { $0[0] == Fixtures.personID })
        #expect(sameScalars(person[1], Fixtures.director))
        #expect(person[2] == "Entity;Person")
        #expect(person[4] == "")
        #expect(person[5] == "Ann;O'Neil")
        #expect(person[6] == "4")
        let film = try #require(nodes.first { $0[0] == Fixtures.filmID })
        // The carriage return inside the quoted field comes back; it is not a record end.
        #expect(sameScalars(film[1], Fixtures.film))
        #expect(film[4] == "film")
        #expect(sameScalars(try #require(nodes.first { $0[0] == Fixtures.studioID })[1], Fixtures.studio))

        #expect(relationships.first == Neo4jCSVWriter.relationshipHeader)
        #expect(relationships.count == 4)
        #expect(relationships.dropFirst().map { $0[2] }.sorted() == ["DIRECTOR", "FOUNDER", "PRODUCER"])
        let directed = try #require(relationships.first { $0[2] == "DIRECTOR" })
        #expect(directed[0] == Fixtures.personID && directed[1] == Fixtures.filmID)
        #expect(directed[3] == "credit" && directed[4] == "director")
        #expect(Double(directed[5]) == 0.85)
        #expect(directed[6] == "First | line\nsecond.")
        #expect(directed[7] == "a.txt" && directed[8] == "2")
    }

    @Test func headersFollowNeo4jAdminConventions() {
        let csv = Neo4jCSVWriter.write(Fixtures.credits)
        #expect(csv.nodes.hasPrefix("id:ID,name,:LABEL,"))
        #expect(csv.relationships.hasPrefix(":START_ID,:END_ID,:TYPE,"))
        #expect(Neo4jCSVWriter.nodeHeader.contains("mentions:int"))
        #expect(Neo4jCSVWriter.relationshipHeader.contains("confidence:double"))
        #expect(csv.nodes.hasSuffix("\r\n") && csv.relationships.hasSuffix("\r\n"))
    }

    @Test func fieldsAreQuotedAsRFC4180Says() {
        #expect(Neo4jCSVWriter.field("plain") == "plain")
        #expect(Neo4jCSVWriter.field("a,b") == "\"a,b\"")
        #expect(Neo4jCSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Neo4jCSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(Neo4jCSVWriter.field("") == "\"\"")
        #expect(Neo4jCSVWriter.field(nil) == "")
        #expect(Neo4jCSVWriter.field(" pad") == "\" pad\"")
    }

    @Test func relationshipTypesAreUpperSnakeCase() {
        func type(_ relation: String, _ kind: EdgeKind = .other) -> String {
            Neo4jSchema.relationshipType(Edge(source: "a", target: "b", kind: kind, relation: relation))
        }
        #expect(type("premiered_at") == "PREMIERED_AT")
        #expect(type("director of photography") == "DIRECTOR_OF_PHOTOGRAPHY")
        #expect(type("`--`", .credit) == "CREDIT")
        #expect(type("réalisatrice") == "RÉALISATRICE")
    }

    @Test func cypherStatementsHaveTheEmittedShapeAndLiteralsDecodeBack() throws {
        let script = CypherWriter.write(Fixtures.credits)
        let scanner = try CypherScanner(parsing: script)
        #expect(scanner.statements.count == 1 + 3 + 3)
        #expect(scanner.statements[0].skeleton.hasPrefix("CREATE CONSTRAINT"))
        let merges = scanner.statements.filter { $0.skeleton.hasPrefix("MERGE (n:Entity {id: S}) SET n:`") }
        #expect(merges.count == 3)
        let names = merges.map { $0.literals[1] }
        #expect(names.contains { sameScalars($0, Fixtures.director) })
        #expect(names.contains { sameScalars($0, Fixtures.film) })
        #expect(names.contains { sameScalars($0, Fixtures.studio) })
        let person = try #require(merges.first { $0.literals[0] == Fixtures.personID })
        #expect(person.skeleton.contains("n:`Person`"))
        #expect(person.skeleton.contains("n.aliases = [S, S]") && person.skeleton.contains("n.mentions = 4"))
        let links = scanner.statements.filter {
            $0.skeleton.hasPrefix("MATCH (a:Entity {id: S}), (b:Entity {id: S}) MERGE (a)-[r:`")
        }
        #expect(links.count == 3)
        let directed = try #require(links.first { $0.skeleton.contains("[r:`DIRECTOR` {kind: S, relation: S}]->(b)") })
        #expect(directed.literals.contains("First | line\nsecond."))
        #expect(directed.skeleton.contains("r.confidence = 0.85"))
    }

    @Test func cypherLiteralsEscapeEverythingOnOneLine() throws {
        let hostile = "it's \\ \"q\"\n\r\t\u{0}\u{1F}\u{2028}"
        let literal = CypherWriter.literal(hostile)
        #expect(!literal.contains("\n") && !literal.contains("\r"))
        #expect(literal == "'it\\'s \\\\ \"q\"\\n\\r\\t\\u0000\\u001F\\u2028'")
        let decoded = try CypherScanner.statement(Substring("RETURN \(literal);"), number: 1).literals
        #expect(decoded.count == 1 && sameScalars(decoded[0], hostile))
        #expect(CypherWriter.name("a`b") == "`a``b`")
    }
}
