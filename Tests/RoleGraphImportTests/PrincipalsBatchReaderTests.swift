import Foundation
import Testing
@testable import RoleGraphImport
@testable import RoleGraphCore

/// The parallel principals reader must give exactly the graph, counts and errors of the
/// row-by-row reader, whatever the thread count and however the chunks fall.
@Suite struct PrincipalsBatchReaderTests {
    /// Every shape a row can take: usual rows, `\N`, an empty line, CRLF, an executive
    /// producer, an unknown category, ids too long for the fast path, letters in an id.
    static let mixed = """
    tconst\tordering\tnconst\tcategory\tjob\tcharacters
    tt0000001\t1\tnm0000001\tactress\t\\N\t["Ada"]
    tt0000001\t2\tnm0000002\tdirector\t\\N\t\\N
    tt0000001\t3\tnm0000003\tproducer\texecutive producer\t\\N\r
    tt0000001\t4\tnm0000004\tself\t\\N\t["Self"]

    tt0000002\t1\tnm0000001\tactor\t\\N\t\\N
    tt0000002\t2\t\\N\tcomposer\t\\N\t\\N
    tt0000002\t3\tnm0000005\tstunts\t\\N\t\\N
    tt0000002\t4\tnm12345678901\tactor\t\\N\t\\N
    tt0000003\t1\tnm00000x1\twriter\t\\N\t\\N
    tt99999999999\t1\tnm0000002\tdirector\t\\N\t\\N
    tt0000003\t2\tnm0000003\tproducer\tline producer\t\\N
    tt0000003\t3\tnm0000002\tactor\t\\N\t\\N
    """

    func rowByRow(_ path: String, _ options: ImportOptions) throws -> (CompactGraph, ImportStats) {
        var sink = CompactCreditSink()
        let stats = try CreditImporter.stream(from: path, format: nil, options: options, into: &sink, bulk: false)
        return (try sink.build(), stats)
    }

    func bulk(_ path: String, _ options: ImportOptions, threads: Int, chunk: Int) throws -> (CompactGraph, ImportStats) {
        var sink = CompactCreditSink()
        var stats = ImportStats()
        try PrincipalsBatchReader.read(path: path, options: options, sink: &sink, stats: &stats, threads: threads, chunkBytes: chunk)
        return (try sink.build(), stats)
    }

    @Test(arguments: [(1, 1 << 20), (2, 1 << 20), (3, 1 << 20), (2, 64), (3, 7), (1, 1)])
    func sameGraphAsRowByRow(threads: Int, chunk: Int) throws {
        let s = Scratch()
        let path = s.write("title.principals.tsv", Self.mixed)
        let options = ImportOptions(quiet: true, readCompanions: false, labelsAfterCredits: true)
        let (expected, expectedStats) = try rowByRow(path, options)
        let (g, stats) = try bulk(path, options, threads: threads, chunk: chunk)
        #expect(Snapshot.encode(g) == Snapshot.encode(expected))
        #expect(stats == expectedStats)
        #expect(stats.credits == 11)
        #expect(stats.skipped == 2)
        #expect(stats.lines == 14)
        // The odd rows are there, in the same places: the unknown category as a role, the
        // long numbers and the id with a letter as their own nodes.
        #expect(Set(g.relations.map(\.name)).isSuperset(of: ["stunts", "executive producer", "producer", "appears_in"]))
        #expect((0..<Int32(g.nodeCount)).contains { g.externalID($0) == "nm12345678901" })
    }

    @Test func categoryFilterAppliesToBothPaths() throws {
        let s = Scratch()
        let path = s.write("title.principals.tsv", Self.mixed)
        let options = ImportOptions(quiet: true, readCompanions: false, categories: ["producer", "stunts"], labelsAfterCredits: true)
        let (expected, expectedStats) = try rowByRow(path, options)
        let (g, stats) = try bulk(path, options, threads: 2, chunk: 50)
        #expect(Snapshot.encode(g) == Snapshot.encode(expected))
        #expect(stats == expectedStats)
        #expect(Set(g.relations.map(\.name)) == ["executive producer", "producer", "stunts"])
        #expect(g.edgeCount == 3)
    }

    @Test(arguments: [1, 2, 3])
    func errorsNameTheSameLine(threads: Int) throws {
        let s = Scratch()
        let short = s.write("short.title.principals.tsv", Self.mixed + "\ntt0000004\t1\n")
        let badID = s.write("bad.title.principals.tsv", Self.mixed + "\ntt0000004\t1\tBrask, Otto\tactor\t\\N\t\\N\n")
        let options = ImportOptions(quiet: true, readCompanions: false, labelsAfterCredits: true)
        for path in [short, badID] {
            let expected = inputError { _ = try rowByRow(path, options) }
            let got = inputError { _ = try bulk(path, options, threads: threads, chunk: 32) }
            #expect(expected != nil)
            #expect(got == expected)
            guard case .malformed(_, let line, _)? = got else { continue }
            #expect(line == 15)
        }
    }

    @Test func emptyAndHeaderOnlyFiles() throws {
        let s = Scratch()
        let empty = s.write("title.principals.tsv", "")
        let options = ImportOptions(quiet: true, readCompanions: false, labelsAfterCredits: true)
        #expect(inputError { _ = try bulk(empty, options, threads: 2, chunk: 16) } == .empty(empty))
        let header = s.write("h.title.principals.tsv", "tconst\tordering\tnconst\tcategory\tjob\tcharacters")
        let (g, stats) = try bulk(header, options, threads: 2, chunk: 16)
        #expect(g.nodeCount == 0)
        #expect(stats.lines == 1)
        let wrong = s.write("w.title.principals.tsv", "a\tb\nc\td\n")
        let error = inputError { _ = try bulk(wrong, options, threads: 2, chunk: 16) }
        guard case .malformed(_, let line, let reason)? = error else {
            Issue.record("expected a header error, got \(String(describing: error))")
            return
        }
        #expect(line == 1)
        #expect(reason.contains("missing tconst, nconst, category"))
    }

    @Test func compactImportTakesTheBulkPathWithLabels() throws {
        let s = Scratch()
        s.write("name.basics.tsv", IMDbReaderTests.names)
        s.write("title.basics.tsv", IMDbReaderTests.titles)
        let path = s.write("title.principals.tsv", Self.mixed)
        let (g, stats) = try CreditImporter.compact(from: [path], options: ImportOptions(quiet: true))
        var sink = CompactCreditSink()
        var options = ImportOptions(quiet: true)
        options.labelsAfterCredits = true
        let expectedStats = try CreditImporter.stream(from: path, format: nil, options: options, into: &sink, bulk: false)
        #expect(Snapshot.encode(g) == Snapshot.encode(try sink.build()))
        #expect(stats == expectedStats)
        #expect((0..<Int32(g.nodeCount)).contains { g.label($0) == "Lena Vos" })
    }
}
