/// "The series was created by A and stars B as the chef, with C and D": the work is the
/// subject of "stars" across a passive clause, and a cast list goes on after ", with".
extension Clause {
    /// The work that opens the sentence when "and" before the verb at `v` joins it to a
    /// passive clause ("The series was created by A, who ..., and stars"); nil otherwise.
    /// - Complexity: O(n) in the items before the verb.
    func passiveClauseWork(beforeVerbAt v: Int) -> Int? {
        guard let w = (0..<v).first(where: { items[$0].type != nil }), isWork(w), !items[w].possessive, !items[w].bracketed,
              w + 3 < v, word(w + 1).isOne(of: "was", "is", "were", "has") else { return nil }
        var k = w + 2
        if word(k) == "been" { k += 1 }
        guard lexicon.roleVerbs[word(k)] != nil, word(k + 1) == "by" else { return nil }
        return items[w].entity
    }

    /// The people of ", with C and D" after the cast member at `last` (past "as the
    /// chef"), within the clause.
    /// - Complexity: O(1): a dozen items at most.
    func castAfterWith(after last: Int) -> [Int] {
        var k = last + 1
        if word(k) == "as" {
            while k < items.count, k - last <= 8, word(k) != ",", items[k].type == nil || isPerson(k) { k += 1 }
        }
        guard word(k) == ",", word(k + 1) == "with" else { return [] }
        return personList(from: k + 2)
    }
}
