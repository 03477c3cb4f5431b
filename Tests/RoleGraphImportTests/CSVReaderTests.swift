import Foundation
import Testing
@testable import RoleGraphImport

@Suite struct CSVReaderTests {
    @Test func headerPlacesColumnsAndYearLabelsWorks() throws {
        let s = Scratch()
        let path = s.write("credits.csv", """
        year,work,person,role
        2004,The Woodsman,Kevin Bacon,Star
        2004,The Woodsman,Nicole Kassell,director
        ,"Salt, Pepper and Smoke","Doe, Jane",Screenwriter

        """)
        let g = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true))
        let facts = Set(g.edges.map { "\($0.source) \($0.relation) \($0.target)" })
        #expect(facts == [
            "person/kevin-bacon actor work/the-woodsman-2004",
            "person/nicole-kassell director work/the-woodsman-2004",
            "person/doe-jane writer work/salt-pepper-and-smoke",
        ])
        #expect(g.node("work/the-woodsman-2004")?.label == "The Woodsman (2004)")
        #expect(g.node("work/salt-pepper-and-smoke")?.label == "Salt, Pepper and Smoke")
    }

    @Test func withoutHeaderTheFirstThreeColumnsArePersonRoleWork() throws {
        let s = Scratch()
        let path = s.write("credits.csv", "Ada Lind,actress,Harbor,1999,extra\r\nBo Tran,editor,Harbor,1999,extra\r\n")
        var sink = RecordingSink()
        let stats = try CreditImporter.stream(from: path, options: ImportOptions(quiet: true), into: &sink)
        #expect(sink.events == ["Ada Lind actor Harbor", "Bo Tran editor Harbor"])
        #expect(stats.credits == 2)
    }

    @Test func quotedFieldsMaySpanLinesAndEscapeQuotes() throws {
        let s = Scratch()
        let path = s.write("credits.csv", """
        person,role,work
        "Ray ""Sugar"" Holt",composer,"Two
        Rivers"
        Ida Berg,appears in,Two Rivers

        """)
        var sink = RecordingSink()
        _ = try CreditImporter.stream(from: path, options: ImportOptions(quiet: true), into: &sink)
        #expect(sink.events == ["Ray \"Sugar\" Holt composer Two\nRivers", "Ida Berg other:appears_in Two Rivers"])
        #expect(sink.lines == [2, 4])
    }

    @Test func unclosedQuoteNamesTheLineItOpenedOn() {
        let s = Scratch()
        let path = s.write("credits.csv", "person,role,work\nA,actor,B\n\"C,actor,D\nE,actor,F\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 3, reason: "a quoted field opened here is never closed"))
    }

    @Test func shortRowIsMalformedWithItsLineNumber() {
        let s = Scratch()
        let path = s.write("credits.csv", "person,role,work\nA,actor,B\n\nC,actor\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 4, reason: "expected 3 comma-separated fields (person,role,work), found 2"))
    }

    @Test func textAfterClosingQuoteIsMalformed() {
        let s = Scratch()
        let path = s.write("credits.csv", "\"A\"x,actor,B\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, format: .csv, options: ImportOptions(quiet: true)) }
        guard case .malformed(_, 1, let reason)? = error else {
            Issue.record("expected a malformed line 1, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("after a closing quote"))
    }

    @Test func emptyFieldIsMalformed() {
        let s = Scratch()
        let path = s.write("credits.csv", "A,actor,\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, format: .csv, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 1, reason: "the work field is empty"))
    }
}

@Suite struct EncodingAndSizeTests {
    @Test func latin1CSVIsRefusedWithItsLine() {
        let s = Scratch()
        let path = s.write("credits.csv", bytes: Array("person,role,work\nAda,actor,B\n".utf8) + [0x47, 0x75, 0x7A, 0x6D, 0xE1, 0x6E] + Array(",actor,C\n".utf8))
        let error = inputError { _ = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 3, reason: "not valid UTF-8; convert the file, e.g. iconv -f latin1 -t utf-8"))
    }

    @Test func latin1NamesFileIsRefusedWithItsLine() {
        let s = Scratch()
        let path = s.write("name.basics.tsv", bytes: Array("nconst\tprimaryName\nnm1\tA\n".utf8) + Array("nm2\tGuzm".utf8) + [0xE1] + Array("n\n".utf8))
        let error = inputError { _ = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 3, reason: "not valid UTF-8; convert the file, e.g. iconv -f latin1 -t utf-8"))
    }

    /// A line longer than the read buffer (4 MiB) is read whole.
    @Test func lineLongerThanTheBufferIsReadWhole() throws {
        let s = Scratch()
        let cast = (0..<400_000).map { "P\($0), Q" }.joined(separator: "/")
        let path = s.write("movies.txt", "Long (2000)/\(cast)\nShort (2001)/A, B\n")
        var sink = CountingSink()
        let stats = try CreditImporter.stream(from: path, format: .algs4, options: ImportOptions(quiet: true), into: &sink)
        #expect(stats.credits == 400_001)
        #expect(sink.works == ["Long (2000)", "Short (2001)"])
    }
}
