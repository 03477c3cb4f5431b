/// A read-only graph for big inputs: Int32 node indices, names interned in byte blobs,
/// and CSR adjacency over the undirected view (every stored edge appears in the lists of
/// both ends), so one representation serves connectivity queries on ten nodes or ten
/// million. Built by `CompactGraphBuilder`, from a `Graph`, or loaded from a snapshot.
///
/// Each adjacency entry carries an `EdgeInfo`: the relation id and whether the entry runs
/// against the direction the edge was stored in (a credit is stored person -> work, so
/// the work's entry for it is reversed). Lists are sorted by (neighbour, info), which makes
/// every traversal, and so every tie-break, deterministic.
public struct CompactGraph: Sendable {
    /// A kind of fact shared by many edges: (credit, actor), (other, married_to), ...
    public struct Relation: Sendable, Hashable {
        public var kind: EdgeKind
        public var name: String
        public init(kind: EdgeKind, name: String) { self.kind = kind; self.name = name }
    }

    public let nodeCount: Int
    /// `offsets[v] ..< offsets[v + 1]` indexes `targets` and `infos` for node v.
    public let offsets: [Int32]
    public let targets: [Int32]
    public let infos: [UInt16]
    public let relations: [Relation]
    let types: [UInt8]
    let ids: ByteStrings
    let labels: ByteStrings
    let externalIDs: ByteStrings
    /// Lower-cased alias -> nodes, for graphs that came from text (empty for credit data).
    let aliases: [String: [Int32]]

    init(offsets: [Int32], targets: [Int32], infos: [UInt16], relations: [Relation], types: [UInt8],
         ids: ByteStrings, labels: ByteStrings, externalIDs: ByteStrings, aliases: [String: [Int32]]) {
        self.nodeCount = types.count
        self.offsets = offsets
        self.targets = targets
        self.infos = infos
        self.relations = relations
        self.types = types
        self.ids = ids
        self.labels = labels
        self.externalIDs = externalIDs
        self.aliases = aliases
    }

    /// Stored edges (each appears twice in the adjacency).
    public var edgeCount: Int { targets.count / 2 }

    public func degree(_ v: Int32) -> Int { Int(offsets[Int(v) + 1] - offsets[Int(v)]) }

    public func type(_ v: Int32) -> EntityType { EntityType.fromCode(types[Int(v)]) }

    public func isPerson(_ v: Int32) -> Bool { types[Int(v)] == EntityType.person.code }

    /// The label, or the external id where no name is known.
    public func label(_ v: Int32) -> String {
        let l = labels[Int(v)]
        return l.isEmpty ? (externalID(v) ?? id(v)) : l
    }

    /// The stable id; nodes imported by number have `type/` + their external id.
    public func id(_ v: Int32) -> String {
        let s = ids[Int(v)]
        if !s.isEmpty { return s }
        return type(v).rawValue + "/" + externalIDs[Int(v)]
    }

    public func externalID(_ v: Int32) -> String? {
        let s = externalIDs[Int(v)]
        return s.isEmpty ? nil : s
    }

    public func aliasesOf(_ v: Int32) -> [String] {
        aliases.compactMap { $0.value.contains(v) ? $0.key : nil }.sorted()
    }

    /// Neighbours of v in list order (with repeats where several edges join the same pair).
    public func neighbors(_ v: Int32) -> ArraySlice<Int32> {
        targets[Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1])]
    }

    /// The edge from u to v with the smallest info, seen from u; nil if they are not adjacent.
    public func edgeInfo(from u: Int32, to v: Int32) -> EdgeInfo? {
        for i in Int(offsets[Int(u)])..<Int(offsets[Int(u) + 1]) where targets[i] == v {
            return EdgeInfo(raw: infos[i])
        }
        return nil
    }

    /// A node as the rich model describes it (no evidence: the compact form keeps none).
    public func node(_ v: Int32) -> Node {
        let ext = externalID(v).map { [$0] } ?? []
        return Node(id: id(v), label: label(v), type: type(v), aliases: aliasesOf(v), externalIDs: ext)
    }

    /// The edge joining u to v, oriented as it was stored.
    public func edge(from u: Int32, to v: Int32) -> Edge? {
        guard let info = edgeInfo(from: u, to: v) else { return nil }
        let r = relations[Int(info.relation)]
        let (s, t) = info.isReversed ? (v, u) : (u, v)
        return Edge(source: id(s), target: id(t), kind: r.kind, relation: r.name)
    }
}

/// One adjacency entry's relation id (15 bits) and orientation (top bit).
public struct EdgeInfo: Sendable, Hashable {
    public static let maxRelations = 0x7FFF
    public var raw: UInt16
    public init(raw: UInt16) { self.raw = raw }
    public init(relation: UInt16, reversed: Bool) { raw = relation | (reversed ? 0x8000 : 0) }
    public var relation: UInt16 { raw & 0x7FFF }
    public var isReversed: Bool { raw & 0x8000 != 0 }
}

extension EntityType {
    /// The byte a compact graph and a snapshot store for the type.
    var code: UInt8 {
        switch self {
        case .person: 0
        case .work: 1
        case .organization: 2
        case .place: 3
        case .event: 4
        }
    }

    static func fromCode(_ c: UInt8) -> EntityType {
        switch c {
        case 0: .person
        case 1: .work
        case 2: .organization
        case 3: .place
        default: .event
        }
    }
}

/// Many short strings in one byte blob: `bytes[starts[i] ..< starts[i + 1]]` is string i.
/// No allocation per string; a String is made only when asked for.
struct ByteStrings: Sendable {
    var bytes: [UInt8]
    var starts: [Int32]

    init() { bytes = []; starts = [0] }
    init(bytes: [UInt8], starts: [Int32]) { self.bytes = bytes; self.starts = starts }
    init(starts: [Int32], bytes: [UInt8]) { self.bytes = bytes; self.starts = starts }

    var count: Int { starts.count - 1 }

    subscript(i: Int) -> String {
        let a = Int(starts[i]), b = Int(starts[i + 1])
        if a == b { return "" }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    func bytes(_ i: Int) -> ArraySlice<UInt8> { bytes[Int(starts[i])..<Int(starts[i + 1])] }

    mutating func append(_ s: some Collection<UInt8>) {
        bytes.append(contentsOf: s)
        starts.append(Int32(truncatingIfNeeded: bytes.count))
    }
}
