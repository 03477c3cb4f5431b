/// What trade news says a company did with a work: "O moved W to April", "O has pushed
/// W", "O has taken W off its schedule" (the distributor sets the release date), "O and P
/// bought W" (rights bought to make it), "O will publish W", "before O picked it up" (the
/// publisher or label), and "O, an imprint of P" (a company inside another).
extension Clause {
    /// Verbs by which a distributor sets or changes a release date.
    static let schedulingVerbs: WordSet = [
        "moved", "moves", "pushed", "pushes", "dated", "dates", "delayed", "delays", "shifted", "shifts",
        "postponed", "postpones", "rescheduled", "taken", "took",
    ]
    /// Verbs by which a studio buys the rights to make a work.
    static let rightsVerbs: WordSet = ["bought", "buys", "optioned", "options"]
    /// Verbs by which a publisher, label or distributor takes a work on to bring it out.
    static let pickUpVerbs: WordSet = ["acquired", "acquires", "picked", "picks", "publish", "release", "distribute"]
    static let auxiliaries: WordSet = ["has", "have", "had", "will", "would", "is", "was", "quickly", "then", "later", "also"]

    /// - Complexity: O(n) in the items of the sentence; each verb looks a bounded
    ///   distance around it.
    func studioVerbs() {
        if cues.contains(.studioVerb) { studioVerbPhrases() }
        if cues.contains(.imprint) { imprints() }
    }

    /// "O moved W to April", "O and P bought W", "O will publish W".
    func studioVerbPhrases() {
        for v in items.indices where items[v].isWord {
            let verb = word(v)
            let scheduling = Self.schedulingVerbs.contains(verb), rights = Self.rightsVerbs.contains(verb)
            guard scheduling || rights || Self.pickUpVerbs.contains(verb) else { continue }
            // "will publish", "will release": the bare form only after "will"/"would"/"to".
            if verb.isOne(of: "publish", "release", "distribute"), !word(v - 1).isOne(of: "will", "would", "to") { continue }
            let owners = studioSubjects(before: v)
            guard !owners.isEmpty, let (work, end) = studioObject(after: v) else { continue }
            // "has taken W off its schedule": taking is scheduling only with "off".
            if verb.isOne(of: "taken", "took"), word(end + 1) != "off" { continue }
            // "picked W up", "picked up W".
            if verb.isOne(of: "picked", "picks"), word(v + 1) != "up", word(end + 1) != "up" { continue }
            let relation = rights ? "produced_by" : releaseRelation(for: work, verb: scheduling ? "moved" : "published")
            for o in owners { add(items[work].entity, o, .other, relation, 0.65) }
        }
    }

    /// The companies that are the subject of the verb at `v`: right before it, past an
    /// auxiliary, an apposition (", an imprint of P,") or "O and P"; "the studio" is the
    /// distributor read last.
    func studioSubjects(before v: Int) -> [Int] {
        var s = v - 1
        while s >= 0, v - s <= 3, Self.auxiliaries.contains(word(s)) { s -= 1 }
        // "the studio moved W": the company last read as a distributor.
        if word(s) == "studio", word(s - 1) == "the", let studio = recentStudio { return [studio] }
        if word(s) == "," {
            var c = s - 1
            while c > 0, s - c <= 8, word(c) != "," { c -= 1 }
            guard word(c) == ",", word(c + 1).isOne(of: "a", "an", "the") else { return [] }
            s = c - 1
        }
        guard isType(s, .organization), !items[s].possessive, let org = items[s].entity,
              !festivals.contains(org), !events.contains(org) else { return [] }
        var owners = [org]
        if word(s - 1) == "and", isType(s - 2, .organization), !items[s - 2].possessive, let other = items[s - 2].entity { owners.append(other) }
        return owners
    }

    /// The work the verb at `v` acts on, as (item, last item of the object): the first
    /// work within a few items, past "up", a possessive pronoun and a describing phrase
    /// ("his second novel, W"); a person or company first means the object is no work.
    func studioObject(after v: Int) -> (Int, Int)? {
        var k = v + 1
        while k < items.count, k - v <= 6 {
            if isWork(k) { return (k, k) }
            if items[k].type != nil, !items[k].possessive { return nil }
            // "bought his second novel, Artemis,": the title named after its work noun.
            if word(k) == ",", k > v + 1, lexicon.workCues[word(k - 1)] != nil, isWork(k + 1) { return (k + 1, k + 1) }
            if word(k).isOne(of: ".", ";", ",", "and") { return nil }
            k += 1
        }
        return nil
    }

    /// "Ballantine Books, an imprint of Penguin Random House": the first company is part
    /// of the second.
    func imprints() {
        for i in items.indices where word(i) == "imprint" || word(i) == "subsidiary" || word(i) == "division" {
            guard word(i + 1) == "of", isType(i + 2, .organization), word(i - 1).isOne(of: "a", "an"), word(i - 2) == ",",
                  isType(i - 3, .organization) else { continue }
            add(items[i - 3].entity, items[i + 2].entity, .other, "subsidiary_of", 0.7)
        }
    }
}
