import Foundation
import RoleGraphCore

/// A plain CSV of `person,role,work` rows (RFC 4180: fields may be quoted, `""` is a quote
/// inside a quoted field, and a quoted field may span lines).
///
/// A first row whose cells name the columns (person/name, role/category/job, work/title,
/// optionally year) is a header and places the columns; otherwise the first three columns
/// are person, role and work, and further columns are ignored. A `year` column makes the
/// work's label "Title (year)", as IMDb titles are labelled. Roles are normalised by
/// `CreditRoles.normalise` (actress -> actor, screenwriter -> writer, ...).
enum CSVReader {
    static let personNames: Set<String> = ["person", "name", "people", "performer", "artist", "person_name"]
    static let roleNames: Set<String> = ["role", "category", "job", "credit", "relation"]
    static let workNames: Set<String> = ["work", "title", "movie", "film", "show", "album", "book", "work_title"]
    static let yearNames: Set<String> = ["year", "startyear", "start_year"]

    /// - Complexity: O(n) in the input's size.
    static func read<S: CreditSink>(
        path: String, options: ImportOptions, countScalars: Bool, sink: inout S, stats: inout ImportStats
    ) throws {
        let reader = try LineReader(path: path, countScalars: countScalars)
        var progress = Progress(label: path, quiet: options.quiet)
        var pending: [UInt8] = []
        var pendingLine = 0
        var pendingScalarStart = 0
        var open = false
        var columns: (person: Int, role: Int, work: Int, year: Int?)? = nil
        func emit(_ record: [String], columns: (person: Int, role: Int, work: Int, year: Int?),
                  recordLine: Int, line: CreditLine, scalarStart: Int) throws {
            let needed = max(columns.person, columns.role, columns.work, columns.year ?? 0) + 1
            guard record.count >= needed else {
                throw InputError.malformed(path, line: recordLine,
                                           reason: "expected \(needed) comma-separated fields (person,role,work), found \(record.count)")
            }
            let person = record[columns.person].trimmingCharacters(in: .whitespaces)
            let role = record[columns.role].trimmingCharacters(in: .whitespaces)
            var work = record[columns.work].trimmingCharacters(in: .whitespaces)
            guard !person.isEmpty else { throw InputError.malformed(path, line: recordLine, reason: "the person field is empty") }
            guard !work.isEmpty else { throw InputError.malformed(path, line: recordLine, reason: "the work field is empty") }
            guard !role.isEmpty else { throw InputError.malformed(path, line: recordLine, reason: "the role field is empty") }
            if let y = columns.year {
                let year = record[y].trimmingCharacters(in: .whitespaces)
                if !year.isEmpty && year != "\\N" && !work.hasSuffix("(\(year))") { work += " (\(year))" }
            }
            let mapping = CreditRoles.normalise(role)
            let p = CreditEntity(type: .person, key: person, label: person)
            let w = CreditEntity(type: .work, key: work, label: work)
            if recordLine == line.number {
                sink.credit(person: p, role: mapping.role, kind: mapping.kind, work: w, line: line)
            } else {
                // Evidence for a record spanning lines covers all of them.
                pending.withUnsafeBufferPointer {
                    let spanned = CreditLine(number: recordLine, bytes: $0,
                                             scalarStart: line.scalarStart < 0 ? -1 : scalarStart, scalarEnd: line.scalarEnd)
                    sink.credit(person: p, role: mapping.role, kind: mapping.kind, work: w, line: spanned)
                }
            }
            stats.credits += 1
        }

        try reader.forEachLine(progress: &progress) { line in
            stats.lines += 1
            var bytes = line.bytes
            if line.number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            if !open {
                pending.removeAll(keepingCapacity: true)
                pendingLine = line.number
                pendingScalarStart = line.scalarStart
            } else {
                pending.append(0x0A)
            }
            try Fields.requireUTF8(bytes, path: path, line: line.number)
            pending.append(contentsOf: bytes)
            var quotes = 0
            for b in bytes where b == 0x22 { quotes += 1 }
            if quotes % 2 == 1 { open.toggle() }
            if open { return true }
            let recordLine = pendingLine
            let record = pending.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? [] : try parse(pending, path: path, line: recordLine)
            if record.isEmpty { stats.skipped += 1; return true }
            guard let cols = columns else {
                let names = record.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if let p = names.firstIndex(where: personNames.contains),
                   let w = names.firstIndex(where: workNames.contains) {
                    guard let r = names.firstIndex(where: roleNames.contains) else {
                        throw InputError.malformed(path, line: recordLine, reason: "the header names no role column (role, category or job)")
                    }
                    columns = (p, r, w, names.firstIndex(where: yearNames.contains))
                    return true
                }
                columns = (0, 1, 2, nil)
                try emit(record, columns: columns!, recordLine: recordLine, line: line, scalarStart: pendingScalarStart)
                return true
            }
            try emit(record, columns: cols, recordLine: recordLine, line: line, scalarStart: pendingScalarStart)
            return true
        }
        if open {
            throw InputError.malformed(path, line: pendingLine, reason: "a quoted field opened here is never closed")
        }
        if stats.lines == 0 { throw InputError.empty(path) }
        stats.files.append(path)
        stats.bytes += reader.fileSize ?? 0
    }

    /// The fields of one complete record.
    static func parse(_ bytes: [UInt8], path: String, line: Int) throws -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        let n = bytes.count
        while true {
            field.removeAll(keepingCapacity: true)
            // Spaces before an opening quote are tolerated (common in hand-written files).
            var j = i
            while j < n && bytes[j] == 0x20 { j += 1 }
            if j < n && bytes[j] == 0x22 {
                i = j + 1
                while true {
                    guard i < n else {
                        throw InputError.malformed(path, line: line, reason: "a quoted field is never closed")
                    }
                    if bytes[i] == 0x22 {
                        if i + 1 < n && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    field.append(bytes[i]); i += 1
                }
                while i < n && bytes[i] == 0x20 { i += 1 }
                if i < n && bytes[i] != 0x2C {
                    throw InputError.malformed(path, line: line,
                                               reason: "text after a closing quote in field \(fields.count + 1) (write \"\" for a quote inside a quoted field)")
                }
            } else {
                while i < n && bytes[i] != 0x2C {
                    if bytes[i] == 0x22 {
                        throw InputError.malformed(path, line: line,
                                                   reason: "a quote inside unquoted field \(fields.count + 1) (quote the whole field and write \"\")")
                    }
                    field.append(bytes[i]); i += 1
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if i >= n { return fields }
            i += 1 // the comma
        }
    }
}
