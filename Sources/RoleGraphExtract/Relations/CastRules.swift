/// Credits read from casting news and reviews: "A has been cast as X, B as Y", "cast
/// members", "a small part in W", "gave A one of his first roles", "W1 and W2 starred A",
/// "produced it with A and B", "made with the producers A and B", "made his debut as a
/// director with W". Each looks a bounded distance around its cue.
extension Clause {
    func applyCastRules() {
        // The clause found which rules have a cue here when it was built (`RuleCues.swift`).
        if cues.contains(.cast) { castAs() }
        if cues.contains(.part) { partIn() }
        if cues.contains(.starred) { worksBeforeStarred() }
        // The partners and the cast named after "with" are people.
        if cues.isSuperset(of: [.with, .person]) { partnersWith(); supportingCast() }
        if cues.contains(.debut) { debutWith() }
        if cues.contains(.bracket) { actorInBrackets(); makersInBrackets() }
        if cues.contains(.included) { careerList() }
        if cues.contains(.cast) { castPronounAs() }
        if cues.contains(.by) { musicBy() }
        if cues.contains(.acting) && cues.contains(.at) && cues.isSuperset(of: [.person, .work]) { actingPrizeFor() }
        if cues.isSuperset(of: [.with, .person]) { castOfDescribedWork() }
        if cues.contains(.one) { oneOfTheRoles() }
        if cues.contains(.by) { describedBy() }
        if cues.contains(.castVerb) { castVerbs() }
    }

    /// Cue words of the optional rules, each mapped to the family it opens.
    static let cueFamilies: WordMap<CueFamilies> = [
        "cast": .cast, "recast": .cast, "knew": .cast, "know": .cast, "remember": .cast, "remembered": .cast,
        "part": .part, "parts": .part, "role": .part, "roles": .part, "cameo": .part, "cameos": .part,
        "starred": .starred, "stars": .starred, "featured": .starred, "features": .starred,
        "with": .with, "debut": .debut, "(": .bracket, "one": .one, "by": .by,
        "founded": .founded, "co-founded": .founded, "cofounded": .founded, "established": .founded, "formed": .founded, "launched": .founded,
        "at": .at, "for": .at,
        "included": .included, "includes": .included, "include": .included, "contained": .included, "contains": .included,
        "from": .from, "off": .from, "on": .from,
        "held": .held, "whose": .whose, "died": .died, "dies": .died,
        "voice": .castVerb, "voices": .castVerb, "voiced": .castVerb, "voicing": .castVerb, "opposite": .castVerb,
        "lead": .castVerb, "leads": .castVerb, "led": .castVerb, "head": .castVerb, "heads": .castVerb, "headed": .castVerb,
        "join": .castVerb, "joins": .castVerb, "joined": .castVerb, "joining": .castVerb,
    ]

    /// "A has been cast as X, B as Y and C as Z", "A and B complete the cast members":
    /// every person named before "as" (or before the cast noun) acts in the work in view.
    func castAs() {
        guard let cue = items.indices.first(where: { word($0) == "cast" || word($0) == "recast" }),
              let anchor = anchorWork(near: cue) ?? heldWork.map({ ($0, false) }) else { return }
        let confidence = anchor.sameSentence ? 0.65 : 0.5
        // "the cast members": the people before the noun.
        if word(cue + 1).isOne(of: "members", "member", "list") {
            for p in items.indices where p < cue && isPerson(p) && !items[p].possessive && !items[p].bracketed {
                add(items[p].entity, anchor.work, .credit, "actor", confidence)
            }
            return
        }
        for p in items.indices where isPerson(p) && !items[p].possessive && !items[p].bracketed && items[p].reference == .name {
            var k = p + 1
            while k < items.count, k - p <= 4, word(k).isOne(of: "has", "have", "had", "been", "was", "were", "is", "are", "be", "will", "also", "now") { k += 1 }
            if word(p + 1) == "as" || (word(k).isOne(of: "cast", "recast") && word(k + 1) == "as") {
                add(items[p].entity, anchor.work, .credit, "actor", confidence)
            }
        }
    }

