import Foundation

/// Reads whole inputs as text, refusing what is not UTF-8 text with a clear error.
public enum TextFile {
    /// The name standard input goes by in messages and evidence.
    public static let standardInputName = "-"

    /// Reads a file (or standard input for `-`) as raw bytes.
    public static func bytes(at path: String) throws(InputError) -> [UInt8] {
        if path == standardInputName {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [UInt8](data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingFile(path)
        }
        if isDirectory.boolValue { throw .unreadable(path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, reason: "permission denied or I/O error")
        }
        return [UInt8](data)
    }

    /// Reads a file as UTF-8 text. A leading byte-order mark is dropped; NUL bytes make it
    /// binary; a byte sequence that is not UTF-8 is reported with its offset.
    public static func read(_ path: String, allowEmpty: Bool = false) throws(InputError) -> String {
        try decode(bytes(at: path), name: path, allowEmpty: allowEmpty)
    }

    public static func decode(_ bytes: [UInt8], name: String, allowEmpty: Bool = false) throws(InputError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            if allowEmpty { return "" }
            throw .empty(name)
        }
        if body.contains(0) { throw .binary(name) }
        if let bad = firstInvalidUTF8(body) { throw .invalidUTF8(name, byteOffset: bad) }
        return String(decoding: body, as: UTF8.self)
    }

    /// Offset (from the start of `bytes`' base) of the first byte that breaks UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        // Walk scalar by scalar so the offset of the failure is known.
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            if length > 1 {
                for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 { return index }
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 { return index }      // overlong
                if lead == 0xED && second > 0x9F { return index }      // surrogate
                if lead == 0xF0 && second < 0x90 { return index }      // overlong
                if lead == 0xF4 && second > 0x8F { return index }      // > U+10FFFF
            }
            index += length
        }
        return nil
    }
}
