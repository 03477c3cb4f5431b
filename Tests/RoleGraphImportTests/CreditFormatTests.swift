import Foundation
import Testing
@testable import RoleGraphImport

@Suite struct CreditFormatTests {
    func detect(_ path: String, _ head: String) -> CreditFormat? {
        CreditFormat.detect(path: path, head: Array(head.utf8))
    }

    @Test func imdbHeadersDecideWhateverTheName() {
        #expect(detect("x.tsv", "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n") == .imdbPrincipals)
        #expect(detect("x.tsv", "tconst\ttitleType\tprimaryTitle\toriginalTitle\n") == .imdbBasicsTitles)
        #expect(detect("data", "nconst\tprimaryName\tbirthYear\n") == .imdbNames)
    }

    @Test func namesDecideWhenTheContentCannot() {
        #expect(detect("/d/title.principals.tsv.gz", "") == .imdbPrincipals)
        #expect(detect("name.basics.tsv", "") == .imdbNames)
        #expect(detect("title.basics.tsv", "") == .imdbBasicsTitles)
        #expect(detect("people.csv", "a,b\n") == .csv)
    }

    @Test func castListsAndCSVHeadersAreRecognisedByContent() {
        #expect(detect("films.txt", "Harbor Lights (1988)/Bacon, Kevin/Cher\n") == .algs4)
        #expect(detect("credits.txt", "Person,Role,Work,Year\n") == .csv)
    }

    @Test func proseIsNotACreditFile() {
        #expect(detect("article.txt", "Kevin Bacon, who starred in Footloose (1984), spoke on Monday.\n") == nil)
        #expect(detect("notes.md", "# Draft (2020)\nsome text/other text\n") == nil)
        #expect(detect("a.html", "<html><body>x, y, z</body></html>") == nil)
    }

    @Test func gzipIsLookedThrough() throws {
        let gz = try Gzip.compress(Array("nconst\tprimaryName\tbirthYear\nnm1\tA\t\\N\n".utf8))
        #expect(CreditFormat.detect(path: "names.gz", head: gz) == .imdbNames)
        let s = Scratch()
        let path = s.write("unnamed.gz", bytes: gz)
        #expect(try CreditImporter.detect(path: path) == .imdbNames)
    }

    @Test func unknownFileGivesAClearError() {
        let s = Scratch()
        let path = s.write("prose.txt", "Nothing here is a credit.\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true)) }
        guard case .malformed(_, 1, let reason)? = error else {
            Issue.record("expected a malformed line 1, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("not a credit file"))
    }

    @Test func missingFileIsReported() {
        let error = inputError { _ = try CreditImporter.graph(from: "/nonexistent/credits.csv", options: ImportOptions(quiet: true)) }
        #expect(error == .missingFile("/nonexistent/credits.csv"))
    }
}

@Suite struct StandardInputTests {
    @Test func standardInputNeedsAnExplicitFormat() {
        let error = inputError { _ = try CreditImporter.graph(from: "-", options: ImportOptions(quiet: true)) }
        #expect(error?.description.hasPrefix("-: cannot read: the credit format of standard input cannot be guessed") == true)
    }
}