    static let partNouns: WordSet = ["part", "parts", "role", "roles", "cameo", "cameos"]

    /// Whether item `d` is a determiner of a part noun ("a", "their", "his").
    func isPartDeterminer(_ d: Int) -> Bool {
        word(d).isOne(of: "a", "an", "the", "their", "one") || (items[d].reference == .pronoun && items[d].possessive)
    }

    /// "a small part in W", "her role in W", "which gave A one of his first roles".
    func partIn() {
        for i in items.indices where Self.partNouns.contains(word(i)) {
            // A determiner shortly before: "took part in" is no role.
            var d = i - 1
            while d >= 0, i - d <= 4, items[d].isWord, items[d].type == nil, !isPartDeterminer(d) { d -= 1 }
            guard d >= 0, isPartDeterminer(d) else { continue }
            if word(i + 1) == "in", isWork(i + 2), items[i + 2].reference == .name {
                guard let s = person(before: d, within: 16) ?? subject else { continue }
                add(s, items[i + 2].entity, .credit, "actor", 0.6)
            } else if word(i + 1) == "in", isPerson(i + 2), items[i + 2].possessive, isWork(i + 3) {
                // "a part in Quentin Tarantino's W": past the maker's possessive.
                guard let s = person(before: d, within: 16) ?? subject else { continue }
                add(s, items[i + 3].entity, .credit, "actor", 0.6)
            } else {
                // "W, which gave A one of his first roles".
                var g = d - 1
                while g >= 0, d - g <= 4, !word(g).isOne(of: "gave", "give", "gives", "giving", "offered") { g -= 1 }
                guard g >= 0, word(g).isOne(of: "gave", "give", "gives", "giving", "offered"), isPerson(g + 1), !items[g + 1].possessive,
                      let anchor = anchorWork(near: g), anchor.sameSentence else { continue }
                add(items[g + 1].entity, anchor.work, .credit, "actor", 0.6)
            }
        }
    }

    /// "His films ..., among them A and B, starred X": the works just before the verb.
    func worksBeforeStarred() {
        for v in items.indices where word(v).isOne(of: "starred", "stars", "featured", "features") && word(v - 1) == "," && isWork(v - 2) {
            var works: [Int] = []
            var k = v - 2
            while k >= 0, v - k <= 12 {
                if isWork(k), items[k].reference == .name { works.append(items[k].entity!) }
                else if !word(k).isOne(of: "and", ",") { break }
                k -= 1
            }
            for q in personList(from: v + 1) { for w in works { add(items[q].entity, w, .credit, "actor", 0.6) } }
        }
    }

    /// "He produced it with A and B": partners after "with" share the verb's role;
    /// "made with the producers A and B": the role noun after "with the" gives it.
    func partnersWith() {
        for w in items.indices where word(w) == "with" {
            var role: String? = nil
            var k = w + 1
            if word(k).isOne(of: "the", "a", "an", "fellow") { k += 1 }
            if let found = self.role(startingAt: k), isPerson(found.end) {
                role = found.role
                k = found.end
            } else {
                // A credit verb shortly before, with only its object between.
                var v = w - 1
                while v >= 0, w - v <= 4, lexicon.roleVerbs[word(v)] == nil, !isPerson(v), !word(v).isOne(of: ".", ";", ",") { v -= 1 }
                guard v >= 0, let r = lexicon.roleVerbs[word(v)], word(v + 1) != "by", r != "actor", isPerson(k) else { continue }
                role = r
            }
            guard let role, let anchor = anchorWork(near: w), anchor.sameSentence else { continue }
            var p = k
            while p < items.count, p - k <= 8 {
                if isPerson(p), !items[p].possessive { add(items[p].entity, anchor.work, .credit, mediumRole(role, work: anchor.work), 0.6) }
                else if !word(p).isOne(of: "and", ",") { break }
                // ", his wife": a description of the last partner ends the list.
                if word(p) == ",", !isPerson(p + 1) { break }
                p += 1
            }
        }
    }

