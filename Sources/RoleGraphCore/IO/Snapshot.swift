import Foundation

/// The `.rgx` binary snapshot of a `CompactGraph`, so that queries on a big graph start
/// at once instead of re-reading credit files.
///
/// Layout (all integers little-endian, every section padded to 8 bytes):
///
///     magic  8 bytes  89 'R' 'G' 'X' 0D 0A 1A 0A
///     u32 version (1), u32 header size (72)
///     u64 nodes, adjacency entries, relation-text bytes, id bytes, label bytes,
///         external-id bytes, alias-text bytes
///     i32 offsets[nodes + 1] | i32 targets[entries] | u16 infos[entries] | u8 types[nodes]
///     i32 idStarts[nodes + 1] ids | i32 labelStarts[nodes + 1] labels
///     i32 externalStarts[nodes + 1] externalIDs
///     relations: "kind<TAB>name<LF>" per relation | aliases: "node<TAB>alias<LF>"
///
/// Loading reads each section straight into its array (a handful of reads, no allocation
/// per node) and then checks every offset and index, so a truncated or corrupt file gives
/// an error, never a crash or an out-of-bounds read later.
public enum Snapshot {
    public static let magic: [UInt8] = [0x89, 0x52, 0x47, 0x58, 0x0D, 0x0A, 0x1A, 0x0A]
    public static let version: UInt32 = 1
    static let headerSize = 72

    /// Whether bytes start like a snapshot (for input-kind detection).
    public static func looksLikeSnapshot(_ prefix: some Collection<UInt8>) -> Bool {
        prefix.starts(with: magic)
    }

    /// The whole snapshot in memory.
    ///
    /// - Complexity: O(V + E)
    public static func encode(_ g: CompactGraph) -> Data {
        let relationText = Array(g.relations.map { "\($0.kind.rawValue)\t\(Self.escape($0.name))\n" }.joined().utf8)
        var aliasLines: [String] = []
        for (alias, nodes) in g.aliases.sorted(by: { $0.key < $1.key }) {
            for v in nodes { aliasLines.append("\(v)\t\(Self.escape(alias))\n") }
        }
        let aliasText = Array(aliasLines.joined().utf8)
        var d = Data()
        d.append(contentsOf: magic)
        append(&d, [version, UInt32(headerSize)])
        append(&d, [UInt64(g.nodeCount), UInt64(g.targets.count), UInt64(relationText.count),
                    UInt64(g.ids.bytes.count), UInt64(g.labels.bytes.count),
                    UInt64(g.externalIDs.bytes.count), UInt64(aliasText.count)])
        section(&d, g.offsets); section(&d, g.targets); section(&d, g.infos); section(&d, g.types)
        for s in [g.ids, g.labels, g.externalIDs] { section(&d, s.starts); section(&d, s.bytes) }
        section(&d, relationText); section(&d, aliasText)
        return d
    }

    /// Writes atomically (temporary file, then rename).
    public static func write(_ g: CompactGraph, to path: String) throws(InputError) {
        try AtomicFile.write(encode(g), to: path)
    }

    /// - Complexity: O(V + E) to read and check.
    public static func read(_ path: String) throws(SnapshotError) -> CompactGraph {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        var reader = Reader(fd: fd, path: path, fileSize: Int(st.st_size))
        return try reader.readGraph()
    }

    static func escape(_ s: String) -> String {
        String(s.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\\" ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())
    }

    static func unescape(_ s: Substring) -> String {
        s.replacingOccurrences(of: "\\u{a}", with: "\n").replacingOccurrences(of: "\\u{9}", with: "\t")
            .replacingOccurrences(of: "\\u{5c}", with: "\\")
    }

    private static func append<T: FixedWidthInteger>(_ d: inout Data, _ values: [T]) {
        for v in values { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
    }

    private static func section<T: FixedWidthInteger>(_ d: inout Data, _ values: [T]) {
        #if _endian(little)
        values.withUnsafeBytes { d.append(contentsOf: $0) }
        #else
        append(&d, values)
        #endif
        let pad = (8 - d.count % 8) % 8
        if pad > 0 { d.append(contentsOf: [UInt8](repeating: 0, count: pad)) }
    }
}

public enum SnapshotError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String, String)
    case notASnapshot(String)
    case unsupportedVersion(String, UInt32)
    case corrupt(String, String)

    public var description: String {
        switch self {
        case .unreadable(let p, let why): "\(p): cannot read: \(why)"
        case .notASnapshot(let p): "\(p): not a RoleGraph snapshot (.rgx); make one with 'rolegraph index'"
        case .unsupportedVersion(let p, let v): "\(p): snapshot version \(v) is not supported (this build reads version \(Snapshot.version)); re-run 'rolegraph index'"
        case .corrupt(let p, let why): "\(p): corrupt or truncated snapshot: \(why)"
        }
    }
}
