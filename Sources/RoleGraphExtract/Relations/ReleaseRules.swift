/// Who released, published or distributed a work, and what a work is based on or about.
extension Clause {
    /// The relation for a releasing organization: films and series are distributed,
    /// records, books and games are released.
    func releaseRelation(for work: Int, verb: String) -> String {
        if verb.hasPrefix("distribut") { return "distributed_by" }
        let type = workType(of: work)
        switch type ?? genre {
        case "album", "song", "book", "novel", "game": return "released_by"
        case "film", "documentary", "series": return "distributed_by"
        default: return genre == "film" && verb != "published" ? "distributed_by" : "released_by"
        }
    }

    /// "W was published in Britain by O", "released through O and P", "O released W":
    /// the work must be in the same sentence; a release verb does not reach back.
    /// "opens in cinemas through O": a film's release in cinemas.
    static let releaseVerbs: WordSet = ["released", "published", "distributed", "issued", "opens", "opened"]
    static let comeForms: WordSet = ["came", "comes", "come", "coming"]

    func releases() {
        for v in items.indices where Self.releaseVerbs.contains(word(v)) || (word(v) == "out" && Self.comeForms.contains(word(v - 1))) {
            // Passive or "came out": organizations after "by" / "through", past places.
            var k = v + 1
            var orgs: [Int] = []
            var open = false
            while k < items.count, k - v <= 12, !word(k).isOne(of: ".", ";") {
                // "comes out on Dirty Hit": a record comes out on its label.
                if word(k).isOne(of: "by", "through", "via") || (word(k) == "on" && word(v) == "out") { open = true }
                else if open && isType(k, .organization) { orgs.append(items[k].entity!) }
                else if isWork(k) || isPerson(k) { break }
                k += 1
            }
            if !orgs.isEmpty {
                var w = v - 1
                while w >= 0, v - w <= 6, !isWork(w) { w -= 1 }
                let work = w >= 0 && isWork(w) ? items[w].entity : anchorWork(near: v).flatMap { $0.sameSentence ? $0.work : nil }
                if let work { for o in orgs { add(work, o, .other, releaseRelation(for: work, verb: word(v)), 0.7) } }
            }
            // Active: "Searchlight Pictures released Poor Things".
            if isType(v - 1, .organization), !items[v - 1].possessive {
                var o = v + 1
                while o < items.count, o - v <= 3, !isWork(o) { o += 1 }
                if isWork(o), let work = items[o].entity, let org = items[v - 1].entity {
                    // "The Cannes Film Festival opened with W": a festival screens, it does
                    // not distribute.
                    let relation = festivals.contains(org) || events.contains(org) ? "premiered_at" : releaseRelation(for: work, verb: word(v))
                    add(work, org, .other, relation, 0.75)
                }
            }
        }
    }

    /// "is based on W", "the film follows the physicist P": source and subject.
    func basedOnAndFollows() {
        for i in items.indices {
            if word(i) == "based", word(i + 1) == "on", isWork(i + 2), let anchor = anchorWork(near: i), anchor.sameSentence {
                add(anchor.work, items[i + 2].entity, .other, "based_on", 0.7)
            }
            if Cue.follows.contains(word(i)), isWork(i - 1) {
                var o = i + 1
                while o < items.count, o - i <= 4, items[o].isWord, items[o].type == nil { o += 1 }
                if isPerson(o) { add(items[i - 1].entity, items[o].entity, .other, "about", 0.65) }
            }
        }
    }
}

extension Clause {
    /// Whether a release verb comes shortly before item `i` in the sentence.
    func afterReleaseVerb(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 8 {
            if word(k).isOne(of: "released", "published", "distributed", "issued", "out") { return true }
            k -= 1
        }
        return false
    }
}

extension Clause {
    /// The work that won, for a prize word at `i`: the work right before it or before the
    /// winning verb a few words back ("it won the top prize").
    func workWinner(before i: Int) -> Int? {
        var k = i
        while k > 0, i - k <= 5 {
            if isWork(k - 1) && !items[k - 1].bracketed { return items[k - 1].entity }
            if word(k - 1).isOne(of: "has", "had"), isWork(k - 2) { return items[k - 2].entity }
            // "W, which won", "SZA's album, SOS, won": past the comma and relative word.
            if k == i, word(k - 1).isOne(of: "which", "that"), word(k - 2) == "," {
                k -= 2
                // "W, directed by P, which won": past a participle naming the maker.
                if isPerson(k - 1), word(k - 2) == "by", word(k - 4) == ",", isWork(k - 5) { return items[k - 5].entity }
                continue
            }
            // "W, starring A and B, won": past an aside naming the cast, the work won.
            if k == i, word(k - 1) == "," {
                var c = k - 2
                while c >= 0, isPerson(c) || word(c).isOne(of: "and", ",") { c -= 1 }
                if c >= 2, c < k - 2, word(c).isOne(of: "starring", "featuring", "co-starring", "with"), word(c - 1) == ",", isWork(c - 2),
                   !items[c - 2].bracketed {
                    return items[c - 2].entity
                }
            }
            if k == i, word(k - 1) == "," { k -= 1; continue }
            guard items[k - 1].isWord, items[k - 1].type == nil,
                  k == i || word(k - 1).isOne(of: "won", "wins", "win", "took", "takes", "the", "top", "main", "first", "grand", "later", "also", "eventually", "then", "ultimately") else { return nil }
            k -= 1
        }
        return nil
    }
}
