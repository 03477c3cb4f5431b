import Testing
@testable import RoleGraphExtract

/// "will stream on O1 in the US and on O2 elsewhere": each outlet distributes the work.
struct StreamOutletTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func twoOutletsJoinedByAndOn() {
        let g = graph("The fourth season of \"Ashfall\" will stream on Hulu in the United States and on Netflix in other markets.")
        #expect(edge(g, "Ashfall", "distributed_by", "Hulu"))
        #expect(edge(g, "Ashfall", "distributed_by", "Netflix"))
    }

    @Test func aLaterOutletNeedsAnd() {
        let g = graph("\"Ashfall\" streamed on Hulu, said Ana Ruiz of Netflix.")
        #expect(edge(g, "Ashfall", "distributed_by", "Hulu"))
        #expect(!edge(g, "Ashfall", "distributed_by", "Netflix"))
    }
}

extension StreamOutletTests {
    @Test func theTopicOfAStreamedFilmDoesNotStream() {
        let g = graph("A documentary about the making of \"Ashfall\" will stream on Hulu from March.")
        #expect(!edge(g, "Ashfall", "distributed_by", "Hulu"))
    }
}
