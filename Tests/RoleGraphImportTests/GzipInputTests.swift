import Foundation
import Testing
@testable import RoleGraphImport

@Suite struct GzipInputTests {
    @Test func gzippedPrincipalsReadLikePlainOnes() throws {
        let s = Scratch()
        let plain = s.write("title.principals.tsv", IMDbReaderTests.principals)
        let gz = s.write("gz-title.principals.tsv.gz", bytes: try Gzip.compress(Array(IMDbReaderTests.principals.utf8)))
        var a = RecordingSink(), b = RecordingSink()
        _ = try CreditImporter.stream(from: plain, options: ImportOptions(quiet: true), into: &a)
        _ = try CreditImporter.stream(from: gz, options: ImportOptions(quiet: true), into: &b)
        #expect(a.events.count == 7)
        #expect(a.events == b.events)
        #expect(a.lines == b.lines)
    }

    @Test func companionsAreFoundGzipped() throws {
        let s = Scratch()
        s.write("name.basics.tsv.gz", bytes: try Gzip.compress(Array(IMDbReaderTests.names.utf8)))
        let path = s.write("title.principals.tsv.gz", bytes: try Gzip.compress(Array(IMDbReaderTests.principals.utf8)))
        let g = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true))
        #expect(g.node("person/otto-brask") != nil)
        #expect(g.node("work/tt0000001") != nil)
    }

    /// Many chunks of output and lines that straddle chunk boundaries.
    @Test func largeStreamIsReadCompletelyInOrder() throws {
        var text = "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n"
        let rows = 60_000
        for i in 0..<rows {
            text += "tt\(1_000_000 + i / 10)\t\(i % 10)\tnm\(2_000_000 + i)\tactor\t\\N\t[\"role \(i)\"]\n"
        }
        let s = Scratch()
        let path = s.write("big.title.principals.tsv.gz", bytes: try Gzip.compress(Array(text.utf8)))
        var sink = CountingSink()
        let stats = try CreditImporter.stream(from: path, options: ImportOptions(quiet: true), into: &sink)
        #expect(stats.credits == rows)
        #expect(sink.people.count == rows)
        #expect(sink.works.count == rows / 10)
    }

    @Test func concatenatedMembersAreOneStream() throws {
        let lines = IMDbReaderTests.principals.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines[..<4].joined(separator: "\n") + "\n"
        let rest = lines[4...].joined(separator: "\n")
        let s = Scratch()
        let path = s.write("title.principals.tsv.gz",
                           bytes: try Gzip.compress(Array(first.utf8)) + Gzip.compress(Array(rest.utf8)))
        var sink = CountingSink()
        let stats = try CreditImporter.stream(from: path, options: ImportOptions(quiet: true), into: &sink)
        #expect(stats.credits == 7)
    }

    @Test func truncatedGzipIsAnErrorNotAShortRead() throws {
        let s = Scratch()
        let whole = try Gzip.compress(Array(IMDbReaderTests.principals.utf8))
        let path = s.write("title.principals.tsv.gz", bytes: Array(whole.prefix(whole.count - 12)))
        let error = inputError {
            var sink = CountingSink()
            _ = try CreditImporter.stream(from: path, options: ImportOptions(quiet: true), into: &sink)
        }
        #expect(error?.description.contains("gzip") == true)
    }

    @Test func corruptGzipIsAnError() throws {
        let s = Scratch()
        var bytes = try Gzip.compress(Array(IMDbReaderTests.principals.utf8))
        for i in 12..<min(40, bytes.count) { bytes[i] ^= 0x5A }
        let path = s.write("title.principals.tsv.gz", bytes: bytes)
        let error = inputError {
            var sink = CountingSink()
            _ = try CreditImporter.stream(from: path, format: .imdbPrincipals, options: ImportOptions(quiet: true), into: &sink)
        }
        #expect(error != nil)
    }
}
