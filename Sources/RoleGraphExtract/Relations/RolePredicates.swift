/// Credits stated as a predicate noun: "A and B are executive producers", "X is its
/// producer"; where an agent list stops because a new clause begins; and the phrases
/// between a credit verb or a described agent and the work ("created for television
/// by", "the novel of the same name by the writer X").
extension Clause {
    static let copulas: WordSet = [
        "is", "are", "was", "were", "serve", "serves", "served", "remain", "remains", "be", "been", "become", "becomes", "became",
    ]
    /// Words between a subject and its copula: "will also be", "has been".
    static let copulaAuxiliaries: WordSet = ["will", "would", "also", "has", "have", "had", "now", "to"]
    /// Words that, after a list of people, show the list is a clause's subject.
    static let clauseVerbs: WordSet = [
        "is", "are", "was", "were", "will", "would", "have", "has", "had", "also", "serve", "serves", "served",
        "lead", "leads", "led", "star", "stars", "starred", "join", "joins", "joined",
    ]

    /// Whether people starting at `a` (joined by "and" or commas) are followed by a verb.
    /// - Complexity: O(length of the list).
    func startsNewClause(at a: Int) -> Bool {
        var k = a
        guard isPerson(k) else { return false }
        while isPerson(k) || word(k).isOne(of: ",", "and") { k += 1 }
        return Self.clauseVerbs.contains(word(k)) || lexicon.roleVerbs[word(k)] != nil
    }

    /// "Jonathan Nolan and Lisa Joy are executive producers (through their company K)":
    /// each subject holds the role on the work in view.
    /// - Complexity: O(n) in the items of the sentence.
    func rolePredicates() {
        var p = 0
        while p < items.count {
            guard isPerson(p), !items[p].possessive, !items[p].bracketed, word(p - 1) != "by" else { p += 1; continue }
            // The agents: every other item from p up to k, counted without building a list.
            var k = p + 1
            while word(k) == "," || word(k) == "and", isPerson(k + 1), !items[k + 1].possessive { k += 2 }
            let agents = stride(from: p, to: k, by: 2)
            let severalAgents = k > p + 1
            // "A, who is also ...", "A, the novelist's daughter, is one of ...": a relative
            // pronoun or an apposition naming no one may stand before the verb.
            if word(k) == ",", let after = appositionEnd(after: k) { k = after }
            var v = k
            while v - k < 3, Self.copulaAuxiliaries.contains(word(v)) { v += 1 }
            guard Self.copulas.contains(word(v)) else { p = k; continue }
            k = v
            var r = k + 1
            var owned = false
            var ownerWork: Int? = nil
            // "its" (the work it stands for) or "the film's": the role is held on that work.
            // "is among its producers", "is one of the executive producers": one of several.
            var partitive = false
            while r - k <= 4, word(r).isOne(of: "also", "both", "the", "a", "an", "as", "among", "one", "of") || (isType(r, .work) && items[r].possessive) {
                if isType(r, .work) { owned = true; ownerWork = items[r].entity }
                if word(r) == "among" || (word(r) == "one" && word(r + 1) == "of") { partitive = true }
                r += 1
            }
            // "executive producers": a two-word role first. A lone "X is a director" is an
            // occupation, so one subject needs "its"; several need the plural noun.
            let two = word(r) + " " + word(r + 1)
            let noun = lexicon.roles[two] != nil ? word(r + 1) : word(r)
            let role = lexicon.roles[two] ?? lexicon.roles[word(r)]
            let plural = (severalAgents || partitive) && noun.hasSuffix("s")
            // "a producer on the show", "a writer of the series": the role is held on that work.
            let heldOn = r + (lexicon.roles[two] != nil ? 2 : 1)
            if role != nil, ownerWork == nil, word(heldOn).isOne(of: "on", "of", "for"), isWork(heldOn + 1), !items[heldOn + 1].bracketed {
                owned = true
                ownerWork = items[heldOn + 1].entity
            }
            if let role, owned || plural, let anchor = ownerWork.map({ ($0, true) }) ?? anchorWork(near: p) ?? heldWork.map({ ($0, false) }) {
                for a in agents { add(items[a].entity, anchor.work, .credit, mediumRole(role, work: anchor.work), anchor.sameSentence ? 0.6 : 0.5) }
            }
            p = k + 1
        }
    }

    /// Whether "by" comes just before the described name at `start` and a book noun shortly
    /// before it ("the novel of the same name by the Irish writer").
    /// - Complexity: O(1): a dozen items back at most.
    func sourceBookBy(before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, start - k <= 4, word(k) != "by", items[k].isWord, items[k].type == nil { k -= 1 }
        guard word(k) == "by" else { return false }
        var b = k - 1
        while b >= 0, k - b <= 7 {
            if word(b).isOne(of: "novel", "book", "memoir", "novels", "books") { return true }
            if let noun = definiteNoun(b), noun.isOne(of: "novel", "book", "memoir") { return true }
            if word(b).isOne(of: ".", ";") { return false }
            b -= 1
        }
        return false
    }

    /// The item after "for television", "for TV", "for the screen", "for the stage" at `k`.
    static func screenPhrase(after k: Int, _ word: (Int) -> String) -> Int? {
        let media: Set<String> = ["television", "tv", "screen", "stage", "streaming", "radio"]
        if media.contains(word(k + 1)) { return k + 2 }
        if word(k + 1) == "the", media.contains(word(k + 2)) { return k + 3 }
        return nil
    }
}

extension Clause {
    /// After the comma at `c`: "who" (the next word) or a short apposition naming no one
    /// and closed by a comma ("the novelist's daughter,"); the item after it.
    func appositionEnd(after c: Int) -> Int? {
        if word(c + 1) == "who" { return c + 2 }
        var k = c + 1
        while k < items.count, k - c <= 6, word(k) != "," {
            // A possessive person inside ("the novelist's") is fine; a named person is not.
            if items[k].type != nil, !(items[k].possessive || items[k].reference != .name) { return nil }
            if !items[k].isWord && items[k].type == nil { return nil }
            k += 1
        }
        return word(k) == "," && k > c + 1 ? k + 1 : nil
    }
}
