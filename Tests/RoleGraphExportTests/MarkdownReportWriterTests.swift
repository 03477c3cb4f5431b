import Testing
@testable import RoleGraphExport

struct MarkdownReportWriterTests {
    @Test(.enabled(if: MarkdownReader.isAvailable, "needs python3 with markdown-it-py (pip install markdown-it-py)"))
    func markdownItReadsTheTableAndTheDiagram() throws {
        let report = MarkdownReportWriter.write(Fixtures.credits, diagram: nil)
        let doc = try #require(MarkdownReader.read([report]).first)
        #expect(doc.other.isEmpty, "unexpected markup: \(doc.other)")
        #expect(doc.headings == ["RoleGraph report", "Diagram", "Facts"])
        #expect(doc.fences.count == 1)
        #expect(doc.fences.first?.info == "mermaid")
        #expect(doc.fences.first?.content == MermaidWriter.write(Fixtures.credits))
        #expect(doc.rows.count == 4)
        #expect(doc.rows.first == ["From", "Relation", "To", "Evidence", "Source"])
        let directed = try #require(doc.rows.first { $0[1] == "director" })
        #expect(sameScalars(directed[0], Fixtures.director))
        #expect(sameScalars(directed[2], MermaidSyntax.expected(Fixtures.film)))
        #expect(directed[3] == "First | line\nsecond.")
        #expect(directed[4] == "a.txt:0-10 (+1 more)")
        let founder = try #require(doc.rows.first { $0[1] == "founder" })
        #expect(sameScalars(founder[2], Fixtures.studio))
    }

    @Test(.enabled(if: MarkdownReader.isAvailable, "needs python3 with markdown-it-py (pip install markdown-it-py)"))
    func imageLinkSurvivesAwkwardPaths() throws {
        let report = MarkdownReportWriter.write(Fixtures.credits, diagram: "out dir/graph (1).svg")
        let doc = try #require(MarkdownReader.read([report]).first)
        #expect(doc.images == ["out%20dir/graph%20(1).svg"])
        #expect(doc.fences.isEmpty)
    }

    @Test func escapesEveryCharacterMarkdownReads() {
        #expect(MarkdownReportWriter.inline("a|b") == "a\\|b")
        #expect(MarkdownReportWriter.inline("*x* _y_ <b> [l](u) `c`")
            == "\\*x\\* \\_y\\_ \\<b\\> \\[l\\]\\(u\\) \\`c\\`")
        #expect(MarkdownReportWriter.inline("one\r\ntwo\nthree") == "one<br>two<br>three")
        #expect(MarkdownReportWriter.inline(" pad ") == "&#32;pad&#32;")
        #expect(MarkdownReportWriter.inline("nul\u{0}") == "nul\u{FFFD}")
    }

    @Test func reportHasEveryFactAndNoRawPipes() {
        let report = MarkdownReportWriter.write(Fixtures.credits, diagram: nil, title: "Credits")
        #expect(report.hasPrefix("# Credits\n\n3 entities (1 person, 1 work, 1 organization), 3 facts.\n"))
        let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == 5)  // header, delimiter row, three facts
        for row in rows {
            // Five cells: six pipes that are not escaped.
            let unescaped = row.enumerated().filter { i, c in
                c == "|" && (i == 0 || row[row.index(row.startIndex, offsetBy: i - 1)] != "\\")
            }
            #expect(unescaped.count == 6, "\(row)")
        }
    }

    @Test func emptyGraphSaysSo() {
        let report = MarkdownReportWriter.write(Graph(), diagram: nil)
        #expect(report.contains("0 entities, 0 facts."))
        #expect(report.hasSuffix("## Facts\n\nNo facts.\n"))
    }
}
