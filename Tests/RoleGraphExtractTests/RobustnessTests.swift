import Foundation
import Testing
@testable import RoleGraphExtract

/// Hostile inputs must give a result, not a crash or a hang. Sizes are kept moderate for
/// debug builds; the same inputs at 10 MB run through the release command line (see
/// BENCHMARKS.md), and every stage is linear, so nothing here depends on size.
struct RobustnessTests {
    let extractor = try! Extractor()

    @Test func textWithoutAnySentenceEndIsReadInBoundedPieces() {
        let text = String(repeating: "words and more words ", count: 100_000)   // 2 MB
        let lexicon = extractor.lexicon
        let source = Normalizer(lexicon: lexicon).normalize(text, format: .plain)
        let sentences = SentenceSplitter(lexicon: lexicon).split(source)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.maximumLength })
        #expect(extractor.extract(text: text, document: "d").isEmpty)
    }

    @Test func aMegabyteLongNameDoesNotBecomeAnEntity() {
        let text = String(repeating: "Alpha ", count: 180_000) + "said."
        let graph = extractor.extract(text: text, document: "d")
        #expect(graph.nodes.allSatisfy { $0.label.unicodeScalars.count < 10_000 })
    }

    @Test func thousandsOfQuoteMarks() {
        let text = String(repeating: "\"\u{201C}\u{2018} Rust\u{201D} ' ", count: 20_000)
        let graph = extractor.extract(text: text, document: "d")
        #expect(graph.edgeCount == 0)
    }

    @Test func bidiMarksDoNotHideNamesOrSentenceEnds() throws {
        let text = String(repeating: "\u{200F}Director \u{202B}Ana Ruiz\u{202C} made \u{201C}Blue Hour.\u{201D}\u{200E} ", count: 200)
        let graph = extractor.extract(text: text, document: "d")
        let edge = try #require(graph.edges.first { $0.relation == "director" })
        #expect(edge.source == "person/ana-ruiz" && edge.target == "work/blue-hour")
        #expect(edge.evidence.count == 200)
    }

    @Test func htmlWithUnclosedTagsAndStrayAmpersands() {
        let html = "<p>" + String(repeating: "a < b & c &#0; &#x110000; &bogus; ", count: 20_000)
        let graph = extractor.extract(text: html, document: "d.html", format: .html)
        #expect(graph.isEmpty)
    }

    @Test func markdownWithUnbalancedMarkers() {
        let md = String(repeating: "*_[`](x **", count: 20_000)
        #expect(extractor.extract(text: md, document: "d.md", format: .markdown).isEmpty)
    }

    @Test func emptyAndWhitespaceOnlyText() {
        #expect(extractor.extract(text: "", document: "d").isEmpty)
        #expect(extractor.extract(text: " \n\n\t ", document: "d").isEmpty)
    }

    @Test func nulAndInvalidUTF8AreRejectedBeforeExtraction() {
        #expect(throws: InputError.binary("x")) { try TextFile.decode([65, 0, 66], name: "x") }
        #expect(throws: InputError.invalidUTF8("x", byteOffset: 1)) { try TextFile.decode([65, 0xFF], name: "x") }
    }
}
