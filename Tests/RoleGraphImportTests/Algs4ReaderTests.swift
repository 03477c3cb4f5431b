import Foundation
import Testing
@testable import RoleGraphImport

@Suite struct Algs4ReaderTests {
    // "Guzmán" damaged twice the way the real file is, plus a single round ("Ã©" for é).
    static let castList = """
    Harbor Lights (1988)/Bacon, Kevin/Martin, Steve (I)/Guzm\u{C3}\u{192}\u{C2}\u{A1}n, Luis/Cher
    Night Train (1990)/Martin, Steve (II)/Bacon, Kevin/Ren\u{C3}\u{A9}, Ana
    Salt (2001)/Guzm\u{C3}\u{192}\u{C2}\u{A1}n, Luis/
    """

    @Test func castListGivesFilmsPerformersAndActorCredits() throws {
        let s = Scratch()
        let path = s.write("movies.txt", Self.castList)
        let g = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true))
        #expect(g.nodes.filter { $0.type == .work }.map(\.label) == ["Harbor Lights (1988)", "Night Train (1990)", "Salt (2001)"])
        let bacon = try #require(g.node("person/kevin-bacon"))
        #expect(bacon.label == "Kevin Bacon")
        #expect(bacon.aliases == ["Bacon, Kevin"])
        #expect(bacon.mentions == 2)
        // Roman numerals keep namesakes apart.
        #expect(g.node("person/steve-martin-i")?.label == "Steve Martin (I)")
        #expect(g.node("person/steve-martin-ii")?.label == "Steve Martin (II)")
        #expect(g.node("person/luis-guzman")?.label == "Luis Guzmán")
        #expect(g.node("person/ana-rene")?.label == "Ana René")
        #expect(g.node("person/cher")?.label == "Cher")
        #expect(g.edges.allSatisfy { $0.kind == .credit && $0.relation == "actor" })
        #expect(g.edgeCount == 8)
        #expect(g.node("work/harbor-lights-1988")?.workType == "film")
        let e = try #require(g.edges.first { $0.source == "person/ana-rene" })
        #expect(e.evidence.map(\.text) == [String(Self.castList.split(separator: "\n")[1])])
    }

    @Test func repairCanBeTurnedOff() throws {
        let s = Scratch()
        let path = s.write("movies.txt", Self.castList)
        let g = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true, repairMojibake: false))
        #expect(g.node("person/luis-guzman") == nil)
        #expect(g.nodes.contains { $0.label == "Luis Guzm\u{C3}\u{192}\u{C2}\u{A1}n" })
    }

    @Test func lineWithoutSlashIsMalformedWithItsNumber() {
        let s = Scratch()
        let path = s.write("movies.txt", "A (1990)/Doe, Jane\nB (1991) Doe, John\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, format: .algs4, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 2, reason: "expected 'Title (year)/Last, First/...', found no '/'"))
    }

    @Test func emptyPerformerIsMalformed() {
        let s = Scratch()
        let path = s.write("movies.txt", "A (1990)/Doe, Jane//Roe, Rick\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, format: .algs4, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 1, reason: "performer 2 is empty ('//')"))
    }

    @Test func displayNames() {
        #expect(Algs4Reader.displayName("Bacon, Kevin") == "Kevin Bacon")
        #expect(Algs4Reader.displayName("Martin, Steve (I)") == "Steve Martin (I)")
        #expect(Algs4Reader.displayName("Downey Jr., Robert") == "Robert Downey Jr.")
        #expect(Algs4Reader.displayName("Tingwell, Charles 'Bud'") == "Charles 'Bud' Tingwell")
        #expect(Algs4Reader.displayName("Madonna") == "Madonna")
        #expect(Algs4Reader.displayName("Prince (IV)") == "Prince (IV)")
    }

    /// The real algs4 file, when the shared data is next to the package (skipped otherwise).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: realMovies), "needs ../shared/data_real/movies.txt"))
    func realMoviesFileHasTheKnownCounts() throws {
        let g = try CreditImporter.graph(from: Self.realMovies, options: ImportOptions(quiet: true))
        #expect(g.nodes.filter { $0.type == .work }.count == 4188)
        #expect(g.nodeCount == 119_429)
        #expect(g.edgeCount == 202_927)
        #expect(g.node("person/kevin-bacon")?.aliases == ["Bacon, Kevin"])
        #expect(g.node("person/nicole-kidman") != nil)
    }

    static let realMovies: String = {
        // Tests run with the package root as the working directory.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data_real/movies.txt").path
    }()
}