    /// "made his debut as a director with W", "her directing debut with W".
    func debutWith() {
        for i in items.indices where word(i) == "debut" {
            var role: String? = nil
            switch word(i - 1) {
            case "directing", "directorial": role = "director"
            case "acting", "screen", "film": role = word(i - 1) == "film" ? nil : "actor"
            default: break
            }
            var k = i + 1
            if word(k) == "as" {
                k += 1
                if word(k).isOne(of: "a", "an", "the") { k += 1 }
                if let found = self.role(startingAt: k) { role = found.role; k = found.end }
            }
            guard let role else { continue }
            var w = k
            while w < items.count, w - k <= 4, word(w) != "with", !word(w).isOne(of: ".", ";") { w += 1 }
            guard word(w) == "with", isWork(w + 1), items[w + 1].reference == .name,
                  let s = person(before: i, within: 6) ?? subject else { continue }
            add(s, items[w + 1].entity, .credit, role, 0.65)
        }
    }
}

extension Clause {
    /// The clause's work as `anchorWork` finds it, except a work named after `p` inside
    /// a relative clause about the person ("Cinematographer X, who also shot W, gives the
    /// film ...") is the person's past credit: the work before the sentence is meant.
    func anchorOutsideRelative(near p: Int) -> (work: Int, sameSentence: Bool)? {
        guard let anchor = anchorWork(near: p) else { return nil }
        guard anchor.sameSentence, !(0..<p).contains(where: { isWork($0) && items[$0].entity == anchor.work }) else { return anchor }
        var k = p + 1
        var relative = false
        while k < items.count, !(isWork(k) && items[k].entity == anchor.work) {
            if word(k) == "," && word(k + 1).isOne(of: "who", "whose") { relative = true }
            k += 1
        }
        guard relative else { return anchor }
        // A later work outside the relative clause, else the one in view before.
        var after = k + 1
        var closed = false
        while after < items.count {
            if word(after) == "," { closed = true }
            if closed, isWork(after), !items[after].bracketed { return (items[after].entity!, true) }
            after += 1
        }
        return (previousWork ?? heldWork).map { ($0, false) } ?? anchor
    }
}

extension Clause {
    /// The words after a comma that open an aside.
    static let asideOpeners: WordSet = ["who", "whose", "which", "whom", "so", "best", "known"]

    /// Whether item `i` lies in an aside about someone: from ", who/whose/which" (or ", so
    /// memorable in", ", best known for") to the
    /// next comma that a lower-case word other than "and"/"or" follows.
    /// - Complexity: O(n) in the items of the sentence.
    /// The items and their words are given (`words` with "" after the last item), as a
    /// clause computes this while it is built.
    static func asideMask(of items: [Item], words: [String]) -> [Bool] {
        var mask = [Bool](repeating: false, count: items.count)
        var inside = false
        for k in items.indices {
            if words[k] == "," {
                let next = words[k + 1]
                let conjunction = next == "and" || next == "or"
                if asideOpeners.contains(next) { inside = true }
                else if k + 1 < items.count, items[k + 1].isWord, items[k + 1].type == nil,
                        !conjunction || (k + 2 < items.count && (items[k + 2].type == .person || items[k + 2].type == .organization)) {
                    // ", and Mark Mylod will direct": a new clause with its own agent.
                    inside = false
                }
            }
            else if words[k] == "." || words[k] == ";" { inside = false }
            mask[k] = inside
        }
        return mask
    }

    /// The nearest work before `i` outside asides, else the first after it, else the
    /// work of the sentence before: "X, who worked on A and B, and Y will direct several
    /// episodes" speaks of the series, not of A or B.
    func anchorOutsideAsides(near i: Int) -> (work: Int, sameSentence: Bool)? {
        guard !isAside(i) else { return anchorWork(near: i) }
        var k = i - 1
        while k >= 0 {
            if isWork(k), !items[k].bracketed, !items[k].possessive, !isAside(k) { return (items[k].entity!, true) }
            k -= 1
        }
        // Not past a semicolon: "A and B star as sisters; C led W" puts A and B in
        // the work in view, not in W.
        k = i + 1
        while k < items.count, word(k) != ";" {
            if isWork(k), !items[k].bracketed, !isAside(k) { return (items[k].entity!, true) }
            k += 1
        }
        return previousWork.map { ($0, false) }
    }

