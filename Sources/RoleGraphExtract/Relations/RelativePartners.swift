/// "W, which A wrote with B", "V, the lead single from U, which R wrote with her producer
/// N": the object of the verb is the relative pronoun, so the work it stands for is the
/// one before "which" (past an apposition that names another work as a source), and the
/// partner after "with" shares the role.
extension Clause {
    /// The work a relative "which"/"that" before the subject at `k` stands for, and the
    /// people after "with" at `verbEnd`; nil when the clause is not of that shape.
    /// - Complexity: O(1): it looks a bounded distance around the verb.
    func relativeWorkWithPartners(subjectAt k: Int, verbEnd: Int) -> (Int, [Int])? {
        guard k >= 2, word(k - 1).isOne(of: "which", "that"), word(k - 2) == "," || isWork(k - 2), word(verbEnd) == "with" else { return nil }
        // "with her producer N".
        let possessivePronoun = verbEnd + 1 < items.count && items[verbEnd + 1].reference == .pronoun && items[verbEnd + 1].possessive
        let from = possessivePronoun ? verbEnd + 2 : verbEnd + 1
        guard let partner = describedPerson(from: from) else { return nil }
        var partners = [items[partner].entity!]
        if word(partner + 1) == "and", isPerson(partner + 2), !items[partner + 2].possessive { partners.append(items[partner + 2].entity!) }
        var w = word(k - 2) == "," ? skippingQuotes(before: k - 2) : k - 2
        guard isWork(w) else { return nil }
        // "V, the lead single from U, which": U is V's source; the relative stands for V.
        var before = w - 1
        while before >= 0, !items[before].isWord, items[before].type == nil, word(before).isOne(of: "\"", "\u{201C}", "\u{2018}", "'") { before -= 1 }
        if Self.sourcePrepositions.contains(word(before)) {
            var j = w - 1
            while j >= 0, w - j <= 8, word(j) != "," { j -= 1 }
            // ", the lead single from U": read as words, or as a phrase referring to a work.
            let describes = word(j + 1).isOne(of: "the", "a", "an", "her", "his", "their")
                || (isType(j + 1, .work) && items[j + 1].reference != .name)
            guard word(j) == ",", describes else { return nil }
            w = skippingQuotes(before: j)
            guard isWork(w) else { return nil }
        }
        guard items[w].reference == .name, !items[w].bracketed, let work = items[w].entity else { return nil }
        return (work, partners)
    }

    static let sourcePrepositions: WordSet = ["from", "of", "on", "off"]
}
