import Foundation
import Testing
@testable import RoleGraphImport

@Suite struct IMDbReaderTests {
    static let principals = """
    tconst\tordering\tnconst\tcategory\tjob\tcharacters
    tt0000001\t1\tnm0000001\tactress\t\\N\t["Ada"]
    tt0000001\t2\tnm0000002\tdirector\t\\N\t\\N
    tt0000001\t3\tnm0000003\tproducer\texecutive producer\t\\N
    tt0000001\t4\tnm0000004\tself\t\\N\t["Self"]
    tt0000002\t1\tnm0000001\tactor\t\\N\t\\N
    tt0000002\t2\t\\N\tcomposer\t\\N\t\\N
    tt0000002\t3\tnm0000005\tarchive_footage\t\\N\t\\N
    tt0000002\t4\tnm0000003\tproducer\tline producer\t\\N

    """
    static let names = """
    nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles
    nm0000001\tMara Quill\t1970\t\\N\tactress\ttt0000001
    nm0000002\tOtto Brask\t\\N\t\\N\tdirector\t\\N
    nm0000003\tLena Vos\t\\N\t\\N\tproducer\t\\N
    nm0000004\tMara Quill\t\\N\t\\N\t\\N\t\\N

    """
    static let titles = """
    tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres
    tt0000001\tmovie\tSalt Harbor\tSalt Harbor\t0\t1999\t\\N\t101\tDrama
    tt0000002\ttvSeries\tNight Ledger\tNight Ledger\t0\t\\N\t\\N\t\\N\tCrime

    """

    @Test func principalsWithCompanionsGiveLabelledNodesAndNormalisedRoles() throws {
        let s = Scratch()
        s.write("name.basics.tsv", Self.names)
        s.write("title.basics.tsv", Self.titles)
        let path = s.write("title.principals.tsv", Self.principals)
        let g = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true))

        let mara = try #require(g.node("person/mara-quill"))
        #expect(mara.externalIDs == ["nm0000001"])
        #expect(mara.mentions == 2)
        // A second IMDb person with the same name stays a separate node, told apart by id.
        let namesake = try #require(g.node("person/mara-quill-nm0000004"))
        #expect(namesake.label == "Mara Quill")
        #expect(g.node("work/salt-harbor-1999")?.label == "Salt Harbor (1999)")
        #expect(g.node("work/salt-harbor-1999")?.workType == "film")
        // No year: the bare title.
        #expect(g.node("work/night-ledger")?.workType == "series")
        // The person with no name row keeps the id as label.
        #expect(g.node("person/nm0000005")?.externalIDs == ["nm0000005"])

        let facts = Set(g.edges.map { "\($0.source) \($0.kind.rawValue) \($0.relation) \($0.target)" })
        #expect(facts == [
            "person/mara-quill credit actor work/salt-harbor-1999",
            "person/otto-brask credit director work/salt-harbor-1999",
            "person/lena-vos credit executive producer work/salt-harbor-1999",
            "person/mara-quill-nm0000004 other appears_in work/salt-harbor-1999",
            "person/mara-quill credit actor work/night-ledger",
            "person/nm0000005 other appears_in work/night-ledger",
            "person/lena-vos credit producer work/night-ledger",
        ])
        let edge = try #require(g.edges.first { $0.source == "person/otto-brask" })
        #expect(edge.evidence.count == 1)
        #expect(edge.evidence[0].document == path)
        #expect(edge.evidence[0].text == "tt0000001\t2\tnm0000002\tdirector\t\\N\t\\N")
        // Offsets are Unicode scalars into the file: the header line and its newline come first.
        let headerLength = Self.principals.split(separator: "\n")[0].unicodeScalars.count + 1
        let firstRowLength = Self.principals.split(separator: "\n")[1].unicodeScalars.count + 1
        #expect(edge.evidence[0].start == headerLength + firstRowLength)
        #expect(edge.evidence[0].end == edge.evidence[0].start + edge.evidence[0].text.unicodeScalars.count)
    }

    @Test func missingPersonIsSkippedNotCredited() throws {
        let s = Scratch()
        let path = s.write("title.principals.tsv", Self.principals)
        var sink = CountingSink()
        let stats = try CreditImporter.stream(from: path, options: ImportOptions(quiet: true), into: &sink)
        #expect(stats.credits == 7)
        #expect(stats.skipped == 1)
        #expect(stats.lines == 9)
        #expect(sink.people.count == 5)
    }

    @Test func streamHandsOnLabelsBeforeCredits() throws {
        let s = Scratch()
        s.write("name.basics.tsv", Self.names)
        s.write("title.basics.tsv", Self.titles)
        let path = s.write("title.principals.tsv", Self.principals)
        var sink = RecordingSink()
        let stats = try CreditImporter.stream(from: path, options: ImportOptions(quiet: true), into: &sink)
        #expect(stats.entities == 6)
        #expect(stats.files.count == 3)
        let firstCredit = try #require(sink.events.firstIndex { !$0.hasPrefix("entity") })
        #expect(sink.events[..<firstCredit].count == 6)
        #expect(sink.events[0] == "entity nm0000001=Mara Quill")
        #expect(sink.events.contains("entity tt0000001=Salt Harbor (1999)"))
        #expect(sink.events[firstCredit] == "nm0000001 actor tt0000001")
        #expect(sink.events.contains("nm0000004 other:appears_in tt0000001"))
        #expect(sink.lines.first == 2)
    }

    @Test func categoryFilterKeepsOnlyChosenCategories() throws {
        let s = Scratch()
        let path = s.write("title.principals.tsv", Self.principals)
        var sink = RecordingSink()
        let options = ImportOptions(quiet: true, categories: ["actor", "actress"])
        _ = try CreditImporter.stream(from: path, options: options, into: &sink)
        #expect(sink.events == ["nm0000001 actor tt0000001", "nm0000001 actor tt0000002"])
    }

    @Test func shortRowIsReportedWithItsLineNumber() {
        let s = Scratch()
        let path = s.write("title.principals.tsv", """
        tconst\tordering\tnconst\tcategory\tjob\tcharacters
        tt0000001\t1\tnm0000001\tactor\t\\N\t\\N
        tt0000001\t2\tnm0000002

        """)
        let error = inputError { _ = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true)) }
        #expect(error == .malformed(path, line: 3, reason: "expected at least 5 tab-separated fields, found 3"))
        #expect(error?.description.hasPrefix("\(path):3: ") == true)
    }

    @Test func badIdIsReportedWithItsLineNumber() {
        let s = Scratch()
        let path = s.write("title.principals.tsv", """
        tconst\tordering\tnconst\tcategory\tjob\tcharacters
        tt0000001\t1\tnm0000001\tactor\t\\N\t\\N
        tt0000001\t1\tnm0000001\tactor\t\\N\t\\N
        tt0000001\t2\tBrask, Otto\tdirector\t\\N\t\\N
        """)
        let error = inputError { _ = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true)) }
        guard case .malformed(_, let line, let reason)? = error else {
            Issue.record("expected a malformed-line error, got \(String(describing: error))")
            return
        }
        #expect(line == 4)
        #expect(reason.contains("not an IMDb name id"))
    }

    @Test func wrongHeaderIsRejectedAtLineOne() {
        let s = Scratch()
        let path = s.write("title.principals.tsv", "tconst\tordering\tperson\tcategory\ntt1\t1\tnm1\tactor\n")
        let error = inputError { _ = try CreditImporter.graph(from: path, format: .imdbPrincipals, options: ImportOptions(quiet: true)) }
        guard case .malformed(_, let line, let reason)? = error else {
            Issue.record("expected a malformed-line error, got \(String(describing: error))")
            return
        }
        #expect(line == 1)
        #expect(reason.contains("missing nconst"))
    }

    @Test func namesFileAloneGivesNodes() throws {
        let s = Scratch()
        let path = s.write("name.basics.tsv", Self.names)
        let g = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true))
        #expect(g.nodeCount == 4)
        #expect(g.edgeCount == 0)
        #expect(g.node("person/otto-brask")?.externalIDs == ["nm0000002"])
    }

    @Test func jobRefinesProducerOnly() {
        #expect(CreditRoles.imdb(category: "producer", job: "Executive Producer").role == "executive producer")
        #expect(CreditRoles.imdb(category: "producer", job: "line producer").role == "producer")
        #expect(CreditRoles.imdb(category: "director", job: "co-director").role == "director")
        #expect(CreditRoles.imdb(category: "casting_director").role == "casting director")
        #expect(CreditRoles.imdb(category: "stunts").role == "stunts")
        #expect(CreditRoles.imdb(category: "archive_sound").kind == .other)
    }
}

