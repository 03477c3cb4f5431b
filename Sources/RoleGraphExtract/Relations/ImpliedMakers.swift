/// Makers a story implies rather than names beside the title: "ending David Jenkins's
/// pirate comedy" (the series just named), and "the most assured film yet from the
/// director of A, B and C" (whoever directed the work in view directed A, B and C too).
extension Clause {
    /// Genre nouns that, after a maker's possessive, stand for a work already named.
    /// Written for RoleGraph from general knowledge of review and trade-press wording.
    static let genreNouns: WordSet = ["comedy", "drama", "thriller", "western", "satire", "musical", "horror", "romance", "epic", "fable", "biopic"]

    /// "Max cancelled W after two seasons, ending A's pirate comedy": A's described work
    /// with no title after it is the work named before it in the sentence (or, in a
    /// sentence naming none, the one before).
    mutating func makerOfDescribedWork() {
        // "an adaptation of A's novel", "based on A's play": a source, read by `unnamedSourceAuthor`.
        for p in items.indices where isPerson(p) && items[p].possessive && items[p].reference == .name && !items[p].bracketed
            && !["of", "on", "from", "by"].contains(word(p - 1)) {
            var k = p + 1
            while k < items.count, k - p <= 3, items[k].isWord, items[k].type == nil,
                  lexicon.workCues[word(k)] == nil, !Self.genreNouns.contains(word(k)) { k += 1 }
            guard k < items.count, items[k].isWord, items[k].type == nil, !items[k].possessive else { continue }
            let cue = lexicon.workCues[word(k)] ?? (Self.genreNouns.contains(word(k)) ? "film" : nil)
            guard let cue, !word(k).hasSuffix("s") || cue == "series" else { continue }
            // A title after the noun is the possessive rule's ("A's comedy W", "A's film, W").
            if isWork(k + 1) || (word(k + 1) == "," && isWork(k + 2)) || items[k + 1].isWord && !["and", "that", "which", "was", "is", ",", ".", ";"].contains(word(k + 1)) { continue }
            var anchor: Int? = nil
            var w = p - 1
            while w >= 0 {
                if isWork(w), items[w].reference == .name, !items[w].bracketed, !items[w].possessive { anchor = items[w].entity; break }
                w -= 1
            }
            if anchor == nil, !items.indices.contains(where: { isWork($0) }) { anchor = previousWork }
            guard let anchor, let person = items[p].entity else { continue }
            let type = items.first(where: { $0.entity == anchor && $0.workType != nil })?.workType
            add(person, anchor, .credit, makerRole(for: type ?? cue), 0.55)
        }
    }

    /// "It is the most assured film yet from the director of A, B and C": with no one
    /// named before "the ROLE of", the person who holds ROLE on the work in view (from
    /// earlier sentences) holds it on A, B and C.
    mutating func roleHolderOfWorkInView() {
        for t in items.indices where word(t) == "the" && ["from", "by"].contains(word(t - 1)) {
            guard let found = role(startingAt: t + 1), word(found.end) == "of", isWork(found.end + 1),
                  items[found.end + 1].reference == .name,
                  let anchor = anchorWork(near: t), let holder = knownMakers[anchor.work]?[found.role] else { continue }
            for w in [found.end + 1] + workList(from: found.end + 2) where items[w].entity != anchor.work {
                add(holder, items[w].entity, .credit, found.role, 0.55)
            }
        }
    }
}
