/// Undoes UTF-8 text that was decoded as Windows-1252 and re-encoded as UTF-8, once or
/// twice ("GuzmÃ¡n" or "GuzmÃƒÂ¡n" -> "Guzmán").
///
/// Each round maps every character back to its cp1252 byte and decodes the bytes as UTF-8;
/// a round that meets a character with no cp1252 byte, or bytes that are not UTF-8, is not
/// applied. Text that was right to begin with ("Guzmán" -> bytes `47 75 7A 6D E1 6E`, not
/// UTF-8) is therefore left alone. Characters whose UTF-8 byte fell on one of cp1252's five
/// undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are accepted as the C1 control of that
/// number, the usual way Windows decoders passed them through; where the damage replaced
/// them with U+FFFD the name cannot be repaired and stays as written.
public enum Mojibake {
    /// The repaired text, or `text` itself when no round applies.
    ///
    /// - Complexity: O(n), at most two passes.
    public static func repair(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var current = text
        for _ in 0..<2 {
            guard let next = undoOnce(current), next != current else { break }
            current = next
        }
        return current
    }

    static func undoOnce(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var sawHigh = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v <= 0xFF && !(0x80...0x9F).contains(v) {
                bytes.append(UInt8(v)); sawHigh = true
            } else if let b = cp1252High[v] {
                bytes.append(b); sawHigh = true
            } else {
                return nil
            }
        }
        guard sawHigh else { return nil }
        var decoded = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var utf8 = UTF8()
        loop: while true {
            switch utf8.decode(&iterator) {
            case .scalarValue(let s): decoded.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(decoded)
    }

    /// Windows-1252's bytes 0x80...0x9F (the Unicode mapping table published with the
    /// code page), plus the five undefined bytes as C1 controls.
    static let cp1252High: [UInt32: UInt8] = {
        let table: [UInt32] = [
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
        ]
        var map: [UInt32: UInt8] = [:]
        for (i, v) in table.enumerated() { map[v] = UInt8(0x80 + i) }
        return map
    }()
}
