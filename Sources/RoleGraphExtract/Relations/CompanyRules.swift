/// Ties between people, companies, festivals and records that news states in passing:
/// "she founded X", "X, founded by A", "took a job as a messenger at X", "A, the head of
/// content at X", "A, his wife", "the album included the single X", "A will headline X
/// Festival", "the festival is held on X". Each looks a bounded distance around its cue.
extension Clause {
    func applyCompanyRules() {
        if cues.contains(.founded) { founders() }
        // The posts below are held at a company.
        if !cues.isDisjoint(with: [.at, .with]) && cues.contains(.organization) { postsAt() }
        if cues.contains(.possessiveOwner) && cues.contains(.person) { spouseAfterName() }
        if cues.contains(.at) && cues.isSuperset(of: [.organization, .person]) { postBeforeName() }
        if !cues.isDisjoint(with: [.included, .from]) && cues.contains(.work) { songsOfAlbum() }
        if cues.contains(.performance) { performances() }
        // An event whose name holds a place's, or "held in" a place.
        if (cues.contains(.organization) && !eventPlaces.isEmpty) || cues.isSuperset(of: [.held, .place]) { festivalPlace() }
        if cues.contains(.whose) { members() }
        if cues.contains(.prize) { winnersOfTheEvent() }
        if cues.contains(.died) { diedAtHome() }
        if cues.contains(.organization) { companyWorks() }
        // "distributor O", "a weekend for O" (family `at`), "W, a O release".
        if cues.contains(.organization) && !cues.isDisjoint(with: [.distributor, .at, .release]) { distributorCues() }
        studioVerbs()
    }

    /// "died at his home in X", "has died at her home in X, Y": the place of death.
    func diedAtHome() {
        for i in items.indices where word(i).isOne(of: "died", "dies") && word(i + 1) == "at" {
            var k = i + 2
            if items.indices.contains(k), items[k].reference == .pronoun || word(k).isOne(of: "the", "a") { k += 1 }
            guard word(k).isOne(of: "home", "house", "flat", "apartment"), word(k + 1) == "in", isType(k + 2, .place) else { continue }
            // The clause's subject died, not the last name of a list before the verb.
            add(subject ?? personSubject(before: i), items[k + 2].entity, .other, "died_in", 0.7)
        }
    }

    /// "X, whose members are A, B and C": each is a member of the group.
    func members() {
        for o in items.indices where isType(o, .organization) && word(o + 1) == "," && word(o + 2) == "whose" && word(o + 3) == "members"
            && word(o + 4).isOne(of: "are", "were", "include", "included") {
            var p = o + 5
            while p < items.count, p - o <= 20 {
                if isPerson(p), !items[p].possessive { add(items[p].entity, items[o].entity, .affiliation, "member", 0.65) }
                else if !word(p).isOne(of: "and", ",") { break }
                p += 1
            }
        }
    }

    static let foundingVerbs: WordSet = ["founded", "co-founded", "cofounded", "established", "formed", "launched"]

    /// "In 1970 he founded X", "X, founded by A and B": the founder of an organization.
    func founders() {
        for i in items.indices where Self.foundingVerbs.contains(word(i)) {
            if word(i + 1) == "by" {
                var o = i - 1
                if word(o) == "," { o -= 1 }
                guard isType(o, .organization) else { continue }
                var p = i + 2
                while p < items.count, p - i <= 10 {
                    if isPerson(p), !items[p].possessive { add(items[p].entity, items[o].entity, .affiliation, "founder", 0.65) }
                    else if !word(p).isOne(of: "and", ",") { break }
                    p += 1
                }
                continue
            }
            var o = i + 1
            if word(o) == "the" { o += 1 }
            guard isType(o, .organization), !items[o].possessive, let s = person(before: i, within: 8) else { continue }
            add(s, items[o].entity, .affiliation, "founder", 0.65)
        }
    }

    /// The words that end a post before its organization.
    static let postEnds: WordSet = ["at", "with", "for", "in"]

