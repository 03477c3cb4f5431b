import Foundation
import RoleGraphCore

/// `title.principals` straight into a compact graph, on every core: the file is read in
/// big chunks, each chunk is cut at line ends into one part per core, the parts are
/// parsed to numbers in parallel, and the rows are handed to the builder in file order,
/// so node numbering does not depend on the thread count and equals what the row-by-row
/// reader gives.
///
/// Rows of the usual shape (`tt` and `nm` with up to nine digits, a category IMDb
/// documents) never become Strings. Any other row (longer numbers, ids with letters after
/// the prefix, an unknown category) is kept as bytes and read by `PrincipalsRows`, the
/// row-by-row reader, at its place in the order; errors name the same line and reason.
enum PrincipalsBatchReader {
    /// The columns a row needs, from the header.
    struct Columns: Sendable {
        var title: Int, name: Int, category: Int, job: Int?, needed: Int
    }

    /// Row codes: a `CreditRoles.table` index, or one of these.
    static let executiveCode = UInt8(CreditRoles.table.count)
    static let otherShapeCode: UInt8 = 0xFF

    /// What one worker parsed from its part of a chunk.
    struct Part {
        var names: [Int32] = []
        var titles: [Int32] = []
        var codes: [UInt8] = []
        /// Rows of another shape, in order, each with its line number within the part.
        var others: [(line: Int, bytes: [UInt8])] = []
        var lines = 0
        var skipped = 0
        var failure: (line: Int, reason: String)? = nil
        /// Room for the fields of one row.
        private var fieldStorage: [UnsafeBufferPointer<UInt8>] = []

        mutating func parse(_ p: UnsafeBufferPointer<UInt8>, columns: Columns) {
            if fieldStorage.count < columns.needed + 1 {
                fieldStorage = Array(repeating: UnsafeBufferPointer(start: nil, count: 0), count: columns.needed + 1)
            }
            var storage = fieldStorage
            fieldStorage = []
            storage.withUnsafeMutableBufferPointer { parse(p, columns: columns, fields: $0) }
            fieldStorage = storage
        }

        private mutating func parse(_ p: UnsafeBufferPointer<UInt8>, columns: Columns,
                                    fields: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>) {
            names.removeAll(keepingCapacity: true)
            titles.removeAll(keepingCapacity: true)
            codes.removeAll(keepingCapacity: true)
            others.removeAll(keepingCapacity: true)
            lines = 0
            skipped = 0
            failure = nil
            guard let base = p.baseAddress else { return }
            var i = 0
            while i < p.count {
                let newline = memchr(base + i, 0x0A, p.count - i).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? p.count
                defer { i = newline + 1 }
                lines += 1
                var end = newline
                if end > i && base[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(start: base + i, count: end - i)
                if line.isEmpty { skipped += 1; continue }
                let n = Fields.splitTabs(line, into: fields)
                guard n >= columns.needed else {
                    failure = (lines, "expected at least \(columns.needed) tab-separated fields, found \(n)")
                    return
                }
                let t = fields[columns.title], pn = fields[columns.name], c = fields[columns.category]
                if Fields.isNull(t) || Fields.isNull(pn) || Fields.isNull(c) { skipped += 1; continue }
                guard Fields.hasPrefix(t, 0x74, 0x74) else { failure = (lines, PrincipalsRows.notTitleID(t)); return }
                guard Fields.hasPrefix(pn, 0x6E, 0x6D) else { failure = (lines, PrincipalsRows.notNameID(pn)); return }
                guard let title = Self.number(t), let name = Self.number(pn), let index = CreditRoles.index(of: c) else {
                    others.append((lines, Array(line)))
                    names.append(0); titles.append(0); codes.append(otherShapeCode)
                    continue
                }
                var code = UInt8(index)
                if index == CreditRoles.producerIndex, let j = columns.job, !Fields.isNull(fields[j]),
                   CreditRoles.imdb(category: c, job: fields[j]) == CreditRoles.executiveProducer {
                    code = executiveCode
                }
                names.append(name)
                titles.append(title)
                codes.append(code)
            }
        }

        /// The number after a two-letter prefix, when it is 1 to 9 digits (fits Int32).
        @inline(__always)
        static func number(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
            guard field.count >= 3, field.count <= 11 else { return nil }
            var x: Int32 = 0
            for k in 2..<field.count {
                let d = field[k] &- 0x30
                guard d <= 9 else { return nil }
                x = x &* 10 &+ Int32(d)
            }
            return x
        }
    }

