/// A work described as coming "from" its makers: "W, the sci-fi adventure from A and B",
/// "W, from director A", "the new film from A", "W, a comedy by A". Trade news names directors, showrunners and
/// authors this way; the role is the one a role noun after "from" gives, else the maker
/// of the work's kind (director of a film, author of a book, creator of a series).
extension Clause {
    func makersFrom() {
        for i in items.indices where word(i) == "from" || word(i) == "by" {
            var p = i + 1
            var role: String? = nil
            // "from director A", "from writer-director A".
            if let found = lexicon.roles[word(p)], items[p].isWord { role = found; p += 1 }
            guard isPerson(p), !items[p].possessive, let work = describedBeforeFrom(i) else { continue }
            // "W, a comedy by A": only a described work; "W, produced by A" and "W, the
            // producer's cut by A" are read by the role rules.
            if word(i) == "by", !isDescription(before: i) { continue }
            let r = role ?? makerRole(for: workType(at: work))
            for q in personList(from: p) { add(items[q].entity, items[work].entity, .credit, r, q == p ? 0.6 : 0.55) }
        }
    }

    /// The work item that the words before "from" at item `i` describe: "W, from",
    /// "W, the sci-fi adventure from", or a phrase referring back to a work ("the new film
    /// from").
    func describedBeforeFrom(_ i: Int) -> Int? {
        if isWork(i - 1), case .definite = items[i - 1].reference { return i - 1 }
        var k = i - 1
        var words = 0
        while k >= 0, words < 5, items[k].isWord, items[k].type == nil, word(k) != "," { k -= 1; words += 1 }
        guard words == 0 || (words >= 2 && word(k + 1).isOne(of: "the", "a", "an")) else { return nil }
        // The comma may stand inside the title's closing quote mark ("W," the ...), and
        // then belongs to the quoted title's mention.
        k = skippingQuotes(before: k + 1)
        if words > 0, isWork(k), items[k].reference == .name, !items[k].possessive { return k }
        guard word(k) == "," else { return nil }
        let w = skippingQuotes(before: k)
        return isWork(w) && items[w].reference == .name && !items[w].possessive ? w : nil
    }

    /// Whether the words before "by" at item `i` are an article and a description with no
    /// role noun or verb ("a comedy", "the new novel").
    func isDescription(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 5, items[k].isWord, items[k].type == nil, word(k) != "," {
            if lexicon.roles[word(k)] != nil || lexicon.roleVerbs[word(k)] != nil { return false }
            if word(k).isOne(of: "the", "a", "an") { return i - k >= 2 }
            k -= 1
        }
        return false
    }

    /// The item before `k`, past closing quote marks.
    func skippingQuotes(before k: Int) -> Int {
        var j = k - 1
        while j >= 0, !items[j].isWord, items[j].type == nil, word(j).isOne(of: "\"", "\u{201D}", "\u{2019}", "'") { j -= 1 }
        return j
    }
}
