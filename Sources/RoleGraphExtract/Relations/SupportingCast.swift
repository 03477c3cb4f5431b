/// "A plays X, with B, C and D in supporting roles", "with B and C in smaller parts": the
/// people listed act in the work in view.
extension Clause {
    static let castPartNouns: WordSet = ["role", "roles", "part", "parts"]

    /// - Complexity: O(n) in the items; each "with" looks a bounded distance ahead.
    func supportingCast() {
        for w in items.indices where word(w) == "with" && !items[w].bracketed {
            let people = personList(from: w + 1)
            guard let last = people.last, word(last + 1) == "in" else { continue }
            // "in supporting roles", "in the other parts", "in smaller roles".
            var k = last + 2
            while k - last <= 4, items.indices.contains(k), items[k].isWord, items[k].type == nil, !Self.castPartNouns.contains(word(k)) { k += 1 }
            guard Self.castPartNouns.contains(word(k)), let anchor = anchorOutsideAsides(near: w) else { continue }
            for p in people { add(items[p].entity, anchor.work, .credit, "actor", anchor.sameSentence ? 0.65 : 0.5) }
        }
    }
}
