/// Roles that depend on the medium: the writer of a novel is its author.
extension Clause {
    /// The role as the corpus names it for this work's medium: "writer" of a novel,
    /// book, biography or memoir (or of an untyped work in a story about books) is its
    /// author.
    func mediumRole(_ role: String, work: Int?) -> String {
        guard role == "writer" else { return role }
        guard let work else { return role }
        let type = workType(of: work)
        if type == "novel" || type == "book" || (type == nil && genre == "book") { return "author" }
        return role
    }

    /// The first work noun of the sentence outside a possessive ("the shortlist of
    /// novels", "her debut album"): the medium of untyped works in it.
    var sentenceMedium: String? {
        for k in items.indices where items[k].isWord && items[k].type == nil && !items[k].possessive {
            if let type = lexicon.workCues[word(k)] { return type }
        }
        return nil
    }
}

extension Clause {
    /// "the director D ... gave its prize to M's W": W is named with its maker's
    /// possessive, so a described director (or other maker) elsewhere in the sentence is
    /// not its maker.
    func hasOtherMaker(_ work: Int, role: String, besides people: [Int]) -> Bool {
        for i in items.indices where isWork(i) && items[i].entity == work && i > 0 {
            guard isPerson(i - 1), items[i - 1].possessive, !people.contains(i - 1) else { continue }
            if makerRole(for: workType(at: i)) == role { return true }
        }
        return false
    }
}

extension Clause {
    /// "actor A fired a prop gun": a verb right after the described person that is not a
    /// credit verb tells an event, so the role is an occupation, not a credit on the
    /// work of the sentence before.
    func hasOwnAction(_ p: Int) -> Bool {
        var k = p + 1
        while k < items.count, word(k).isOne(of: "also", "then", "later", "had", "has", "was", "is") { k += 1 }
        guard k < items.count, items[k].isWord, items[k].type == nil else { return false }
        let w = word(k)
        return w.hasSuffix("ed") && lexicon.roleVerbs[w] == nil && !w.isOne(of: "credited", "named")
    }
}

extension Clause {
    /// "chaired by the director D": the described person is the agent of a verb that is
    /// no credit, so the role is an occupation.
    func agentOfOtherVerb(_ roleStart: Int) -> Bool {
        var k = roleStart - 1
        if word(k).isOne(of: "the", "a", "an") { k -= 1 }
        guard word(k) == "by", k >= 1, items[k - 1].isWord, items[k - 1].type == nil else { return false }
        let verb = word(k - 1)
        return verb.hasSuffix("ed") && lexicon.roleVerbs[verb] == nil
    }
}