    /// Reads `path` into `sink`. `threads` 0 means one per core; `chunkBytes` is the read
    /// buffer's starting size (it grows for a longer line).
    ///
    /// Two buffers take turns: while the workers parse one chunk, this thread hands the
    /// previous chunk's rows to the builder and reads the next chunk from the file, so the
    /// one part that must run in order overlaps with the parallel part.
    ///
    /// - Complexity: O(n) in the input's size; memory two chunks of the input plus the graph.
    static func read(path: String, options: ImportOptions, sink: inout CompactCreditSink,
                     stats: inout ImportStats, threads: Int = 0, chunkBytes: Int = 16 << 20) throws {
        let source = try ByteSource(path: path)
        var progress = Progress(label: path, quiet: options.quiet)
        let workers = max(1, threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount)
        if let size = source.fileSize, !source.isGzip {
            // About 40 bytes a row in IMDb's file; reserving spares the copies of growing.
            sink.reserve(credits: size / 40)
        }
        var buffers = [ChunkBuffer(capacity: chunkBytes), ChunkBuffer(capacity: chunkBytes)]
        let parts = (0..<2).map { _ in PartSet(count: workers) }
        let parsing = DispatchGroup()
        // Whatever happens, no worker may outlive the buffers it reads.
        defer {
            parsing.wait()
            buffers.forEach { $0.deallocate() }
            parts.forEach { $0.deallocate() }
        }
        var rows: PrincipalsRows? = nil
        var columns = Columns(title: 0, name: 0, category: 0, job: nil, needed: 0)
        // Relations are registered at first use, in file order, as the row-by-row reader does.
        var relationOfCode = [UInt16](repeating: Batch.unset, count: Int(executiveCode) + 1)
        var lineBase = 0
        var batch = Batch()
        var current = 0
        var pending: PartSet? = nil
        var eof = try buffers[current].fill(from: source)

        func addPending() throws {
            guard let done = pending else { return }
            pending = nil
            for w in 0..<workers {
                let part = done.base[w]
                if let failure = part.failure {
                    throw InputError.malformed(path, line: lineBase + failure.line, reason: failure.reason)
                }
                try add(part, lineBase: lineBase, relationOfCode: &relationOfCode, batch: &batch,
                        rows: rows!, sink: &sink, stats: &stats)
                lineBase += part.lines
            }
            progress.update(rows: lineBase, consumed: source.consumed, total: source.fileSize)
        }

        while buffers[current].filled > 0 {
            let buffer = buffers[current]
            // Everything up to the last line end (all of it at the end of the input).
            guard let usable = eof ? buffer.filled : buffer.lastLineEnd() else {
                // No line end in a full buffer: a line longer than the buffer.
                buffers[current].grow()
                eof = try buffers[current].fill(from: source)
                continue
            }
            var start = 0
            if rows == nil {
                let newline = buffer.firstLineEnd(before: usable) ?? usable
                var end = newline
                if end > 0 && buffer.bytes[end - 1] == 0x0D { end -= 1 }
                let header = CreditLine(number: 1, bytes: UnsafeBufferPointer(rebasing: buffer.bytes[0..<end]), scalarStart: -1, scalarEnd: -1)
                rows = try PrincipalsRows(header: header, path: path, options: options)
                columns = Columns(title: rows!.title, name: rows!.name, category: rows!.category, job: rows!.job, needed: rows!.needed)
                stats.lines += 1
                lineBase = 1
                start = min(newline + 1, usable)
            }
            // One part per worker, cut at line ends.
            var cuts = [start]
            for w in 1..<workers {
                var j = max(start + (usable - start) * w / workers, cuts.last!)
                while j < usable && j > 0 && buffer.bytes[j - 1] != 0x0A { j += 1 }
                cuts.append(j)
            }
            cuts.append(usable)
            let set = parts[current]
            set.parse(buffer, cuts: cuts, columns: columns, group: parsing)
            // Meanwhile: the previous chunk's rows in order, then the next chunk's bytes.
            try addPending()
            let next = 1 - current
            buffers[next].filled = 0
            buffers[next].append(UnsafeBufferPointer(rebasing: buffer.bytes[usable..<buffer.filled]))
            if !eof { eof = try buffers[next].fill(from: source) }
            parsing.wait()
            pending = set
            current = next
        }
        try addPending()
        progress.finish(rows: lineBase)
        try IMDbReader.requireHeader(rows != nil, path: path, kind: "title.principals")
        stats.files.append(path)
        stats.bytes += source.fileSize ?? 0
    }

    /// A read buffer: `bytes[0..<filled]` holds input not yet parsed.
    struct ChunkBuffer {
        var bytes: UnsafeMutableBufferPointer<UInt8>
        var filled = 0

        init(capacity: Int) { bytes = .allocate(capacity: max(1, capacity)) }

        func deallocate() { bytes.deallocate() }

        /// Reads until the buffer is full or the input ends; true at the end.
        mutating func fill(from source: ByteSource) throws -> Bool {
            while filled < bytes.count {
                let n = try source.read(into: UnsafeMutableBufferPointer(rebasing: bytes[filled...]))
                if n == 0 { return true }
                filled += n
            }
            return false
        }

        mutating func grow() {
            let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count * 2)
            memcpy(bigger.baseAddress!, bytes.baseAddress!, filled)
            bytes.deallocate()
            bytes = bigger
        }

        mutating func append(_ tail: UnsafeBufferPointer<UInt8>) {
            while filled + tail.count > bytes.count { grow() }
            if !tail.isEmpty { memcpy(bytes.baseAddress! + filled, tail.baseAddress!, tail.count) }
            filled += tail.count
        }

