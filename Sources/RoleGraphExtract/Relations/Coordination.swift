/// Lists of people and of verbs joined by commas and "and", and the cast phrases that
/// credit such a list.
extension Clause {
    /// The items of the credit verbs joined with the one at `v` ("wrote and directed",
    /// "produced, wrote and directed"), as a range ending after the last verb.
    /// - Complexity: O(length of the chain).
    func verbChain(around v: Int) -> Range<Int> {
        var a = v, b = v + 1
        // At most six verbs each way, so a run-on chain stays linear.
        while a >= 2, v - a < 12, word(a - 1).isOne(of: "and", ","), lexicon.roleVerbs[word(a - 2)] != nil { a -= 2 }
        while b + 1 < items.count, b - v < 12, word(b).isOne(of: "and", ","), lexicon.roleVerbs[word(b + 1)] != nil { b += 2 }
        return a..<b
    }

    /// People joined to the subject at item `k` by commas and "and", before it ("A, B and
    /// C wrote"). Stops at anything else, so a list stays within its clause.
    func coordinatedPeople(before k: Int, subjectAt subject: Int) -> [Int] {
        guard isPerson(k) else { return [] }
        var out: [Int] = []
        var j = k - 1
        while j >= 1, k - j < 24, word(j).isOne(of: "and", ","), isPerson(j - 1), !items[j - 1].possessive, !items[j - 1].bracketed {
            if let e = items[j - 1].entity, e != subject { out.append(e) }
            j -= 2
        }
        return out
    }

    /// People listed from item `start` on ("A, B and C"), skipping bracketed asides.
    func personList(from start: Int, parts: Bool = false) -> [Int] {
        var out: [Int] = []
        var k = start
        while k < items.count, k - start < 60 {
            if isPerson(k) && !items[k].possessive {
                out.append(k)
                // "stars A as the doll and B as Ken": each name's part, up to the next name.
                if parts, word(k + 1) == "as" {
                    var e = k + 2
                    while e < items.count, e - k <= 7, !word(e).isOne(of: ",", "and", ".", ";") { e += 1 }
                    guard e - k <= 7, word(e) != ".", word(e) != ";" else { break }
                    k = e
                    continue
                }
            }
            else if items[k].bracketed || word(k).isOne(of: "(", ")", ",", "and") {}
            else { break }
            k += 1
        }
        return out
    }

    /// Words before "the cast" that put the people before them in it.
    static let castJoinWords: WordSet = ["in", "joined", "joins", "join", "joining", "round", "rounds", "rounding", "complete", "completes",
                                         "completing", "fill", "fills", "filling"]

    /// "A and B are also in the cast", "A joined the cast", "A, B and C round out the
    /// cast": actors of the clause's work.
    func castPhrases() {
        for t in items.indices where word(t) == "cast" && word(t - 1).isOne(of: "the", "its") {
            // "round out the cast": a particle between the verb and "the".
            let v = word(t - 2) == "out" ? t - 3 : t - 2
            guard Self.castJoinWords.contains(word(v)), let anchor = anchorWork(near: t) ?? heldWork.map({ ($0, false) }) else { continue }
            var k = v - 1
            while k >= 0, word(k).isOne(of: "are", "is", "were", "was", "also", "have", "has", "had") { k -= 1 }
            guard isPerson(k), !items[k].possessive, let first = items[k].entity else { continue }
            for q in [first] + coordinatedPeople(before: k, subjectAt: first) {
                add(q, anchor.work, .credit, "actor", anchor.sameSentence ? 0.65 : 0.5)
            }
        }
    }
}

extension Clause {
    /// In a list of agents, "the Argentine composer X" and ", the writer of W," are
    /// descriptions: returns the item to continue from (the person after the description,
    /// or the item after the apposition), emitting the apposition's own credit.
    func describedAgent(at a: Int) -> Int? {
        // "written by showrunner X": a bare role noun before the name.
        if let found = role(startingAt: a), found.end == a + 1, lexicon.roleVerbs[word(a)] == nil, isPerson(found.end), !items[found.end].possessive {
            return found.end
        }
        // "the (adjectives) ROLE X"
        if word(a).isOne(of: "the", "a", "an") {
            var k = a + 1
            while k < items.count, k - a <= 4, items[k].isWord, items[k].type == nil { k += 1 }
            if isPerson(k), role(before: k) != nil { return k }
            // "and a quietly superb Yura Borisov": describing words before the last name.
            if word(a) != "the", isPerson(k), k > a + 1, word(a - 1) == "and" || word(a - 1) == "," { return k }
            // ", the ROLE of W," after a person: skip it, crediting the person.
            if word(a - 1) == ",", isPerson(a - 2), let found = role(startingAt: a + 1), word(found.end) == "of", isWork(found.end + 1) {
                add(items[a - 2].entity, items[found.end + 1].entity, .credit, found.role, 0.7)
                var e = found.end + 2
                if word(e) == "," { e += 1 }
                return e
            }
        }
        return nil
    }
}

