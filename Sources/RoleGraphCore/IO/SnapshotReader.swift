import Foundation

extension Snapshot {
    /// Reads sections in file order, checking each size against what is left of the file
    /// before allocating, so a lying header cannot make it allocate or read past the end.
    struct Reader {
        let fd: Int32
        let path: String
        let fileSize: Int
        var position = 0

        init(fd: Int32, path: String, fileSize: Int) {
            self.fd = fd
            self.path = path
            self.fileSize = fileSize
        }

        mutating func readGraph() throws(SnapshotError) -> CompactGraph {
            guard fileSize >= Snapshot.headerSize else {
                if fileSize >= 8, let m: [UInt8] = try? array(8), m != Snapshot.magic { throw .notASnapshot(path) }
                throw fileSize == 0 ? .notASnapshot(path) : .corrupt(path, "shorter than the header")
            }
            let head: [UInt8] = try array(Snapshot.headerSize)
            guard Array(head[0..<8]) == Snapshot.magic else { throw .notASnapshot(path) }
            func u32(_ at: Int) -> UInt32 { head[at..<at + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
            func u64(_ at: Int) -> Int {
                let v = head[at..<at + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                return v > UInt64(Int32.max) ? Int.max : Int(v)
            }
            guard u32(8) == Snapshot.version else { throw .unsupportedVersion(path, u32(8)) }
            guard u32(12) == UInt32(Snapshot.headerSize) else { throw corrupt("bad header size") }
            let n = u64(16), entries = u64(24), relBytes = u64(32)
            let idBytes = u64(40), labelBytes = u64(48), extBytes = u64(56), aliasBytes = u64(64)
            guard n < Int(Int32.max), entries < Int(Int32.max), relBytes < Int.max, idBytes < Int.max,
                  labelBytes < Int.max, extBytes < Int.max, aliasBytes < Int.max else { throw corrupt("counts out of range") }
            func padded(_ b: Int) -> Int { (b + 7) / 8 * 8 }
            let expected = Snapshot.headerSize + padded(4 * (n + 1)) + padded(4 * entries) + padded(2 * entries)
                + padded(n) + 3 * padded(4 * (n + 1)) + padded(idBytes) + padded(labelBytes) + padded(extBytes)
                + padded(relBytes) + padded(aliasBytes)
            guard expected == fileSize else {
                throw corrupt("the header describes \(expected) bytes but the file has \(fileSize)")
            }
            let offsets: [Int32] = try array(n + 1)
            let targets: [Int32] = try array(entries)
            let infos: [UInt16] = try array(entries)
            let types: [UInt8] = try array(n)
            let ids = ByteStrings(starts: try array(n + 1), bytes: try array(idBytes))
            let labels = ByteStrings(starts: try array(n + 1), bytes: try array(labelBytes))
            let ext = ByteStrings(starts: try array(n + 1), bytes: try array(extBytes))
            let relText: [UInt8] = try array(relBytes)
            let aliasText: [UInt8] = try array(aliasBytes)

            var relations: [CompactGraph.Relation] = []
            for line in String(decoding: relText, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, let kind = EdgeKind(rawValue: String(parts[0])) else { throw corrupt("bad relation table") }
                relations.append(.init(kind: kind, name: Snapshot.unescape(parts[1])))
            }
            var aliases: [String: [Int32]] = [:]
            for line in String(decoding: aliasText, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, let v = Int32(parts[0]), v >= 0, Int(v) < n else { throw corrupt("bad alias table") }
                aliases[Snapshot.unescape(parts[1]), default: []].append(v)
            }
            try check(offsets: offsets, targets: targets, infos: infos, types: types, relations: relations.count)
            for (s, name) in [(ids, "ids"), (labels, "labels"), (ext, "external ids")] {
                try checkStarts(s.starts, blob: s.bytes.count, name)
            }
            return CompactGraph(offsets: offsets, targets: targets, infos: infos, relations: relations, types: types,
                                ids: ids, labels: labels, externalIDs: ext, aliases: aliases)
        }

        private func corrupt(_ why: String) -> SnapshotError { .corrupt(path, why) }

        private func check(offsets: [Int32], targets: [Int32], infos: [UInt16], types: [UInt8], relations: Int) throws(SnapshotError) {
            let n = types.count
            try checkStarts(offsets, blob: targets.count, "adjacency offsets")
            let bad = targets.withUnsafeBufferPointer { t in t.contains { $0 < 0 || Int($0) >= n } }
            if bad { throw corrupt("an edge names a node that does not exist") }
            if infos.contains(where: { Int($0 & 0x7FFF) >= relations }) { throw corrupt("an edge names a relation that does not exist") }
            if types.contains(where: { $0 > EntityType.event.code }) { throw corrupt("unknown node type") }
        }

        private func checkStarts(_ starts: [Int32], blob: Int, _ what: String) throws(SnapshotError) {
            guard starts.first == 0, Int(starts.last ?? -1) == blob else { throw corrupt("\(what) do not span their data") }
            let ok = starts.withUnsafeBufferPointer { s in
                var i = 1
                while i < s.count { if s[i] < s[i - 1] { return false }; i += 1 }
                return true
            }
            if !ok { throw corrupt("\(what) go backwards") }
        }

        /// Reads `count` elements into a new array, then skips the section's padding.
        mutating func array<T: FixedWidthInteger>(_ count: Int) throws(SnapshotError) -> [T] {
            let bytes = count * MemoryLayout<T>.stride
            guard bytes <= fileSize - position else { throw corrupt("ends early") }
            var failure: String? = nil
            let result = [T](unsafeUninitializedCapacity: count) { buf, initialized in
                var done = 0
                let raw = UnsafeMutableRawPointer(buf.baseAddress)
                while done < bytes, let raw {
                    let got = Foundation.read(fd, raw + done, bytes - done)
                    if got <= 0 { failure = got == 0 ? "ends early" : String(cString: strerror(errno)); break }
                    done += got
                }
                if failure != nil { buf.baseAddress?.initialize(repeating: 0, count: count) }
                initialized = count
            }
            if let failure { throw .unreadable(path, failure) }
            position += bytes
            let pad = (8 - position % 8) % 8
            if pad > 0 && position != fileSize {
                var skip = [UInt8](repeating: 0, count: pad)
                guard Foundation.read(fd, &skip, pad) == pad else { throw corrupt("ends early") }
                position += pad
            }
            #if _endian(big)
            return result.map { T(littleEndian: $0) }
            #else
            return result
            #endif
        }
    }
}
