import Foundation

/// Byte-level field splitting for tab-separated lines: no String is made for a field the
/// reader does not need.
enum Fields {
    /// Splits `line` at tabs into `into` (cleared first), at most `limit` fields; the last
    /// field keeps any further tabs. Returns the number of fields.
    @inline(__always)
    static func splitTabs(_ line: UnsafeBufferPointer<UInt8>, limit: Int, into fields: inout [UnsafeBufferPointer<UInt8>]) -> Int {
        fields.removeAll(keepingCapacity: true)
        guard let base = line.baseAddress else {
            fields.append(line)
            return 1
        }
        var start = 0
        let count = line.count
        while fields.count < limit - 1 {
            guard let hit = memchr(base + start, 0x09, count - start) else { break }
            let tab = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            fields.append(UnsafeBufferPointer(start: base + start, count: tab - start))
            start = tab + 1
        }
        fields.append(UnsafeBufferPointer(start: base + start, count: count - start))
        return fields.count
    }

    /// IMDb's null: the two bytes `\N`, or an empty field.
    @inline(__always)
    static func isNull(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.isEmpty || (field.count == 2 && field[0] == 0x5C && field[1] == 0x4E)
    }

    @inline(__always)
    static func string(_ field: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: field, as: UTF8.self)
    }

    @inline(__always)
    static func hasPrefix(_ field: UnsafeBufferPointer<UInt8>, _ a: UInt8, _ b: UInt8) -> Bool {
        field.count >= 3 && field[0] == a && field[1] == b
    }

    /// A short printable excerpt of a field for error messages.
    static func excerpt(_ field: UnsafeBufferPointer<UInt8>) -> String {
        let s = string(field)
        return s.count > 40 ? String(s.prefix(40)) + "…" : s
    }
}