extension Clause {
    static let smallNumbers: WordMap<Int> = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]

    /// Distinct works named in this sentence outside brackets, in order (the first ten:
    /// lists are read no further, which keeps this linear).
    func namedWorks() -> [Int] {
        var out: [Int] = []
        for k in items.indices where items[k].type == .work && items[k].reference == .name && !items[k].bracketed && !items[k].modifier {
            if let e = items[k].entity, !out.contains(e) { out.append(e) }
            if out.count == 10 { break }
        }
        return out
    }

    /// Up to two distinct works named in the 60 items before `i`, in reading order.
    func lastTwoWorks(before i: Int) -> [Int] {
        var out: [Int] = []
        var k = i - 1
        while k >= 0, i - k <= 60, out.count < 2 {
            if isWork(k), items[k].reference == .name, !items[k].bracketed, let e = items[k].entity, !out.contains(e) { out.append(e) }
            k -= 1
        }
        return out.reversed()
    }

    /// "both films" / "both games" at item `i`: the last two listed works (this
    /// sentence's if it names two, else the last sentence's that named several); "the
    /// first three of those films": the first three of them. Returns the works and the
    /// item after the phrase.
    func pluralWorks(at i: Int) -> (works: [Int], end: Int)? {
        if word(i) == "both", let noun = lexicon.workCues[word(i + 1)], word(i + 1).hasSuffix("s") || noun == "series" {
            let here = lastTwoWorks(before: i)
            var pool = here
            if pool.count < 2 {
                for w in recentPair.reversed() where !pool.contains(w) && pool.count < 2 { pool.insert(w, at: 0) }
            }
            return pool.count >= 2 ? (Array(pool.suffix(2)), i + 2) : nil
        }
        if word(i) == "the", word(i + 1).isOne(of: "first", "last"), let n = Self.smallNumbers[word(i + 2)], word(i + 3) == "of",
           word(i + 4).isOne(of: "those", "these", "the"), lexicon.workCues[word(i + 5)] != nil {
            let pool = listedWorks
            guard pool.count >= n else { return nil }
            return (word(i + 1) == "first" ? Array(pool.prefix(n)) : Array(pool.suffix(n)), i + 6)
        }
        return nil
    }
}

extension Clause {
    /// "A and B, twin brothers who ...": the last person before a short describing noun
    /// phrase that ends right before item `who`.
    func appositionHead(before who: Int) -> Int? {
        var k = who - 1
        while k >= 0, who - k <= 4, items[k].isWord, items[k].type == nil, word(k) != "," { k -= 1 }
        guard k < who - 1, word(k) == ",", isPerson(k - 1), !items[k - 1].possessive else { return nil }
        return k - 1
    }

    /// "OWNER's debut novel, W": one or two describing words, a work noun, an optional
    /// comma, then the work; returns it with the noun's medium.
    func describedWork(after i: Int) -> (work: Int, type: String)? {
        var k = i + 1
        var skipped = 0
        while k < items.count, skipped < 2, items[k].isWord, items[k].type == nil, lexicon.workCues[word(k)] == nil { k += 1; skipped += 1 }
        guard skipped > 0, let type = lexicon.workCues[word(k)], !items[k].possessive else { return nil }
        var w = k + 1
        if word(w) == "," { w += 1 }
        guard isWork(w), items[w].reference == .name, let e = items[w].entity else { return nil }
        return (e, workType(at: w) ?? type)
    }
}

extension Clause {
    /// After the pronoun at `p`: up to two describing words ("2010"), then a work noun;
    /// returns the noun's medium.
    func describedWork(before p: Int) -> String? {
        var k = p + 1
        while k < items.count, k - p <= 3 {
            if let type = lexicon.workCues[word(k)], !items[k].possessive { return type }
            guard items[k].isWord, items[k].type == nil else { return nil }
            k += 1
        }
        return nil
    }
}
