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
        // Fields are short (ids, a category), so a plain loop beats a memchr call per field.
        var i = 0
        while n < limit && i < count {
            if base[i] == 0x09 {
                fields[n] = UnsafeBufferPointer(start: base + start, count: i - start)
                n += 1
                start = i + 1
            }
            i += 1
        }
        fields[n] = UnsafeBufferPointer(start: base + start, count: count - start)
        return n + 1
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

    /// A short printable excerpt of a field for error messages.
    static func excerpt(_ field: UnsafeBufferPointer<UInt8>) -> String {
        let s = string(field)
        return s.count > 40 ? String(s.prefix(40)) + "…" : s
    }
}