    /// "took a job as a messenger at X" (any post after "as a"), "A, the head of content
    /// at X" (a post noun heading the phrase after a name).
    func postsAt() {
        // Only an article after "as" or after a comma can open a post.
        for i in items.indices where (word(i - 1) == "as" || word(i - 1) == ",") && (word(i) == "a" || word(i) == "an" || word(i) == "the") {
            let afterAs = word(i - 1) == "as" && word(i) != "the"
            let afterName = word(i) == "the" && word(i - 1) == "," && isPerson(i - 2) && !items[i - 2].possessive
            guard afterAs || afterName else { continue }
            // The words of the post are items i+1..<k.
            var k = i + 1
            while k < items.count, items[k].isWord, items[k].type == nil, k - i <= 5, !Self.postEnds.contains(word(k)) { k += 1 }
            guard k > i + 1, word(k - 1) != "of", word(k) == "at" || word(k) == "with" || word(k) == "for", isType(k + 1, .organization) else { continue }
            let head = word(i + 1)
            // After a name the phrase must be headed by a post ("the head of content").
            if afterName, !lexicon.affiliationRoles.contains(head), lexicon.roles[head] == nil { continue }
            // A credit role after "as a" is a credit, read elsewhere.
            if afterAs, k == i + 2, lexicon.roles[head] != nil, !lexicon.affiliationRoles.contains(head) { continue }
            let s = afterName ? items[i - 2].entity : personSubject(before: i)
            add(s, items[k + 1].entity, .affiliation, phrase((i + 1)..<k), 0.6)
        }
    }

    /// "Her editor at Faber, Mitzi Angel, said": a post at a company, then the name.
    func postBeforeName() {
        // The pronoun need not name anyone known: the post and the name are enough.
        for i in items.indices where (items[i].possessive && items[i].reference == .pronoun) || word(i) == "his" || word(i) == "her" || word(i) == "their" {
            // The words of the post are items i+1..<k.
            var k = i + 1
            while k < items.count, k - i <= 4, items[k].isWord, items[k].type == nil, word(k) != "at" { k += 1 }
            guard k > i + 1, lexicon.affiliationRoles.contains(word(k - 1)) || lexicon.roles[word(k - 1)] != nil, word(k) == "at",
                  isType(k + 1, .organization), word(k + 2) == ",", isPerson(k + 3), !items[k + 3].possessive else { continue }
            add(items[k + 3].entity, items[k + 1].entity, .affiliation, phrase((i + 1)..<k), 0.6)
        }
    }

    /// "A and B, his wife": a kin noun after a name, owned by the clause's subject.
    func spouseAfterName() {
        for i in items.indices where items[i].reference == .pronoun && items[i].possessive
            && word(i - 1) == "," && isPerson(i - 2) && !items[i - 2].possessive {
            guard let relation = lexicon.relationNouns[word(i + 1)], word(i + 2).isOne(of: ",", ".", ";", "") else { continue }
            let owner = (0..<i).first { items[$0].type == .person && !items[$0].bracketed && !items[$0].possessive }.flatMap { items[$0].entity }
                ?? items[i].entity
            guard owner != items[i - 2].entity else { continue }
            add(items[i - 2].entity, owner, .other, relation, 0.65)
        }
    }

    static let includeVerbs: WordSet = ["included", "includes", "include", "featured", "features", "contained", "contains"]

    /// "the album ... included the single X", "the single X, from the album Y", "X, a song
    /// from Y": a song is part of the record.
    func songsOfAlbum() {
        for v in items.indices where Self.includeVerbs.contains(word(v)) {
            var k = v + 1
            if word(k).isOne(of: "the", "a", "its", "their", "his", "her") { k += 1 }
            while k < items.count, k - v <= 4, items[k].isWord, items[k].type == nil, lexicon.workCues[word(k)] != "song" { k += 1 }
            guard lexicon.workCues[word(k)] == "song", let album = anchorWork(near: v), album.sameSentence else { continue }
            var w = k + 1
            while w < items.count, w - k <= 8 {
                if isWork(w), items[w].reference == .name, items[w].entity != album.work { add(items[w].entity, album.work, .other, "part_of", 0.6) }
                else if !word(w).isOne(of: "and", ",") { break }
                w += 1
            }
        }
        for i in items.indices where isWork(i) && items[i].reference == .name && workType(at: i) == "song" {
            // "X, from the album Y", "the single X from Y".
            var k = i + 1
            if word(k) == "," { k += 1 }
            if word(k).isOne(of: "a", "the"), lexicon.workCues[word(k + 1)] == "song" { k += 2 }
            guard word(k).isOne(of: "from", "off", "on") else { continue }
            k += 1
            if word(k).isOne(of: "the", "their", "his", "her") { k += 1 }
            if let cue = lexicon.workCues[word(k)], cue == "album" { k += 1 }
            if isWork(k), items[k].reference == .name, items[k].entity != items[i].entity {
                add(items[i].entity, items[k].entity, .other, "part_of", 0.6)
            }
        }
    }

    static let performanceCues: WordSet = [
        "headline", "headlines", "headlined", "headlining", "headliner", "headliners", "bill", "line-up", "lineup",
        "perform", "performs", "performed", "performing", "play", "plays", "played", "playing",
    ]

