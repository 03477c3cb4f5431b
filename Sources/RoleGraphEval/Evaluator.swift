import RoleGraphCore

/// True positives, predictions and gold items for one measure.
public struct Counts: Sendable, Equatable, Codable {
    public var truePositives: Int
    public var predicted: Int
    public var gold: Int

    public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { predicted > 0 ? Double(truePositives) / Double(predicted) : 0 }
    public var recall: Double { gold > 0 ? Double(truePositives) / Double(gold) : 0 }
    public var f1: Double {
        let p = precision, r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    public static func + (a: Counts, b: Counts) -> Counts {
        Counts(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
    }
}

/// The four measures of the scorer, for one article or summed over many (micro-average).
public struct Scores: Sendable, Equatable {
    /// A node matched to a gold entity of the same type.
    public var entitiesTyped = Counts()
    /// A node matched to a gold entity, whatever its type.
    public var entitiesUntyped = Counts()
    /// A credit edge whose ends match the gold credit's and whose role is the same.
    public var credits = Counts()
    /// Any edge whose two ends match a gold relation's, in either direction.
    public var pairs = Counts()

    public init() {}

    /// The measures in the scorer's order, with its names.
    public var named: [(name: String, counts: Counts)] {
        [("entities_typed", entitiesTyped), ("entities_untyped", entitiesUntyped), ("credits", credits), ("pairs", pairs)]
    }

    public static func + (a: Scores, b: Scores) -> Scores {
        var s = Scores()
        s.entitiesTyped = a.entitiesTyped + b.entitiesTyped
        s.entitiesUntyped = a.entitiesUntyped + b.entitiesUntyped
        s.credits = a.credits + b.credits
        s.pairs = a.pairs + b.pairs
        return s
    }
}

/// Scores a predicted graph against gold annotations with the rules of `eval/score.py`
/// (see docs/EVALUATION.md).
public struct Evaluator {
    public static func score(gold: GoldDocument, predicted: Graph) -> Scores {
        score(gold: gold, predicted: PredictedGraph(predicted))
    }

    /// - Complexity: O((V + R) · G) for V predicted nodes, R gold relations and G gold
    ///   entities, as in the scorer (articles are small).
    public static func score(gold: GoldDocument, predicted: PredictedGraph) -> Scores {
        let entities = GoldEntities(gold)

        // Each gold entity is found at most once; the first node to find it counts.
        let nodes = predicted.nodes.filter { Matching.scoredTypes.contains($0.type) }
        var idToGold: [String: Int?] = [:]
        var typedTP = 0, untypedTP = 0
        var usedTyped = Set<Int>(), usedUntyped = Set<Int>()
        for n in nodes {
            let i = entities.match(label: n.label, aliases: n.aliases)
            idToGold[n.id] = .some(i)
            if let i, !usedUntyped.contains(i) {
                usedUntyped.insert(i)
                untypedTP += 1
                if entities.items[i].type == n.type && !usedTyped.contains(i) {
                    usedTyped.insert(i)
                    typedTP += 1
                }
            }
        }
        // Nodes of other types still anchor relations.
        for n in predicted.nodes where idToGold[n.id] == nil {
            idToGold[n.id] = .some(entities.match(label: n.label, aliases: n.aliases))
        }

        var goldCredits = Set<CreditKey>(), goldPairs = Set<Pair>()
        for r in gold.relations {
            guard let s = entities.index(of: r.subject), let o = entities.index(of: r.object) else { continue }
            goldPairs.insert(Pair(s, o))
            if r.kind == "credit" { goldCredits.insert(CreditKey(s: s, role: Matching.role(r.relation), o: o)) }
        }

        var predCredits = Set<CreditKey>(), predPairs = Set<Pair>()
        var rawCredits = Set<RawCredit>(), rawPairs = Set<RawPair>()
        for e in predicted.edges {
            let s = idToGold[e.source] ?? nil, o = idToGold[e.target] ?? nil
            rawPairs.insert(RawPair(e.source, e.target))
            if let s, let o { predPairs.insert(Pair(s, o)) }
            if e.kind == "credit" {
                let role = Matching.role(e.relation)
                rawCredits.insert(RawCredit(s: e.source, role: role, o: e.target))
                if let s, let o { predCredits.insert(CreditKey(s: s, role: role, o: o)) }
            }
        }

        var scores = Scores()
        scores.entitiesTyped = Counts(truePositives: typedTP, predicted: nodes.count, gold: entities.items.count)
        scores.entitiesUntyped = Counts(truePositives: untypedTP, predicted: nodes.count, gold: entities.items.count)
        scores.credits = Counts(truePositives: predCredits.intersection(goldCredits).count,
                                predicted: rawCredits.count, gold: goldCredits.count)
        scores.pairs = Counts(truePositives: predPairs.intersection(goldPairs).count,
                              predicted: rawPairs.count, gold: goldPairs.count)
        return scores
    }

    struct CreditKey: Hashable { var s: Int, role: String, o: Int }
    struct RawCredit: Hashable { var s: String, role: String, o: String }
    /// An unordered pair (a set of one when both ends are the same).
    struct Pair: Hashable {
        var a: Int, b: Int
        init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
    }
    struct RawPair: Hashable {
        var a: String, b: String
        init(_ x: String, _ y: String) { a = min(x, y); b = max(x, y) }
    }
}

/// Gold entities of the scored types with their normalised forms.
struct GoldEntities {
    struct Item { var name: String; var normName: String; var type: String; var forms: Set<String> }
    let items: [Item]
    /// Normalised name -> index; a later entity with the same normalised name wins, as in
    /// the scorer's dictionary.
    let byName: [String: Int]

    init(_ gold: GoldDocument) {
        items = gold.entities.filter { Matching.scoredTypes.contains($0.type) }.map { e in
            let n = Matching.norm(e.name)
            var forms = Set([n]).union(e.aliases.map(Matching.norm))
            forms.remove("")
            return Item(name: e.name, normName: n, type: e.type, forms: forms)
        }
        var names: [String: Int] = [:]
        for (i, item) in items.enumerated() { names[item.normName] = i }
        byName = names
    }

    /// The gold entity a predicted node names: its label equal to a gold name first, then
    /// to any gold form, then one of its aliases equal to a gold name.
    func match(label: String, aliases: [String]) -> Int? {
        let l = Matching.norm(label)
        if let i = items.firstIndex(where: { $0.normName == l }) { return i }
        if let i = items.firstIndex(where: { $0.forms.contains(l) }) { return i }
        for a in aliases {
            let n = Matching.norm(a)
            if let i = items.firstIndex(where: { $0.normName == n }) { return i }
        }
        return nil
    }

    /// The gold entity a relation's subject or object names.
    func index(of name: String) -> Int? {
        let k = Matching.norm(name)
        if let i = byName[k] { return i }
        return items.firstIndex { $0.forms.contains(k) }
    }
}
