import RoleGraphCore

/// Feeds credits straight into a `CompactGraphBuilder`, for graphs too big for `Graph`.
///
/// IMDb ids become nodes by number (`imdbNode`), so no id string is hashed; other keys
/// (algs4 names, CSV names) become nodes with the same ids `GraphSink` gives them
/// (`NodeID.make` of the label; a second key of the same file with the same id gets `-2`,
/// `-3`, ...), so the two paths agree on ids, and the same name in two files is one node. Labels from `name.basics`/`title.basics` are attached to
/// nodes that credits created; names nobody is credited with are skipped, so the graph
/// holds no isolated people (read credits first: `ImportOptions.labelsAfterCredits`).
public struct CompactCreditSink: CreditSink {
    public private(set) var builder: CompactGraphBuilder
    private var relationIDs: [RelationKey: UInt16] = [:]
    private var byKey: [EntityType: [String: Int32]] = [:]
    /// Ids given out in the current file, with the key that took each.
    private var owners: [String: String] = [:]
    private var knownRelations: [(role: String, kind: EdgeKind, id: UInt16)] = []
    private var seenNames = Bits(), seenTitles = Bits()

    struct RelationKey: Hashable { var role: String; var kind: EdgeKind }

    /// A bit per IMDb number: was the node made by a credit?
    struct Bits {
        var words: [UInt64] = []
        mutating func insert(_ n: Int) {
            let w = n >> 6
            if w >= words.count { words.append(contentsOf: repeatElement(0, count: w + 1 - words.count + words.count / 2)) }
            words[w] |= 1 << UInt64(n & 63)
        }
        func contains(_ n: Int) -> Bool {
            let w = n >> 6
            return w < words.count && words[w] & (1 << UInt64(n & 63)) != 0
        }
    }

    public init(builder: CompactGraphBuilder = CompactGraphBuilder()) {
        self.builder = builder
    }

    public mutating func entity(_ entity: CreditEntity) {
        guard let label = entity.label, !label.isEmpty else { return }
        if let (kind, number) = Self.imdbNumber(entity.key) {
            guard kind == .name ? seenNames.contains(number) : seenTitles.contains(number) else { return }
            builder.setLabel(builder.imdbNode(kind, number: number), label)
        } else if let v = byKey[entity.type]?[entity.key] {
            builder.setLabel(v, label)
        }
    }

    public mutating func credit(person: CreditEntity, role: String, work: CreditEntity) {
        credit(person: person, role: role, kind: .credit, work: work)
    }

    public mutating func credit(person: CreditEntity, role: String, kind: EdgeKind, work: CreditEntity, line: CreditLine) {
        credit(person: person, role: role, kind: kind, work: work)
    }

    private mutating func credit(person: CreditEntity, role: String, kind: EdgeKind, work: CreditEntity) {
        let a = node(person), b = node(work)
        // A file uses a handful of roles: a short scan of equal strings beats hashing one.
        var relation: UInt16? = nil
        for known in knownRelations where known.kind == kind && known.role == role {
            relation = known.id
            break
        }
        if relation == nil {
            let key = RelationKey(role: role, kind: kind)
            let id = relationIDs[key] ?? builder.relation(kind: kind, name: role)
            relationIDs[key] = id
            if knownRelations.count < 32 { knownRelations.append((role, kind, id)) }
            relation = id
        }
        builder.addEdge(a, b, relation: relation!)
    }

    private mutating func node(_ e: CreditEntity) -> Int32 {
        if let (kind, number) = Self.imdbNumber(e.key) {
            if kind == .name { seenNames.insert(number) } else { seenTitles.insert(number) }
            return builder.imdbNode(kind, number: number)
        }
        if let v = byKey[e.type]?[e.key] { return v }
        let label = e.label ?? e.key
        let base = NodeID.make(type: e.type, name: label)
        var id = base
        var n = 2
        while let owner = owners[id], owner != e.key { id = "\(base)-\(n)"; n += 1 }
        owners[id] = e.key
        let v = builder.addNode(id: id, label: label, type: e.type)
        if let alias = e.alias, alias != label { builder.addAlias(v, alias) }
        if e.key != label { builder.addAlias(v, e.key) }
        byKey[e.type, default: [:]][e.key] = v
        return v
    }

    /// Starts the next input file: from here on a name already used by an earlier file is
    /// the same node (as `Graph.merge` joins graphs by id), while two keys of one file that
    /// give one id stay apart.
    public mutating func beginFile() {
        owners.removeAll(keepingCapacity: true)
        byKey.removeAll(keepingCapacity: true)
    }

    /// `nm0000102` -> (.name, 102); nil for anything else (or a number too long for Int).
    @inline(__always)
    static func imdbNumber(_ key: String) -> (CompactGraphBuilder.IMDbKind, Int)? {
        var utf8 = key.utf8.makeIterator()
        guard let a = utf8.next(), let b = utf8.next() else { return nil }
        let kind: CompactGraphBuilder.IMDbKind
        if a == 0x6E && b == 0x6D { kind = .name } else if a == 0x74 && b == 0x74 { kind = .title } else { return nil }
        var number = 0, digits = 0
        while let c = utf8.next() {
            guard c >= 0x30 && c <= 0x39, digits < 18 else { return nil }
            number = number * 10 + Int(c - 0x30)
            digits += 1
        }
        return digits > 0 ? (kind, number) : nil
    }

    /// The compact graph of everything received.
    public consuming func build() throws -> CompactGraph {
        try builder.build()
    }
}

extension CreditImporter {
    /// Streams credit files into one `CompactGraph` (credits first, then labels from the
    /// IMDb basics files next to a principals file).
    ///
    /// - Complexity: O(n) in the inputs' size plus the builder's O(V + E + Σ d log d);
    ///   memory follows the graph, not the files.
    public static func compact(from paths: [String], format: CreditFormat? = nil,
                               options: ImportOptions = ImportOptions()) throws -> (CompactGraph, ImportStats) {
        var options = options
        options.labelsAfterCredits = true
        var sink = CompactCreditSink()
        var total = ImportStats()
        for path in paths {
            sink.beginFile()
            let stats = try stream(from: path, format: format, options: options, into: &sink)
            total.lines += stats.lines
            total.credits += stats.credits
            total.entities += stats.entities
            total.skipped += stats.skipped
            total.bytes += stats.bytes
            total.files += stats.files
        }
        return (try sink.build(), total)
    }
}
