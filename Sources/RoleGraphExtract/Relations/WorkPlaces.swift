/// Where a work is set or filmed when words stand between the cue and the place ("Set
/// in a small Indiana town", "filmed mainly in Calgary and elsewhere in Alberta") or
/// the subject is the production ("much of the production is based in Atlanta").
extension Clause {
    static let productionNouns: WordSet = ["production", "filming", "shoot", "shooting", "principal photography"]

    func workPlaces() {
        var lastRelation: String? = nil
        for i in items.indices where isType(i, .place) && compound(i) == nil {
            // "elsewhere in Y", "and in Y": the same relation as the place before.
            // "Set between A in B and C": the last place of the pair.
            if let relation = lastRelation, word(i - 1) == "and", isType(i - 2, .place), let w = anchorWork(near: i), w.sameSentence {
                add(w.work, items[i].entity, .other, relation, 0.55)
                continue
            }
            if let relation = lastRelation, word(i - 1) == "in", word(i - 2).isOne(of: "elsewhere", "and", "also"),
               let w = anchorWork(near: i), w.sameSentence {
                add(w.work, items[i].entity, .other, relation, 0.6)
                continue
            }
            guard let relation = distantCue(before: i), let w = anchorWork(near: i) ?? heldWork.map({ ($0, false) }) else { continue }
            lastRelation = relation
            add(w.work, items[i].entity, .other, relation, w.sameSentence ? 0.65 : 0.5)
        }
    }

    /// The work-place relation of a cue a few plain words before item `i`: "set in a
    /// small", "filmed mainly in", "production is based in".
    func distantCue(before i: Int) -> String? {
        var k = i - 1
        while k >= 1, i - k <= 4, items[k].isWord, items[k].type == nil {
            if word(k) == "in" || (word(k) == "between" && word(k - 1) == "set") {
                var v = k - 1
                if word(v).isOne(of: "mainly", "largely", "mostly", "partly", "entirely", "primarily") { v -= 1 }
                switch word(v) {
                case "set": return "set_in"
                case "filmed", "shot": return "filmed_in"
                case "based":
                    // Only when the production, not a person or company, is the subject.
                    var s = v - 1
                    while s >= 0, v - s <= 3, word(s).isOne(of: "is", "was", "are", "were", "be") { s -= 1 }
                    return Self.productionNouns.contains(word(s)) ? "filmed_in" : nil
                default: return nil
                }
            }
            k -= 1
        }
        return nil
    }
}