@Suite struct CategoryLookupTests {
    /// The byte-level lookup and the role table name the same categories.
    @Test func lookupAgreesWithTheTable() {
        for (i, row) in CreditRoles.table.enumerated() {
            let found = row.category.withUnsafeBufferPointer { CreditRoles.index(of: $0) }
            #expect(found == i, "\(String(decoding: row.category, as: UTF8.self))")
        }
        let unknown = Array("actors".utf8)
        #expect(unknown.withUnsafeBufferPointer { CreditRoles.index(of: $0) } == nil)
        #expect(CreditRoles.table[CreditRoles.producerIndex].mapping.role == "producer")
    }
}

@Suite struct FieldSplittingTests {
    /// Tabs at every position relative to the eight-byte words the scan reads.
    @Test func splitsAtEveryTabPosition() {
        for length in 0..<40 {
            for tab in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[tab] = 0x09
                if tab + 3 < length { bytes[tab + 3] = 0x09 }
                let expected = String(decoding: bytes, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                let fields = UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: 8)
                defer { fields.deallocate() }
                let got = bytes.withUnsafeBufferPointer { line -> [String] in
                    let n = Fields.splitTabs(line, into: fields)
                    return (0..<n).map { Fields.string(fields[$0]) }
                }
                #expect(got == expected, "length \(length), tab at \(tab)")
            }
        }
    }

    @Test func lastFieldKeepsFurtherTabs() {
        let bytes = Array("a\tb\tc\td".utf8)
        let fields = UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: 2)
        defer { fields.deallocate() }
        let got = bytes.withUnsafeBufferPointer { line -> [String] in
            let n = Fields.splitTabs(line, into: fields)
            return (0..<n).map { Fields.string(fields[$0]) }
        }
        #expect(got == ["a", "b\tc\td"])
    }
}
