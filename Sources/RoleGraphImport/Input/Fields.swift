import Foundation

/// Byte-level field splitting for tab-separated lines: no String is made for a field the
/// reader does not need.
enum Fields {
    /// Splits `line` at tabs into `fields`, at most `fields.count` of them; the last one
    /// keeps any further tabs. Returns the number of fields found.
    @inline(__always)
    static func splitTabs(_ line: UnsafeBufferPointer<UInt8>, into fields: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>) -> Int {
        guard let base = line.baseAddress else {
            fields[0] = line
            return 1
        }
        var start = 0
        var n = 0
        let count = line.count
        let limit = fields.count - 1
        while n < limit, let tab = nextTab(base, from: start, count: count) {
            fields[n] = UnsafeBufferPointer(start: base + start, count: tab - start)
            n += 1
            start = tab + 1
        }
        fields[n] = UnsafeBufferPointer(start: base + start, count: count - start)
        return n + 1
    }

    /// The index of the next tab at or after `from`, eight bytes at a time. Fields are short
    /// (ids, a category), where a memchr call per field costs more than the scan, and a
    /// byte loop mispredicts a branch per byte.
    @inline(__always)
    static func nextTab(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let tabs: UInt64 = 0x0909_0909_0909_0909
        var i = from
        let raw = UnsafeRawPointer(base)
        while i + 8 <= count {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ tabs
            // A zero byte in x is a tab in the input (the classic has-zero-byte test; the
            // lowest flagged byte is always a true zero).
            let z = (x &- ones) & ~x & highs
            if z != 0 { return i + z.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < count {
            if base[i] == 0x09 { return i }
            i += 1
        }
        return nil
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

    /// The field without leading and trailing spaces and tabs, as a String.
    @inline(__always)
    static func trimmedString(_ field: UnsafeBufferPointer<UInt8>) -> String {
        var a = 0, b = field.count
        while a < b && (field[a] == 0x20 || field[a] == 0x09) { a += 1 }
        while b > a && (field[b - 1] == 0x20 || field[b - 1] == 0x09) { b -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: field[a..<b]), as: UTF8.self)
    }

    /// Throws when `bytes` (a line or a field) is not UTF-8, naming the line: a Latin-1 or
    /// cp1252 export would otherwise turn into U+FFFD without a word.
    @inline(__always)
    static func requireUTF8(_ bytes: UnsafeBufferPointer<UInt8>, path: String, line: Int) throws {
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii { return }
        if String(validating: bytes, as: UTF8.self) == nil {
            throw InputError.malformed(path, line: line, reason: "not valid UTF-8; convert the file, e.g. iconv -f latin1 -t utf-8")
        }
    }

    /// A short printable excerpt of a field for error messages.
    static func excerpt(_ field: UnsafeBufferPointer<UInt8>) -> String {
        let s = string(field)
        return s.count > 40 ? String(s.prefix(40)) + "…" : s
    }
}
