import RoleGraphCore

/// A person or a work as a credit file names it. Cheap to make: for IMDb rows the strings
/// are short ids that Swift stores inline, without allocating.
public struct CreditEntity: Sendable, Hashable {
    public var type: EntityType
    /// What identifies the entity within its source: an IMDb id (`nm0000102`), an algs4
    /// raw name (`Bacon, Kevin`), or a CSV name. Two rows with the same key name the same
    /// entity.
    public var key: String
    // The rarer fields share one optional box, so that an IMDb row's entity is one short
    // String and a nil reference: copying it costs two reference-count operations, not five.
    private var names: Names?

    final class Names: Sendable {
        let label: String?
        let workType: String?
        let alias: String?
        init(label: String?, workType: String?, alias: String?) {
            self.label = label
            self.workType = workType
            self.alias = alias
        }
    }

    public init(type: EntityType, key: String, label: String? = nil, workType: String? = nil, alias: String? = nil) {
        self.type = type
        self.key = key
        if label != nil || workType != nil || alias != nil {
            names = Names(label: label, workType: workType, alias: alias)
        }
    }

    /// The name to show, when the source gives one (IMDb labels come from
    /// `name.basics`/`title.basics` and reach a sink through `entity(_:)` instead).
    public var label: String? {
        get { names?.label }
        set { names = Names(label: newValue, workType: workType, alias: alias) }
    }

    /// For works: film, series, episode, ... when the source says.
    public var workType: String? {
        get { names?.workType }
        set { names = Names(label: label, workType: newValue, alias: alias) }
    }

    /// Another form of the name worth finding the entity by (algs4's "Bacon, Kevin").
    public var alias: String? {
        get { names?.alias }
        set { names = Names(label: label, workType: workType, alias: newValue) }
    }

    /// The IMDb id the key holds, if it is one (`nm…`/`tt…` and digits).
    public var imdbID: String? { IMDbID.isID(key) ? key : nil }

    public static func == (a: CreditEntity, b: CreditEntity) -> Bool {
        a.type == b.type && a.key == b.key && a.label == b.label && a.workType == b.workType && a.alias == b.alias
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(key)
        hasher.combine(label)
        hasher.combine(workType)
        hasher.combine(alias)
    }
}

/// Receives what an import reads, row by row, so a compact graph can be built without
/// the rich `Graph` in between.
///
/// Order: for IMDb inputs every `entity(_:)` call (names, then titles, from the basics
/// files next to the principals file) comes before the first credit, or after the last
/// one with `ImportOptions.labelsAfterCredits`. `role` is a
/// normalised role noun (`actor`, `director`, ...) for `kind == .credit`, or a snake_case
/// relation (`appears_in`) for `kind == .other`; see `CreditRoles`.
public protocol CreditSink {
    /// A name or a title with its label, read from `name.basics` / `title.basics`.
    mutating func entity(_ entity: CreditEntity)
    /// One credit: `person` did `role` on `work`.
    mutating func credit(person: CreditEntity, role: String, work: CreditEntity)
    /// The same, with the line it was read from (valid only during the call).
    mutating func credit(person: CreditEntity, role: String, kind: EdgeKind, work: CreditEntity, line: CreditLine)
}

extension CreditSink {
    public mutating func entity(_ entity: CreditEntity) {}

    public mutating func credit(person: CreditEntity, role: String, kind: EdgeKind, work: CreditEntity, line: CreditLine) {
        credit(person: person, role: role, work: work)
    }
}

/// What an import read.
public struct ImportStats: Sendable, Equatable {
    /// Lines read, headers included, over every file the import opened.
    public var lines = 0
    /// Credits handed on.
    public var credits = 0
    /// Names and titles read from basics files.
    public var entities = 0
    /// Rows read but not turned into a credit (an unknown category, a `\N` person, ...).
    public var skipped = 0
    /// Bytes of the inputs on disk (compressed size for gzip).
    public var bytes = 0
    /// The files read, in order.
    public var files: [String] = []

    public init() {}
}

/// Choices for an import.
public struct ImportOptions: Sendable {
    /// No progress on standard error even when it is a terminal.
    public var quiet: Bool
    /// algs4 cast lists: undo UTF-8 read twice as cp1252 ("GuzmÃƒÂ¡n" -> "Guzmán") in names
    /// and titles. On by default; a name that does not decode cleanly is kept as written.
    public var repairMojibake: Bool
    /// IMDb principals: also read `name.basics.tsv[.gz]` and `title.basics.tsv[.gz]` from the
    /// same folder for labels, when they are there.
    public var readCompanions: Bool
    /// IMDb categories kept; nil keeps all (including `self` and archive footage as
    /// `appears_in`). E.g. `["actor", "actress"]` for a co-star graph.
    public var categories: Set<String>?

    /// IMDb principals: read the companion basics files after the credits instead of
    /// before, so a sink can skip names and titles no credit uses (`CompactCreditSink`
    /// does). `GraphSink` needs labels first, so `graph(from:)` ignores this.
    public var labelsAfterCredits: Bool

    /// Threads that parse big IMDb principals files into a compact graph; 0 means one per
    /// core. The graph does not depend on it.
    public var threads: Int

    public init(quiet: Bool = false, repairMojibake: Bool = true, readCompanions: Bool = true,
                categories: Set<String>? = nil, labelsAfterCredits: Bool = false, threads: Int = 0) {
        self.threads = threads
        self.quiet = quiet
        self.repairMojibake = repairMojibake
        self.readCompanions = readCompanions
        self.categories = categories
        self.labelsAfterCredits = labelsAfterCredits
    }
}
