import Foundation
import RoleGraphCore

/// The cast-list format of Sedgewick & Wayne's *Algorithms* (`movies.txt`): one film a
/// line, `Title (year)/Last, First/Last, First (II)/...`. Every performer is credited
/// `actor` on the film.
enum Algs4Reader {
    /// - Complexity: O(n) in the input's size.
    static func read<S: CreditSink>(
        path: String, options: ImportOptions, countScalars: Bool, sink: inout S, stats: inout ImportStats
    ) throws {
        let reader = try LineReader(path: path, countScalars: countScalars)
        var progress = Progress(label: path, quiet: options.quiet)
        try reader.forEachLine(progress: &progress) { line in
            stats.lines += 1
            var bytes = line.bytes
            if line.number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { stats.skipped += 1; return true }
            try Fields.requireUTF8(bytes, path: path, line: line.number)
            let parts = bytes.split(separator: 0x2F, omittingEmptySubsequences: false)
            guard parts.count >= 2 else {
                throw InputError.malformed(path, line: line.number,
                                           reason: "expected 'Title (year)/Last, First/...', found no '/'")
            }
            let rawTitle = Fields.trimmedString(UnsafeBufferPointer(rebasing: parts[0]))
            guard !rawTitle.isEmpty else {
                throw InputError.malformed(path, line: line.number, reason: "the line starts with '/': the film's title is missing")
            }
            let work = CreditEntity(type: .work, key: rawTitle,
                                    label: options.repairMojibake ? Mojibake.repair(rawTitle) : rawTitle,
                                    workType: "film")
            for (i, part) in parts.dropFirst().enumerated() {
                let raw = Fields.trimmedString(UnsafeBufferPointer(rebasing: part))
                if raw.isEmpty {
                    // A trailing '/' is harmless; an empty name between two is not a name.
                    if i == parts.count - 2 { continue }
                    throw InputError.malformed(path, line: line.number, reason: "performer \(i + 1) is empty ('//')")
                }
                let name = options.repairMojibake ? Mojibake.repair(raw) : raw
                let label = displayName(name)
                let person = CreditEntity(type: .person, key: raw, label: label, alias: label == name ? nil : name)
                sink.credit(person: person, role: "actor", kind: .credit, work: work, line: line)
                stats.credits += 1
            }
            return true
        }
        if stats.lines == 0 { throw InputError.empty(path) }
        stats.files.append(path)
        stats.bytes += reader.fileSize ?? 0
    }

    /// "Last, First (II)" -> "First Last (II)"; "Bacon, Kevin" -> "Kevin Bacon"; a name
    /// without a comma ("Madonna") stays. IMDb's roman numeral stays, so two people of one
    /// name remain two labels; the raw form is kept as the key (and as an alias).
    static func displayName(_ raw: String) -> String {
        var name = Substring(raw)
        var suffix = ""
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
            if !inside.isEmpty && inside.allSatisfy({ "IVXLC".contains($0) }) {
                suffix = " " + name[open...]
                name = name[..<open]
                while name.last == " " { name = name.dropLast() }
            }
        }
        guard let comma = name.firstIndex(of: ",") else { return raw }
        let last = trimSpaces(name[..<comma])
        let first = trimSpaces(name[name.index(after: comma)...])
        guard !last.isEmpty, !first.isEmpty else { return raw }
        return "\(first) \(last)\(suffix)"
    }

    private static func trimSpaces(_ s: Substring) -> Substring {
        var t = s
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        return t
    }
}
