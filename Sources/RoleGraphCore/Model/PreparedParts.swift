/// Initializers for producers that already hold a node's aliases or an edge's evidence
/// in final form (distinct and sorted), such as the extractor, which builds thousands of
/// small graphs: they skip the set and the sort the general initializers make, and give
/// the same values.
extension Node {
    /// - Parameter sortedAliases: distinct, sorted, without `label`.
    /// - Complexity: O(1) (O(a) checks in debug builds).
    public init(id: String, label: String, type: EntityType, workType: String?, sortedAliases: [String], mentions: Int) {
        assert(zip(sortedAliases, sortedAliases.dropFirst()).allSatisfy { $0 < $1 } && !sortedAliases.contains(label),
               "aliases must be distinct, sorted and without the label")
        self.id = id
        self.label = label
        self.type = type
        self.workType = workType
        self.aliases = sortedAliases
        self.mentions = mentions
        self.externalIDs = []
    }
}

extension Edge {
    /// - Parameter sortedEvidence: distinct and sorted.
    /// - Complexity: O(1) (O(e) checks in debug builds).
    public init(source: String, target: String, kind: EdgeKind, relation: String, confidence: Double, sortedEvidence: [Evidence]) {
        assert(zip(sortedEvidence, sortedEvidence.dropFirst()).allSatisfy { $0 < $1 }, "evidence must be distinct and sorted")
        self.source = source
        self.target = target
        self.kind = kind
        self.relation = relation
        self.confidence = confidence
        self.evidence = sortedEvidence
    }
}
