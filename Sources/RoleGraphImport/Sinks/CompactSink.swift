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

    struct RelationKey: Hashable { var role: String; var kind: EdgeKind }

    public init(builder: CompactGraphBuilder = CompactGraphBuilder()) {
        self.builder = builder
    }

    public mutating func entity(_ entity: CreditEntity) {
        guard let label = entity.label, !label.isEmpty else { return }
        if let (kind, number) = Self.imdbNumber(entity.key) {
            // Only nodes a credit made: basics files list far more names than one import uses.
            guard let v = builder.existingIMDbNode(kind, number: number) else { return }
            builder.setLabel(v, label)
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
        builder.addEdge(a, b, relation: relation(role: role, kind: kind))
    }

    /// The builder's id for a relation, registered on first use.
    mutating func relation(role: String, kind: EdgeKind) -> UInt16 {
        // A file uses a handful of roles: a short scan of equal strings beats hashing one.
        for known in knownRelations where known.kind == kind && known.role == role { return known.id }
        let key = RelationKey(role: role, kind: kind)
        let id = relationIDs[key] ?? builder.relation(kind: kind, name: role)
        relationIDs[key] = id
        if knownRelations.count < 32 { knownRelations.append((role, kind, id)) }
        return id
    }

    /// IMDb credits by number (see `CompactGraphBuilder.addIMDbCredits`), for readers that
    /// parse rows in bulk; `relations` come from `relation(role:kind:)`.
    mutating func addIMDbCredits(names: UnsafeBufferPointer<Int32>, titles: UnsafeBufferPointer<Int32>,
                                 relations: UnsafeBufferPointer<UInt16>) {
        builder.addIMDbCredits(names: names, titles: titles, relations: relations)
    }

    /// Room for about this many more credits.
    mutating func reserve(credits: Int) {
        builder.reserve(nodes: builder.nodeCount + credits / 3, edges: builder.edgeCount + credits)
    }

    private mutating func node(_ e: CreditEntity) -> Int32 {
        if let (kind, number) = Self.imdbNumber(e.key) {
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
        var sink = CompactCreditSink()
        let stats = try read(paths, format: format, options: options, into: &sink)
        return (try sink.build(), stats)
    }

    /// The reading half of `compact(from:format:options:)`: credits into `sink`, whose
    /// `build()` then lays the graph out. IMDb principals files are parsed on
    /// `options.threads` cores.
    public static func read(_ paths: [String], format: CreditFormat? = nil, options: ImportOptions = ImportOptions(),
                            into sink: inout CompactCreditSink) throws -> ImportStats {
        var options = options
        options.labelsAfterCredits = true
        var total = ImportStats()
        for path in paths {
            sink.beginFile()
            let stats = try stream(from: path, format: format, options: options, into: &sink, bulk: true)
            total.lines += stats.lines
            total.credits += stats.credits
            total.entities += stats.entities
            total.skipped += stats.skipped
            total.bytes += stats.bytes
            total.files += stats.files
        }
        return total
    }
}
