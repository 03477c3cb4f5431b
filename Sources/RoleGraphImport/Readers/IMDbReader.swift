import Foundation
import RoleGraphCore

/// Readers for IMDb's non-commercial datasets (tab-separated, a header line, `\N` for a
/// missing value; plain or gzip): `title.principals`, `name.basics`, `title.basics`.
///
/// Fields are found by splitting bytes at tabs; only the ids, the category, the job and
/// the labels become Strings. Columns are located by the header, so a file with extra or
/// reordered columns still reads.
enum IMDbReader {
    /// `title.principals.tsv`: one credit per row.
    ///
    /// - Complexity: O(n) in the input's size; memory O(longest line).
    static func readPrincipals<S: CreditSink>(
        path: String, options: ImportOptions, countScalars: Bool, sink: inout S, stats: inout ImportStats
    ) throws {
        let reader = try LineReader(path: path, countScalars: countScalars)
        var progress = Progress(label: path, quiet: options.quiet)
        var rows: PrincipalsRows? = nil
        try reader.forEachLine(progress: &progress) { line in
            stats.lines += 1
            if rows == nil {
                rows = try PrincipalsRows(header: line, path: path, options: options)
                return true
            }
            try rows!.read(line, sink: &sink, stats: &stats)
            return true
        }
        try requireHeader(rows != nil, path: path, kind: "title.principals")
        stats.files.append(path)
        stats.bytes += reader.fileSize ?? 0
    }

    /// `name.basics.tsv`: a label for every `nm…` id.
    static func readNames<S: CreditSink>(
        path: String, options: ImportOptions, sink: inout S, stats: inout ImportStats
    ) throws {
        try readBasics(path: path, options: options, kind: "name.basics", id: "nconst", prefix: (0x6E, 0x6D),
                       label: "primaryName", stats: &stats) { id, fields, header in
            let name = fields[header["primaryName"]!]
            sink.entity(CreditEntity(type: .person, key: id, label: Fields.isNull(name) ? nil : Fields.string(name)))
        }
    }

    /// `title.basics.tsv`: a label "Title (year)" and a work type for every `tt…` id.
    static func readTitles<S: CreditSink>(
        path: String, options: ImportOptions, sink: inout S, stats: inout ImportStats
    ) throws {
        try readBasics(path: path, options: options, kind: "title.basics", id: "tconst", prefix: (0x74, 0x74),
                       label: "primaryTitle", stats: &stats) { id, fields, header in
            let title = fields[header["primaryTitle"]!]
            var label: String? = Fields.isNull(title) ? nil : Fields.string(title)
            if let year = header["startYear"].map({ fields[$0] }), !Fields.isNull(year), let l = label {
                label = "\(l) (\(Fields.string(year)))"
            }
            let type = header["titleType"].map { fields[$0] }
            let workType = type.flatMap { Fields.isNull($0) ? nil : workTypes[Fields.string($0)] ?? Fields.string($0) }
            sink.entity(CreditEntity(type: .work, key: id, label: label, workType: workType))
        }
    }

    /// IMDb `titleType` values and the work types of CONTRACT.md.
    static let workTypes: [String: String] = [
        "movie": "film", "short": "short film", "tvSeries": "series", "tvMiniSeries": "miniseries",
        "tvEpisode": "episode", "tvMovie": "tv film", "tvSpecial": "tv special", "tvShort": "tv short",
        "video": "video", "videoGame": "video game", "tvPilot": "pilot",
    ]

    private static func readBasics(
        path: String, options: ImportOptions, kind: String, id idColumn: String, prefix: (UInt8, UInt8),
        label: String, stats: inout ImportStats,
        _ emit: (String, UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>, Header) throws -> Void
    ) throws {
        let reader = try LineReader(path: path)
        var progress = Progress(label: path, quiet: options.quiet)
        var header: Header? = nil
        var needed = 0
        var fields = UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: 0)
        defer { fields.deallocate() }
        try reader.forEachLine(progress: &progress) { line in
            stats.lines += 1
            guard let h = header else {
                header = try Header(line, path: path, kind: kind, required: [idColumn, label])
                needed = header!.columns.values.max()! + 1
                fields.deallocate()
                fields = .allocate(capacity: needed + 1)
                return true
            }
            if line.bytes.isEmpty { stats.skipped += 1; return true }
            let n = Fields.splitTabs(line.bytes, into: fields)
            guard n >= needed else {
                throw InputError.malformed(path, line: line.number,
                                           reason: "expected at least \(needed) tab-separated fields, found \(n)")
            }
            let key = fields[h[idColumn]!]
            guard Fields.hasPrefix(key, prefix.0, prefix.1) else {
                let what = prefix.0 == 0x74 ? "title id (tt…)" : "name id (nm…)"
                throw InputError.malformed(path, line: line.number, reason: "'\(Fields.excerpt(key))' is not an IMDb \(what)")
            }
            // Labels become text users read: check them (ids and years are checked by shape).
            try Fields.requireUTF8(line.bytes, path: path, line: line.number)
            try emit(Fields.string(key), fields, h)
            stats.entities += 1
            return true
        }
        try requireHeader(header != nil, path: path, kind: kind)
        stats.files.append(path)
        stats.bytes += reader.fileSize ?? 0
    }

    static func requireHeader(_ present: Bool, path: String, kind: String) throws {
        if !present { throw InputError.empty(path) }
    }
}

