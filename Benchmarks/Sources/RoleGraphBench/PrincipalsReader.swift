import Foundation
import RoleGraph

/// Streams `title.principals.tsv` (tconst, ordering, nconst, category, ...) into a
/// `CompactGraphBuilder` in fixed-size chunks, so memory follows the graph, not the file.
/// Each chunk is cut at line ends into one part per core; the parts are parsed to numbers
/// in parallel, then handed to the builder in file order (so node numbering does not
/// depend on the thread count).
struct PrincipalsReader {
    enum Failure: Error, CustomStringConvertible {
        case cannotOpen(String)
        case malformed(String, line: Int)
        var description: String {
            switch self {
            case .cannotOpen(let p): "\(p): cannot open"
            case .malformed(let p, let line): "\(p):\(line): expected tt…<TAB>n<TAB>nm…<TAB>category"
            }
        }
    }

    /// What one worker parsed from its part of a chunk.
    struct Part {
        var names: [Int32] = []
        var titles: [Int32] = []
        var categories: [UInt8] = []
        /// Category spellings in order of first sight in this part.
        var table: [[UInt8]] = []
        var lines = 0
        var badLine = 0

        mutating func parse(_ p: UnsafeBufferPointer<UInt8>, skipFirstLine: Bool) {
            names.removeAll(keepingCapacity: true)
            titles.removeAll(keepingCapacity: true)
            categories.removeAll(keepingCapacity: true)
            lines = 0
            badLine = 0
            guard let base = p.baseAddress else { return }
            let end = p.count
            var i = 0
            while i < end {
                lines += 1
                let nl = memchr(base + i, 10, end - i).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
                defer { i = nl + 1 }
                if (skipFirstLine && lines == 1) || nl == i { continue }
                var k = i
                guard nl - k > 2, p[k] == 116, p[k + 1] == 116 else { badLine = lines; return }
                k += 2
                var title = 0
                while k < nl && p[k] != 9 {
                    let d = Int(p[k]) &- 48
                    guard d >= 0 && d <= 9 && title < Int(Int32.max) / 10 else { badLine = lines; return }
                    title = title * 10 + d; k += 1
                }
                k += 1
                while k < nl && p[k] != 9 { k += 1 }
                k += 1
                guard nl - k > 2, p[k] == 110, p[k + 1] == 109 else { badLine = lines; return }
                k += 2
                var person = 0
                while k < nl && p[k] != 9 {
                    let d = Int(p[k]) &- 48
                    guard d >= 0 && d <= 9 && person < Int(Int32.max) / 10 else { badLine = lines; return }
                    person = person * 10 + d; k += 1
                }
                k += 1
                let cs = k
                while k < nl && p[k] != 9 && p[k] != 13 { k += 1 }
                guard k > cs else { badLine = lines; return }
                let cat = UnsafeBufferPointer(rebasing: p[cs..<k])
                var code = -1
                for c in table.indices where table[c].count == cat.count {
                    if table[c].withUnsafeBufferPointer({ memcmp($0.baseAddress!, cat.baseAddress!, cat.count) }) == 0 { code = c; break }
                }
                if code < 0 {
                    guard table.count < 255 else { badLine = lines; return }
                    code = table.count
                    table.append(Array(cat))
                }
                names.append(Int32(person))
                titles.append(Int32(title))
                categories.append(UInt8(code))
            }
        }
    }

    static func read(_ path: String, into b: inout CompactGraphBuilder, threads: Int) throws -> Int {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure.cannotOpen(path) }
        defer { close(fd) }
        let chunk = 16 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        var carried = 0
        var lineBase = 0
        var rows = 0
        var first = true
        var parts = [Part](repeating: Part(), count: max(1, threads))
        var relationOf: [[UInt8]: UInt16] = [:]
        var relations: [UInt16] = []
        while true {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + carried, chunk - carried) }
            let eof = got <= 0
            let filled = carried + max(got, 0)
            if filled == 0 { break }
            // Parse up to the last line end (everything, at the end of the file).
            var usable = filled
            if !eof {
                usable = buffer.withUnsafeBufferPointer { p in
                    var j = filled - 1
                    while j >= 0 && p[j] != 10 { j -= 1 }
                    return j + 1
                }
                if usable == 0 { throw Failure.malformed(path, line: lineBase + 1) }
            }
            let cuts = buffer.withUnsafeBufferPointer { p -> [Int] in
                var cuts = [0]
                for w in 1..<parts.count {
                    var j = max(usable * w / parts.count, cuts.last!)
                    while j < usable && p[j - 1] != 10 { j += 1 }
                    cuts.append(j)
                }
                cuts.append(usable)
                return cuts
            }
            let skipHeader = first
            parts.withUnsafeMutableBufferPointer { partsP in
                let shared = UncheckedParts(base: partsP.baseAddress!)
                buffer.withUnsafeBufferPointer { p in
                    let bytes = UncheckedBytes(base: p.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: partsP.count) { w in
                        let slice = UnsafeBufferPointer(start: bytes.base + cuts[w], count: cuts[w + 1] - cuts[w])
                        shared.base[w].parse(slice, skipFirstLine: skipHeader && w == 0)
                    }
                }
            }
            first = false
            for w in parts.indices {
                if parts[w].badLine > 0 { throw Failure.malformed(path, line: lineBase + parts[w].badLine) }
                lineBase += parts[w].lines
                // Local category codes -> the builder's relation ids ("actress" is an actor).
                let local = parts[w].table.map { bytes -> UInt16 in
                    if let r = relationOf[bytes] { return r }
                    let name = String(decoding: bytes, as: UTF8.self)
                    let r = b.relation(kind: .credit, name: name == "actress" ? "actor" : name)
                    relationOf[bytes] = r
                    return r
                }
                relations.removeAll(keepingCapacity: true)
                for c in parts[w].categories { relations.append(local[Int(c)]) }
                parts[w].names.withUnsafeBufferPointer { n in
                    parts[w].titles.withUnsafeBufferPointer { t in
                        relations.withUnsafeBufferPointer { r in b.addIMDbCredits(names: n, titles: t, relations: r) }
                    }
                }
                rows += parts[w].names.count
            }
            carried = filled - usable
            if carried > 0 {
                buffer.withUnsafeMutableBufferPointer { p in _ = memmove(p.baseAddress!, p.baseAddress! + usable, carried) }
            }
            if eof { break }
        }
        return rows
    }
}

private struct UncheckedParts: @unchecked Sendable { let base: UnsafeMutablePointer<PrincipalsReader.Part> }
private struct UncheckedBytes: @unchecked Sendable { let base: UnsafePointer<UInt8> }
