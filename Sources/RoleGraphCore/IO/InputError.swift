/// Problems with what the user handed in. Each description is the one-line message the
/// command line prints.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingFile(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String)
    case invalidUTF8(String, byteOffset: Int)
    case malformed(String, line: Int, reason: String)
    case unwritable(String, reason: String)

    public var description: String {
        switch self {
        case .missingFile(let path):
            "\(path): no such file"
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .empty(let path):
            "\(path): the file is empty"
        case .binary(let path):
            "\(path): looks like a binary file (it contains NUL bytes), not text"
        case .invalidUTF8(let path, let offset):
            "\(path): not valid UTF-8 (first bad byte at offset \(offset)); convert it, e.g. iconv -f latin1 -t utf-8"
        case .malformed(let path, let line, let reason):
            "\(path):\(line): \(reason)"
        case .unwritable(let path, let reason):
            "\(path): cannot write: \(reason)"
        }
    }
}