    /// "A will headline X Festival, with B closing", "the bill also includes A, B and C":
    /// the people and bands named perform at the festival named (or the story's only one).
    func performances() {
        let here = items.indices.first { items[$0].type == .organization && festivals.contains(items[$0].entity ?? -1) }.flatMap { items[$0].entity }
        guard let festival = here ?? (festivals.count == 1 && items.indices.contains(where: { word($0).isOne(of: "festival", "bill", "line-up", "lineup") })
                                      ? festivals.first : nil) else { return }
        // Works in the sentence mean a film festival's screenings, not a line-up.
        guard !items.indices.contains(where: { items[$0].type == .work && items[$0].reference == .name }) else { return }
        // "Coldplay, whose members are A and B, first topped the bill": the members are
        // named in an aside; the group performs.
        for i in items.indices where !items[i].possessive && !items[i].bracketed && items[i].reference == .name && !isAside(i) {
            // A group performs; a company after a preposition ("on BBC Two") does not.
            let performer = items[i].type == .person
                || (items[i].type == .organization && !word(i - 1).isOne(of: "at", "by", "on", "through", "with", "from", "for", "of", "in", "the"))
            guard let e = items[i].entity, e != festival, !festivals.contains(e), performer else { continue }
            add(e, festival, .other, "performed_at", 0.55)
        }
    }

    /// "The festival is held on X in Y": where the festival takes place.
    func festivalPlace() {
        for k in items.indices where items[k].type == .organization {
            if let e = items[k].entity, let p = eventPlaces[e] { add(e, p, .other, "held_in", 0.55) }
        }
        for i in items.indices where word(i) == "held" && word(i + 1).isOne(of: "on", "in", "at") {
            var p = i + 2
            if word(p) == "the" { p += 1 }
            guard isType(p, .place) else { continue }
            var s: Int? = nil
            var k = i - 1
            while k >= 0, i - k <= 4 {
                if isType(k, .organization) { s = items[k].entity; break }
                if word(k) == "festival", festivals.count == 1 { s = festivals.first; break }
                k -= 1
            }
            add(s, items[p].entity, .other, "held_in", 0.6)
        }
    }
}

extension Clause {
    /// How a company shows the work `w`: a series is broadcast on it; anything else goes by
    /// the release rule's medium.
    func showingRelation(_ w: Int) -> String {
        let type = workType(of: w)
        return type == "series" ? "broadcast_on" : releaseRelation(for: w, verb: "")
    }

    /// "HBO's Westworld", "NBC's Harbor County", "the ITV thriller Cold Ashes", "Parallax
    /// has renewed The Lantern Keepers": the company that shows a work (a series is
    /// broadcast on it; a film, record or book goes by the release rule's medium).
    func companyWorks() {
        for i in items.indices where isType(i, .organization) && !events.contains(items[i].entity ?? -1) {
            var k = i + 1
            if items[i].possessive || word(i - 1) == "the" {
                // Up to three describing words ("television version of", "thriller").
                while k < items.count, k - i <= 4, items[k].isWord, items[k].type == nil, !word(k).isOne(of: ",", ".", ";", "and") { k += 1 }
                guard isWork(k), items[k].reference == .name, !items[k].possessive || items[i].possessive else { continue }
                // "the ITV thriller X" needs a genre word between; "HBO's X" needs none.
                if !items[i].possessive, !(i + 1..<k).contains(where: { lexicon.workCues[word($0)] != nil || word($0).isOne(of: "thriller", "comedy", "sitcom", "soap") }) { continue }
                add(items[k].entity, items[i].entity, .other, isMakingStudio(i) ? "produced_by" : showingRelation(items[k].entity!), 0.6)
            } else {
                // "Parallax has renewed W", "Netflix cancelled W"; "Apple TV+" ends in a sign.
                if word(k) == "+" { k += 1 }
                while k < items.count, k - i <= 4, word(k).isOne(of: "has", "have", "had", "officially", "quietly") { k += 1 }
                guard Self.commissionVerbs.contains(word(k)) else { continue }
                // "has renewed the drama W", "has ordered a second season of W": past an
                // article, an ordinal, "season of" and genre words.
                var w = k + 1
                while w < items.count, w - k <= 6, items[w].isWord, items[w].type == nil,
                      word(w).isOne(of: "the", "its", "a", "another", "new", "of") || Self.ordinalWords.contains(word(w)) || lexicon.workCues[word(w)] != nil { w += 1 }
                guard isWork(w), items[w].reference == .name else { continue }
                add(items[w].entity, items[i].entity, .other, showingRelation(items[w].entity!), 0.6)
            }
        }
    }
}
