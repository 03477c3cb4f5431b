import Testing
@testable import RoleGraphExtract

/// Shapes of text where a careless step costs time in the square of the input: one fact
/// stated thousands of times, thousands of people sharing one surname. The answers must
/// stay those of the rules (timing lives in `Benchmarks/`, see BENCHMARKS.md).
struct ScaleTests {
    let extractor = try! Extractor()

    @Test func aFactStatedInThousandsOfSentencesKeepsEveryStatement() throws {
        let text = String(repeating: "Ana Ruiz directed \u{201C}Blue Hour.\u{201D} ", count: 3000)
        let graph = extractor.extract(text: text, document: "d")
        let edge = try #require(graph.edges.first { $0.relation == "director" })
        #expect(edge.source == "person/ana-ruiz" && edge.target == "work/blue-hour")
        #expect(edge.evidence.count == 3000)
        #expect(zip(edge.evidence, edge.evidence.dropFirst()).allSatisfy { $0.start < $1.start })
    }

    @Test func thousandsOfPeopleSharingASurname() throws {
        // The first bearer, mentioned twice before any other is mentioned at all, is the
        // story's main person: every lone "Smith" after that is theirs.
        let count = 3000
        let text = (0..<count).map { "Ana\($0) Smith directed \u{201C}Film \($0).\u{201D} Smith said." }.joined(separator: " ")
        let graph = extractor.extract(text: text, document: "d")
        let people = graph.nodes.filter { $0.type == .person }
        #expect(people.count == count)
        #expect(graph.node("person/ana0-smith")?.mentions == count + 1)
        #expect(graph.node("person/ana1-smith")?.mentions == 1)
        #expect(graph.edges.filter { $0.relation == "director" }.count == count)
    }
}
