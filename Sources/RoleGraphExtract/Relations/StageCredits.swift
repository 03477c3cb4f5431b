/// Credits of theatre and screen stories stated by what was made rather than by a verb:
/// "music and lyrics by A, together with B", "the 1981 musical with songs by A", "won
/// acting prizes for W", and the author of an unnamed novel a work is based on.
extension Clause {
    /// The parts of a work that a composer makes.
    static let musicParts: WordSet = ["music", "songs", "score", "lyrics"]

    /// "music and lyrics by the folk duo A, made up of ..., together with B": A and B are
    /// composers of the work in view (or of the work the phrase describes).
    func musicBy() {
        for t in items.indices where Self.musicParts.contains(word(t)) && !items[t].possessive {
            var k = t + 1
            if word(k) == "and", Self.musicParts.contains(word(k + 1)) { k += 2 }
            guard word(k) == "by" else { continue }
            // "with new songs by": the part must not belong to someone already ("her songs").
            if items[max(0, t - 1)].reference == .pronoun { continue }
            var makers: [Int] = []
            var a = k + 1
            // A short description first ("the folk duo").
            while a < items.count, a - k <= 4, items[a].isWord, items[a].type == nil, !word(a).isOne(of: "and", "with") { a += 1 }
            while a < items.count, isPerson(a) || isType(a, .organization), !items[a].possessive {
                makers.append(a)
                guard word(a + 1).isOne(of: ",", "and"), isPerson(a + 2) || isType(a + 2, .organization) else { break }
                a += 2
            }
            guard !makers.isEmpty else { continue }
            // "..., together with B": a partner later in the clause shares the credit.
            var j = a + 1
            while j < items.count, j - a <= 14, !word(j).isOne(of: ".", ";") {
                if word(j).isOne(of: "together", "along"), word(j + 1) == "with", isPerson(j + 2) || isType(j + 2, .organization), !items[j + 2].possessive {
                    makers.append(j + 2)
                    break
                }
                j += 1
            }
            guard let anchor = anchorWork(near: t) ?? heldWork.map({ ($0, false) }) else { continue }
            for m in makers { add(items[m].entity, anchor.work, .credit, "composer", anchor.sameSentence ? 0.6 : 0.5) }
        }
    }

    /// "A, B and C all won acting prizes for W" (or "for the revival"): each acted in W.
    func actingPrizeFor() {
        for t in items.indices where word(t) == "acting" && word(t + 1).isOne(of: "prizes", "prize", "awards", "award", "honours", "honors", "nominations")
            && word(t + 2) == "for" && isWork(t + 3) {
            var v = t - 1
            while v >= 0, t - v <= 3, items[v].isWord, items[v].type == nil, !word(v).isOne(of: "won", "win", "wins", "received", "earned", "took") { v -= 1 }
            guard v >= 0, word(v).isOne(of: "won", "win", "wins", "received", "earned", "took") else { continue }
            var p = v - 1
            while p >= 0, word(p).isOne(of: "all", "both", "each", "have", "has", "also") { p -= 1 }
            guard isPerson(p), !items[p].possessive else { continue }
            for person in [items[p].entity!] + coordinatedPeople(before: p, subjectAt: items[p].entity!) {
                add(person, items[t + 3].entity, .credit, "actor", 0.6)
            }
        }
    }

    /// "the new adaptation of A's novel": the work noun is folded into a reference item.
    func isVersionOf(_ t: Int) -> Bool {
        guard word(t + 1) == "of", isWork(t), items[t].reference == .definite else { return false }
        return true
    }

    /// "W, a stage musical based on A's 1967 novel", "adapted from A's novella": the book is
    /// not named, and a work made from it shares its title as a rule, so A is its author.
    func unnamedSourceAuthor() {
        for t in items.indices where (word(t) == "based" && word(t + 1) == "on") || (word(t) == "adapted" && word(t + 1) == "from")
            || isVersionOf(t) {
            let p = t + 2
            guard isPerson(p), items[p].possessive, items[p].reference == .name else { continue }
            var k = p + 1
            while k < items.count, k - p <= 3, items[k].isWord, items[k].type == nil, lexicon.workCues[word(k)] == nil { k += 1 }
            guard let type = lexicon.workCues[word(k)], type.isOne(of: "novel", "book", "play"), !word(k).hasSuffix("s") || type == "series",
                  !isWork(k + 1), !(word(k + 1) == "," && isWork(k + 2)) else { continue }
            guard let anchor = isVersionOf(t) ? (items[t].entity!, true) : anchorWork(near: t) ?? heldWork.map({ ($0, false) }) else { continue }
            add(items[p].entity, anchor.work, .credit, type == "play" ? "writer" : "author", 0.5)
        }
    }
}