        /// One past the last `\n`, if there is one.
        func lastLineEnd() -> Int? {
            var i = filled - 1
            while i >= 0 && bytes[i] != 0x0A { i -= 1 }
            return i >= 0 ? i + 1 : nil
        }

        func firstLineEnd(before end: Int) -> Int? {
            guard end > 0, let hit = memchr(bytes.baseAddress!, 0x0A, end) else { return nil }
            return hit.assumingMemoryBound(to: UInt8.self) - bytes.baseAddress!
        }
    }

    /// One part per worker, at a fixed address, so workers can fill them while this thread
    /// reads another set.
    struct PartSet: @unchecked Sendable {
        let base: UnsafeMutablePointer<Part>
        let count: Int

        init(count: Int) {
            self.count = count
            base = .allocate(capacity: count)
            base.initialize(repeating: Part(), count: count)
        }

        func deallocate() {
            base.deinitialize(count: count)
            base.deallocate()
        }

        /// Starts parsing `buffer[cuts[w]..<cuts[w + 1]]` into part w, for every w, on
        /// other threads; `group` says when all are done.
        func parse(_ buffer: ChunkBuffer, cuts: [Int], columns: Columns, group: DispatchGroup) {
            let bytes = UncheckedPointer(buffer.bytes.baseAddress!)
            for w in 0..<count {
                DispatchQueue.global().async(group: group) {
                    let slice = UnsafeBufferPointer(start: bytes.base + cuts[w], count: cuts[w + 1] - cuts[w])
                    self.base[w].parse(slice, columns: columns)
                }
            }
        }
    }

    /// Relation ids per row of a part, reused from part to part.
    struct Batch {
        static let skip = UInt16.max
        static let unset = UInt16.max - 1
        var relations: [UInt16] = []
    }

    /// Hands a part's rows to the sink in order: runs of usual rows in bulk, other rows one
    /// by one through `PrincipalsRows`.
    private static func add(_ part: Part, lineBase: Int, relationOfCode: inout [UInt16], batch: inout Batch,
                            rows: PrincipalsRows, sink: inout CompactCreditSink, stats: inout ImportStats) throws {
        stats.lines += part.lines
        stats.skipped += part.skipped
        let count = part.codes.count
        batch.relations.removeAll(keepingCapacity: true)
        batch.relations.reserveCapacity(count)
        for code in part.codes {
            batch.relations.append(code == otherShapeCode ? Batch.unset : relationOfCode[Int(code)])
        }
        var other = 0
        try part.names.withUnsafeBufferPointer { names in
            try part.titles.withUnsafeBufferPointer { titles in
                try part.codes.withUnsafeBufferPointer { codes in
                    try batch.relations.withUnsafeMutableBufferPointer { relations in
                        var i = 0
                        while i < count {
                            // The longest run of rows that go to the builder as they are.
                            // Relations are registered when first met, so their order
                            // matches the row-by-row reader's even around other rows.
                            var j = i
                            while j < count {
                                if relations[j] == Batch.unset {
                                    let code = Int(codes[j])
                                    if code == Int(otherShapeCode) { break }
                                    if relationOfCode[code] == Batch.unset {
                                        relationOfCode[code] = register(code, rows: rows, sink: &sink)
                                    }
                                    relations[j] = relationOfCode[code]
                                }
                                if relations[j] == Batch.skip { break }
                                j += 1
                            }
                            if j > i {
                                sink.addIMDbCredits(names: UnsafeBufferPointer(rebasing: names[i..<j]),
                                                    titles: UnsafeBufferPointer(rebasing: titles[i..<j]),
                                                    relations: UnsafeBufferPointer(rebasing: relations[i..<j]))
                                stats.credits += j - i
                            }
                            guard j < count else { break }
                            if codes[j] == otherShapeCode {
                                let row = part.others[other]
                                other += 1
                                try row.bytes.withUnsafeBufferPointer { bytes in
                                    try rows.read(CreditLine(number: lineBase + row.line, bytes: bytes, scalarStart: -1, scalarEnd: -1),
                                                  sink: &sink, stats: &stats)
                                }
                            } else {
                                stats.skipped += 1
                            }
                            i = j + 1
                        }
                    }
                }
            }
        }
    }

    /// The relation of a row code, or `Batch.skip` when the category filter drops it.
    private static func register(_ code: Int, rows: PrincipalsRows, sink: inout CompactCreditSink) -> UInt16 {
        let executive = code == Int(executiveCode)
        let category = CreditRoles.table[executive ? CreditRoles.producerIndex : code].category
        let mapping = executive ? CreditRoles.executiveProducer : CreditRoles.table[code].mapping
        return category.withUnsafeBufferPointer { rows.allowed.allows($0) }
            ? sink.relation(role: mapping.role, kind: mapping.kind) : Batch.skip
    }
}

private struct UncheckedPointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    init(_ base: UnsafeMutablePointer<T>) { self.base = base }
}
