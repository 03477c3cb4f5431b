/// Roles that depend on the medium: the writer of a novel is its author.
extension Clause {
    /// The role as the corpus names it for this work's medium: "writer" of a novel,
    /// book, biography or memoir (or of an untyped work in a story about books) is its
    /// author.
    func mediumRole(_ role: String, work: Int?) -> String {
        guard role == "writer" else { return role }
        guard let work else { return role }
        let type = items.first(where: { $0.entity == work && $0.workType != nil })?.workType
        if type == "novel" || type == "book" || (type == nil && genre == "book") { return "author" }
        return role
    }

    /// The first work noun of the sentence outside a possessive ("the shortlist of
    /// novels", "her debut album"): the medium of untyped works in it.
    var sentenceMedium: String? {
        for item in items where item.isWord && item.type == nil && !item.possessive {
            if let type = lexicon.workCues[item.lower] { return type }
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
            if makerRole(for: items[i].workType) == role { return true }
        }
        return false
    }
}
