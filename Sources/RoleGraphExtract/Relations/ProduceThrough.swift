/// "A will produce through her company, C", "A and B are executive producers through
/// their company C": the people own C, C produced the work in view, and "produce" makes
/// them its producers.
extension Clause {
    static let companyNouns: WordSet = ["company", "banner", "shingle", "outfit", "label"]

    /// - Complexity: O(n) in the items of the sentence.
    func produceThrough() {
        for t in items.indices where word(t) == "through" || word(t) == "via" {
            let p = t + 1
            guard p < items.count, (items[p].reference == .pronoun && items[p].possessive) || word(p) == "their" else { continue }
            var k = p + 1, sawNoun = false
            while k < items.count, k - p <= 4, items[k].isWord, items[k].type == nil, word(k) != "," {
                if Self.companyNouns.contains(word(k)) { sawNoun = true }
                k += 1
            }
            if word(k) == "," { k += 1 }
            guard sawNoun, isType(k, .organization), !items[k].possessive, let company = items[k].entity else { continue }
            let owners = ownersOfPronoun(at: p, before: t)
            guard !owners.isEmpty else { continue }
            for o in owners { add(company, o, .other, "owned_by", 0.6) }
            guard let work = anchorWork(near: t) else { continue }
            add(work.work, company, .other, "produced_by", work.sameSentence ? 0.6 : 0.5)
            // "will produce through her company": the verb right before names the role.
            if word(t - 1).isOne(of: "produce", "produces", "producing", "produced") {
                for o in owners { add(o, work.work, .credit, "producer", work.sameSentence ? 0.6 : 0.5) }
            }
        }
    }

    /// The people a possessive pronoun at `p` stands for: "their" the coordinated people
    /// nearest before `before`; "his"/"her" the person it was resolved to.
    func ownersOfPronoun(at p: Int, before: Int) -> [Int] {
        let e = items[p].reference == .pronoun ? items[p].entity : nil
        var j = before - 1
        while j >= 0, before - j <= 12, !isPerson(j) || items[j].possessive || items[j].reference != .name { j -= 1 }
        guard j >= 0, isPerson(j), let nearest = items[j].entity else { return e.map { [$0] } ?? [] }
        var people = [nearest]
        while j >= 2, word(j - 1).isOne(of: "and", ","), isPerson(j - 2), !items[j - 2].possessive, let other = items[j - 2].entity {
            people.append(other)
            j -= 2
        }
        // "her company" stands for one of them; "their" for all.
        guard let e else { return word(p) == "their" && people.count >= 2 ? people : [] }
        if people.count >= 2 { return people.contains(e) ? people : [e] }
        return [e]
    }
}