/// The header line of an IMDb file: column name -> index.
struct Header {
    let columns: [String: Int]

    init(_ line: CreditLine, path: String, kind: String, required: [String]) throws {
        var bytes = Array(line.bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let names = String(decoding: bytes, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        var columns: [String: Int] = [:]
        for (i, name) in names.enumerated() where columns[String(name)] == nil { columns[String(name)] = i }
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw InputError.malformed(path, line: line.number, reason:
                "not an IMDb \(kind) header: expected columns \(required.joined(separator: ", ")) separated by tabs; missing \(missing.joined(separator: ", "))")
        }
        self.columns = columns
    }

    subscript(_ name: String) -> Int? { columns[name] }
}

/// Which IMDb categories an import keeps, checked on bytes.
struct CategoryFilter {
    private let known: [Bool]?
    private let other: Set<String>?

    init(_ categories: Set<String>?) {
        guard let categories else { known = nil; other = nil; return }
        known = CreditRoles.table.map { categories.contains(String(decoding: $0.category, as: UTF8.self)) }
        other = categories
    }

    @inline(__always)
    func allows(_ category: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let known else { return true }
        if let i = CreditRoles.index(of: category) { return known[i] }
        return other!.contains(Fields.string(category))
    }
}

/// Turns `title.principals` rows into credits one at a time: the columns found in the
/// header, the category filter, and the role mapping (a producer's job may make an
/// executive producer).
final class PrincipalsRows {
    let path: String
    let title: Int, name: Int, category: Int, job: Int?
    /// Fields a row must have to reach every column used.
    let needed: Int
    let allowed: CategoryFilter
    private let mappings = CreditRoles.table.map(\.mapping)
    private let fields: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>
    private var lastTitleBytes: [UInt8] = []
    private var work = CreditEntity(type: .work, key: "")

    init(header line: CreditLine, path: String, options: ImportOptions) throws {
        let header = try Header(line, path: path, kind: "title.principals", required: ["tconst", "nconst", "category"])
        self.path = path
        title = header["tconst"]!
        name = header["nconst"]!
        category = header["category"]!
        job = header["job"]
        needed = max(title, name, category, job ?? 0) + 1
        allowed = CategoryFilter(options.categories)
        fields = .allocate(capacity: needed + 1)
    }

    deinit { fields.deallocate() }

    /// The reason a row with too few fields is rejected.
    func tooFewFields(_ found: Int) -> String {
        "expected at least \(needed) tab-separated fields, found \(found)"
    }

    static func notTitleID(_ field: UnsafeBufferPointer<UInt8>) -> String {
        "'\(Fields.excerpt(field))' is not an IMDb title id (tt…)"
    }

    static func notNameID(_ field: UnsafeBufferPointer<UInt8>) -> String {
        "'\(Fields.excerpt(field))' is not an IMDb name id (nm…)"
    }

    /// Hands one data row (not the header) to `sink`, or counts it as skipped.
    func read<S: CreditSink>(_ line: CreditLine, sink: inout S, stats: inout ImportStats) throws {
        if line.bytes.isEmpty { stats.skipped += 1; return }
        let n = Fields.splitTabs(line.bytes, into: fields)
        guard n >= needed else { throw InputError.malformed(path, line: line.number, reason: tooFewFields(n)) }
        let t = fields[title], p = fields[name], c = fields[category]
        if Fields.isNull(t) || Fields.isNull(p) || Fields.isNull(c) { stats.skipped += 1; return }
        guard Fields.hasPrefix(t, 0x74, 0x74) else { throw InputError.malformed(path, line: line.number, reason: Self.notTitleID(t)) }
        guard Fields.hasPrefix(p, 0x6E, 0x6D) else { throw InputError.malformed(path, line: line.number, reason: Self.notNameID(p)) }
        guard allowed.allows(c) else { stats.skipped += 1; return }
        let mapping: CreditRoles.Mapping
        if let i = CreditRoles.index(of: c) {
            if i == CreditRoles.producerIndex, let j = job, !Fields.isNull(fields[j]) {
                mapping = CreditRoles.imdb(category: c, job: fields[j])
            } else {
                mapping = mappings[i]
            }
        } else {
            mapping = CreditRoles.imdb(category: c, job: UnsafeBufferPointer(start: nil, count: 0))
        }
        // Rows come grouped by title: make the title's String once per group.
        if lastTitleBytes.count != t.count
            || lastTitleBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, t.baseAddress!, t.count) }) != 0 {
            lastTitleBytes.removeAll(keepingCapacity: true)
            lastTitleBytes.append(contentsOf: t)
            work = CreditEntity(type: .work, key: Fields.string(t))
        }
        let person = CreditEntity(type: .person, key: Fields.string(p))
        sink.credit(person: person, role: mapping.role, kind: mapping.kind, work: work, line: line)
        stats.credits += 1
    }

}
