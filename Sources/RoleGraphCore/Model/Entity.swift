/// What kind of thing a node stands for.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case person
    case work
    case organization
    case place
    case event

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.sortRank < rhs.sortRank
    }

    private var sortRank: Int {
        switch self {
        case .person: 0
        case .work: 1
        case .organization: 2
        case .place: 3
        case .event: 4
        }
    }
}

/// What sort of fact an edge states (see CONTRACT.md).
public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// person -> work; the relation is a role noun (director, actor, ...).
    case credit
    /// person -> organization; the relation is the role held there.
    case affiliation
    /// anything else; the relation is snake_case (about, premiered_at, ...).
    case other

    public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A place in an input that states a fact: the document, Unicode scalar offsets into the
/// document as read, and the sentence itself.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    public var document: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(document: String, start: Int, end: Int, text: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.text) < (rhs.document, rhs.start, rhs.end, rhs.text)
    }
}
