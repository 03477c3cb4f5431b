/// Makers a story implies rather than names beside the title: "ending David Jenkins's
/// pirate comedy" (the series just named), and "the most assured film yet from the
/// director of A, B and C" (whoever directed the work in view directed A, B and C too).
extension Clause {
    /// Genre nouns that, after a maker's possessive, stand for a work already named.
    /// Written for RoleGraph from general knowledge of review and trade-press wording.
    static let genreNouns: WordSet = ["comedy", "drama", "thriller", "western", "satire", "musical", "horror", "romance", "epic", "fable", "biopic"]

    /// "an adaptation of A's novel", "based on A's play": the possessive at `p` names a
    /// source's maker, read by `unnamedSourceAuthor`.
    func isSourceMaker(_ p: Int) -> Bool {
        switch word(p - 1) {
        case "by": return true
        case "on": return word(p - 2) == "based"
        case "from": return word(p - 2).isOne(of: "adapted", "adapting", "inspired")
        case "of":
            if case .definite = items[max(0, p - 2)].reference, isWork(p - 2) { return true }
            return word(p - 2).isOne(of: "adaptation", "version", "remake", "retelling")
        default: return false
        }
    }

    /// "Max cancelled W after two seasons, ending A's pirate comedy": A's described work
    /// with no title after it is the work named before it in the sentence (or, in a
    /// sentence naming none, the one before).
    func makerOfDescribedWork() {
        let namesAWork = items.indices.contains { isWork($0) }
        for p in items.indices where isPerson(p) && items[p].possessive && items[p].reference == .name && !items[p].bracketed && !isSourceMaker(p) {
            var k = p + 1
            while k < items.count, k - p <= 3, items[k].isWord, items[k].type == nil,
                  lexicon.workCues[word(k)] == nil, !Self.genreNouns.contains(word(k)) { k += 1 }
            guard k < items.count, items[k].isWord, items[k].type == nil, !items[k].possessive else { continue }
            let cue = lexicon.workCues[word(k)] ?? (Self.genreNouns.contains(word(k)) ? "film" : nil)
            guard let cue, !word(k).hasSuffix("s") || cue == "series" else { continue }
            // A title after the noun is the possessive rule's ("A's comedy W", "A's film, W").
            if isWork(k + 1) || (word(k + 1) == "," && isWork(k + 2)) || isPerson(k + 1) { continue }
            var anchor: Int? = nil
            var w = p - 1
            while w >= 0 {
                if isWork(w), !items[w].bracketed, !items[w].possessive { anchor = items[w].entity; break }
                w -= 1
            }
            if anchor == nil, !namesAWork { anchor = previousWork }
            guard let anchor, let person = items[p].entity else { continue }
            let type = workType(of: anchor)
            add(person, anchor, .credit, makerRole(for: type ?? cue), 0.55)
            for a in castAfterWorkNoun(k) { add(a, anchor, .credit, "actor", 0.5) }
        }
    }

    /// After the work noun at `k`: "with A and B", ", which starred A, B and C",
    /// "starring A": the cast the phrase names.
    func castAfterWorkNoun(_ k: Int) -> [Int] {
        var a = k + 1
        if word(a) == "," { a += 1 }
        if word(a) == "which", word(a + 1).isOne(of: "starred", "stars") { a += 2 }
        else if word(a).isOne(of: "with", "starring") { a += 1 }
        else { return [] }
        var out: [Int] = []
        while a < items.count, isPerson(a), !items[a].possessive {
            if let e = items[a].entity { out.append(e) }
            guard word(a + 1).isOne(of: ",", "and") else { break }
            a += word(a + 2) == "and" ? 3 : 2
        }
        return out
    }

    /// "an NBC miniseries with A and B", "the filmmaker's third film with C": a work noun
    /// standing for the work in view, and the actors it was made with.
    func castOfDescribedWork() {
        for k in items.indices where items[k].isWord && items[k].type == nil && word(k + 1) == "with" && isPerson(k + 2) {
            guard let cue = lexicon.workCues[word(k)], cue.isOne(of: "film", "series", "documentary", "play", "drama"), !word(k).hasSuffix("s") || cue == "series" else { continue }
            // An article, ordinal or owner before the noun: "an NBC miniseries", "his third film".
            var d = k - 1
            while d >= 0, k - d <= 4, items[d].isWord || items[d].possessive || isType(d, .organization), !Self.determiners.contains(word(d)) { d -= 1 }
            guard d >= 0, Self.determiners.contains(word(d)) || items[d].possessive,
                  let anchor = anchorWork(near: d) else { continue }
            for a in castAfterWorkNoun(k) { add(a, anchor.work, .credit, "actor", anchor.sameSentence ? 0.55 : 0.45) }
        }
    }

    /// "It is the most assured film yet from the director of A, B and C": with no one
    /// named before "the ROLE of", the person who holds ROLE on the work in view (from
    /// earlier sentences) holds it on A, B and C.
    func roleHolderOfWorkInView() {
        for t in items.indices where word(t) == "the" && word(t - 1).isOne(of: "from", "by") {
            guard let found = role(startingAt: t + 1), word(found.end) == "of", isWork(found.end + 1),
                  items[found.end + 1].reference == .name,
                  let anchor = anchorWork(near: t), let holder = knownMaker(of: anchor.work, as: found.role) else { continue }
            for w in [found.end + 1] + workList(from: found.end + 2) where items[w].entity != anchor.work {
                add(holder, items[w].entity, .credit, found.role, 0.55)
            }
        }
    }
}

extension Clause {
    /// "Its showrunner, A,", "the film's editor, B": a work's possessive and a role noun
    /// name the holder after them. ("W, from director C" is read by `makersFrom`.)
    func rolesNamedAfterTheWork() {
        for w in items.indices where isWork(w) && !items[w].bracketed {
            // "the film's armorer, X" is the apposition rule's, which reads what "the film" is;
            // "W's longtime editor, X".
            if items[w].possessive, items[w].reference == .name || definiteNoun(w) == "it",
               let found = roleAfterModifiers(from: w + 1) {
                var p = found.end
                if word(p) == "," { p += 1 }
                if isPerson(p), !items[p].possessive { add(items[p].entity, items[w].entity, .credit, found.role, 0.65) }
            }
        }
    }
}
