import CZlib
import Foundation

/// The structured credit files RoleGraph reads.
public enum CreditFormat: String, Sendable, CaseIterable, Hashable {
    /// IMDb `title.principals.tsv[.gz]`: who did what on which title.
    case imdbPrincipals
    /// IMDb `title.basics.tsv[.gz]`: titles, their years and types.
    case imdbBasicsTitles
    /// IMDb `name.basics.tsv[.gz]`: people's names.
    case imdbNames
    /// algs4 `movies.txt`: `Title (year)/Last, First/...`.
    case algs4
    /// `person,role,work` rows.
    case csv

    /// Guesses a file's format from its first bytes (gzip is looked through), then its name.
    /// Nil means it is not a credit file: most likely text for the extractor.
    ///
    /// The content decides first: an IMDb header line names its columns; an algs4 line is
    /// `Title (year)/...`; a CSV has a `.csv` name or a header naming person and work
    /// columns. A name like `title.principals.tsv` decides when the content is too short.
    public static func detect(path: String, head: [UInt8]) -> CreditFormat? {
        var text = head
        if text.starts(with: [0x1F, 0x8B]) { text = inflatePrefix(head) }
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        let firstLine = String(decoding: text.prefix(while: { $0 != 0x0A && $0 != 0x0D }), as: UTF8.self)
        let columns = firstLine.split(separator: "\t").map(String.init)
        if columns.first == "tconst" {
            if columns.contains("nconst") { return .imdbPrincipals }
            if columns.contains("primaryTitle") || columns.contains("titleType") { return .imdbBasicsTitles }
        }
        if columns.first == "nconst" && columns.contains("primaryName") { return .imdbNames }

        let name = (path as NSString).lastPathComponent.lowercased()
        if name.contains("title.principals") { return .imdbPrincipals }
        if name.contains("title.basics") { return .imdbBasicsTitles }
        if name.contains("name.basics") { return .imdbNames }

        if looksLikeCastList(firstLine) { return .algs4 }
        let bare = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        if bare.hasSuffix(".csv") { return .csv }
        let cells = firstLine.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
        if cells.count >= 3, cells.contains(where: CSVReader.personNames.contains),
           cells.contains(where: CSVReader.workNames.contains) {
            return .csv
        }
        return nil
    }

    /// `Title (1999)/Name/...`: a title ending in a parenthesised year, then a slash.
    static func looksLikeCastList(_ line: String) -> Bool {
        guard let slash = line.firstIndex(of: "/") else { return false }
        let title = line[..<slash]
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return false }
        let inside = title[title.index(after: open)..<title.index(before: title.endIndex)]
        return inside.count >= 2 && inside.first!.isNumber
    }

    /// As much of a gzip stream's content as its first bytes give, for sniffing.
    static func inflatePrefix(_ bytes: [UInt8], limit: Int = 1 << 16) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: limit)
        var input = bytes
        let produced = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                _ = inflate(&stream, Z_SYNC_FLUSH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(out.prefix(produced))
    }
}
