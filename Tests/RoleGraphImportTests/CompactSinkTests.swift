import Foundation
import Testing
@testable import RoleGraphImport

@Suite struct CompactSinkTests {
    @Test func imdbCreditsBecomeNumberedNodesWithLabels() throws {
        let s = Scratch()
        s.write("name.basics.tsv", IMDbReaderTests.names + "nm0000099\tNever Credited\t\\N\t\\N\t\\N\t\\N\n")
        s.write("title.basics.tsv", IMDbReaderTests.titles)
        let path = s.write("title.principals.tsv", IMDbReaderTests.principals)
        let (g, stats) = try CreditImporter.compact(from: [path], options: ImportOptions(quiet: true))
        #expect(stats.credits == 7)
        // 5 people and 2 titles; the uncredited name is not a node.
        #expect(g.nodeCount == 7)
        #expect(g.edgeCount == 7)
        let labels = Set((0..<Int32(g.nodeCount)).map { g.label($0) })
        #expect(labels == ["Mara Quill", "Otto Brask", "Lena Vos", "nm0000005", "Salt Harbor (1999)", "Night Ledger"])
        let lena = try #require((0..<Int32(g.nodeCount)).first { g.label($0) == "Lena Vos" })
        #expect(g.externalID(lena) == "nm0000003")
        #expect(g.isPerson(lena))
        let relations = Set(g.neighbors(lena).compactMap { g.edgeInfo(from: lena, to: $0) }.map { g.relations[Int($0.relation)].name })
        #expect(relations == ["executive producer", "producer"])
    }

    @Test func castListIdsMatchTheRichGraph() throws {
        let s = Scratch()
        let path = s.write("movies.txt", Algs4ReaderTests.castList)
        let (compact, _) = try CreditImporter.compact(from: [path], options: ImportOptions(quiet: true))
        let rich = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true))
        #expect(Set((0..<Int32(compact.nodeCount)).map { compact.id($0) }) == Set(rich.nodes.map(\.id)))
        #expect(compact.edgeCount == rich.edgeCount)
    }

    @Test func severalInputsMakeOneGraph() throws {
        let s = Scratch()
        let a = s.write("a.csv", "person,role,work\nAda Lind,actor,Harbor\n")
        let b = s.write("movies.txt", "Harbor (1999)/Lind, Ada\n")
        let (g, stats) = try CreditImporter.compact(from: [a, b], options: ImportOptions(quiet: true))
        #expect(stats.files == [a, b])
        // "Ada Lind" from both files is one person; the two works differ ("Harbor" vs "Harbor (1999)").
        #expect(g.nodeCount == 3)
        #expect(g.edgeCount == 2)
    }

    @Test func imdbNumbersParse() {
        #expect(CompactCreditSink.imdbNumber("nm0000102")! == (.name, 102))
        #expect(CompactCreditSink.imdbNumber("tt12345678")! == (.title, 12_345_678))
        #expect(CompactCreditSink.imdbNumber("nm") == nil)
        #expect(CompactCreditSink.imdbNumber("nmx1") == nil)
        #expect(CompactCreditSink.imdbNumber("Bacon, Kevin") == nil)
        #expect(CompactCreditSink.imdbNumber("tt" + String(repeating: "9", count: 30)) == nil)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Algs4ReaderTests.realMovies), "needs ../shared/data_real/movies.txt"))
    func realMoviesFileCompact() throws {
        let (g, _) = try CreditImporter.compact(from: [Algs4ReaderTests.realMovies], options: ImportOptions(quiet: true))
        #expect(g.nodeCount == 119_429)
        #expect(g.edgeCount == 202_927)
    }
}
