/// A fact between two entities, with every place in the input that states it.
public struct Edge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    /// The role noun for credits and affiliations, snake_case for other facts.
    public var relation: String
    /// How sure the extractor is, 0...1; the highest of the merged statements.
    public var confidence: Double
    /// Sorted, without duplicates.
    public var evidence: [Evidence]

    public init(
        source: String,
        target: String,
        kind: EdgeKind,
        relation: String,
        confidence: Double = 1.0,
        evidence: [Evidence] = []
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.relation = relation
        self.confidence = confidence
        self.evidence = Array(Set(evidence)).sorted()
    }

    /// Two edges with the same key state the same fact.
    public var key: Key { Key(source: source, target: target, kind: kind, relation: relation) }

    public struct Key: Sendable, Hashable, Comparable {
        public var source: String
        public var target: String
        public var kind: EdgeKind
        public var relation: String

        /// The three names and the kind's case: the hash a kind gets by default is that
        /// of its raw value, a fourth string to hash at every look-up of a key.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(target)
            hasher.combine(relation)
            switch kind {
            case .credit: hasher.combine(0)
            case .affiliation: hasher.combine(1)
            case .other: hasher.combine(2)
            }
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.source, lhs.target, lhs.kind.rawValue, lhs.relation)
                < (rhs.source, rhs.target, rhs.kind.rawValue, rhs.relation)
        }
    }

    /// Folds another statement of the same fact into this one.
    public mutating func absorb(_ other: Edge) {
        precondition(other.key == key, "absorb merges statements of one fact")
        confidence = max(confidence, other.confidence)
        evidence = Array(Set(evidence).union(other.evidence)).sorted()
    }
}