    /// "the film follows Ani (Mikey Madison)": a bracketed name right after a lone
    /// character's name is the actor who plays it.
    func actorInBrackets() {
        for p in items.indices where isPerson(p) && items[p].reference == .name && word(p - 1) == "(" && word(p + 1) == ")" {
            let c = p - 2
            guard c >= 1, items[c].isWord, items[c].type == nil, !lexicon.stopWords.contains(word(c)), lexicon.roles[word(c)] == nil,
                  lexicon.workCues[word(c)] == nil, word(c - 1).isOne(of: "follows", "as", "plays", "meets", "introduces"),
                  let anchor = anchorWork(near: p), anchor.sameSentence else { continue }
            add(items[p].entity, anchor.work, .credit, "actor", 0.55)
        }
    }
}

extension Clause {
    /// "Stone, who is also one of the film's producers", "one of its producers".
    func oneOfTheRoles() {
        for i in items.indices where word(i) == "one" && word(i + 1) == "of" && isWork(i + 2) && items[i + 2].possessive {
            guard let found = role(startingAt: i + 3), let s = person(before: i, within: 8) else { continue }
            add(s, items[i + 2].entity, .credit, found.role, 0.65)
        }
    }

    /// "W, the Pulitzer-winning biography by A and B": the makers a describing phrase
    /// names, in the medium of its noun.
    func describedBy() {
        // "W, the memoir by A and B" read as one phrase referring to W.
        for i in items.indices where isWork(i) && items[i].reference == .name && word(i + 1) == "," && isWork(i + 2)
            && items[i + 2].entity == items[i].entity && word(i + 3) == "by" {
            guard let noun = definiteNoun(i + 2) else { continue }
            var p = i + 4
            while p < items.count, p - i <= 12 {
                if isPerson(p), !items[p].possessive { add(items[p].entity, items[i].entity, .credit, makerRole(for: workType(at: i) ?? noun), 0.65) }
                else if !word(p).isOne(of: "and", ",") { break }
                p += 1
            }
        }
        for i in items.indices where isWork(i) && items[i].reference == .name && word(i + 1) == "," && word(i + 2).isOne(of: "the", "a", "an") {
            var k = i + 3
            var noun: String? = nil
            var verb = false
            while k < items.count, k - i <= 7, items[k].isWord, items[k].type == nil, word(k) != "by" {
                // "a play by": a work noun that is also a verb form is the noun here.
                if let type = lexicon.workCues[word(k)] { noun = type }
                else if lexicon.roleVerbs[word(k)] != nil { verb = true }     // "a prequel written by": the passive rule's
                k += 1
            }
            guard let noun, !verb, word(k) == "by" else { continue }
            var p = k + 1
            while p < items.count, p - k <= 8 {
                if isPerson(p), !items[p].possessive { add(items[p].entity, items[i].entity, .credit, makerRole(for: noun), 0.65) }
                else if !word(p).isOne(of: "and", ",") { break }
                p += 1
            }
        }
    }
}

extension Clause {
    /// "plays the son,", "plays a dancer who": an acting verb whose object is a described
    /// part, not a title, credits the work in view.
    func playsADescribedPart(after start: Int) -> Bool {
        guard word(start).isOne(of: "the", "a", "an", "his", "her") else { return false }
        var k = start + 1
        while k < items.count, k - start <= 4, items[k].isWord, items[k].type == nil {
            if word(k + 1).isOne(of: ",", ".", ";", "and", "who", "opposite", "whose", "in") && !isWork(k + 2) { return true }
            k += 1
        }
        return false
    }
}
