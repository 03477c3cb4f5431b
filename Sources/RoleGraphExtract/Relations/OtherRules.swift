/// Rules for facts other than credits: places, schooling, premieres, distribution,
/// awards, family and business ties, positions held, harm.
extension Clause {
    func applyOtherRules() {
        // Each rule runs only where its cue is (`RuleCues.swift`); the order is the rules'.
        let organization = cues.contains(.organization)
        // Every pattern of placeFacts() ends at a place.
        if cues.contains(.place) { placeFacts() }
        if organization && cues.contains(.schooling) { education() }
        if cues.contains(.release) { premieresAndDistribution() }
        if cues.contains(.award) { awards() }
        if cues.contains(.nomination) { nominations() }
        if cues.contains(.possessiveOwner) { ties() }
        kinVerbs()
        if !cues.isDisjoint(with: [.from, .by]) && cues.isSuperset(of: [.person, .work]) { makersFrom() }
        if cues.contains(.attachment) { attachments() }
        // "a fellow at O", or a company's possessive before a person's post.
        if organization && !cues.isDisjoint(with: [.indefinite, .person]) { positions() }
        // The post's company is a possessive organization, or the studio read last.
        if cues.contains(.person) && (organization || recentStudio != nil) { postAfterName() }
        if cues.contains(.harm) { harm() }
        if cues.contains(.cooperation) { cooperation() }
        if cues.contains(.about) { about() }
        if cues.contains(.releaseVerb) { releases() }
        if !cues.isDisjoint(with: [.basedOn, .follows]) { basedOnAndFollows() }
        if cues.contains(.instalment) { sequels() }
        if cues.contains(.place) { workPlaces() }
        if organization && cues.contains(.companyVerb) { companies() }
        // "O is owned by P", "P bought O", "a stake in O".
        if organization && !cues.isDisjoint(with: [.by, .ownership]) { ownership() }
        if cues.contains(.by) && cues.isSuperset(of: [.person, .organization]) { madeForStudio() }
        if cues.contains(.through) { produceThrough() }
        if cues.contains(.basedOn) { basedOn() }
        applyCompanyRules()
        if cues.contains(.lineup) { festivalLineup() }
        if cues.contains(.jury) { festivalJury() }
    }

    /// "based on the novel 'X'", "adapted from X's book Y".
    func basedOn() {
        for i in items.indices where word(i) == "based" || word(i) == "adapted" || MentionFinder.basingVerbs.contains(word(i)) {
            // "based on W"; "based the film on W" (the object names the work);
            // "based his script on W" (the script is the work in view's).
            var object: Int? = nil
            var k: Int
            if (word(i) == "based" && word(i + 1) == "on") || (word(i) == "adapted" && word(i + 1) == "from") {
                k = i + 2
            } else if isWork(i + 1), !items[i + 1].possessive, word(i + 2) == "on" {
                object = items[i + 1].entity
                k = i + 3
            } else if MentionFinder.objectDeterminers.contains(word(i + 1)) || (isPerson(i + 1) && items[i + 1].reference == .pronoun),
                      items.indices.contains(i + 2), items[i + 2].isWord,
                      items[i + 2].type == nil, word(i + 3) == "on" {
                k = i + 4
            } else {
                continue
            }
            while k < items.count, k - i <= 7, !isWork(k) {
                if word(k).isOne(of: ".", ";") { break }
                k += 1
            }
            guard isWork(k), items[k].reference == .name else { continue }
            var before = i - 1
            while before >= 0, !isWork(before) || items[before].bracketed { before -= 1 }
            let subject = object ?? (before >= 0 ? items[before].entity : previousWork)
            add(subject, items[k].entity, .other, "based_on", 0.6)
        }
    }

    static let companyVerbs: WordMap<String> = [
        "produce": "produced_by", "produced": "produced_by", "produces": "produced_by",
        "release": "distributed_by", "released": "distributed_by", "releases": "distributed_by",
        "distribute": "distributed_by", "distributed": "distributed_by", "distributes": "distributed_by",
    ]

    /// "Netflix and RadicalMedia paired up to produce and release the documentary": the
    /// companies that are the subject of producing or releasing verbs.
    func companies() {
        let orgs = items.indices.prefix { !isPerson($0) }.filter { isType($0, .organization) && !items[$0].bracketed }
        guard let lastOrg = orgs.last else { return }
        var relations: [String] = []
        var v = lastOrg + 1
        while v < items.count, v - lastOrg <= 12 {
            if let r = Self.companyVerbs[word(v)] {
                if word(v + 1) == "by" { return }
                relations.append(r)
            } else if isWork(v) {
                for o in orgs {
                    for r in Set(relations) { add(items[v].entity, items[o].entity, .other, r, 0.6) }
                }
                return
            } else if word(v).isOne(of: ".", ";") || isPerson(v) {
                return
            }
            v += 1
        }
    }

    /// The subject of a fact about a person: the person nearest before `i`, else the
    /// sentence's first person, else the one before.
    func personSubject(before i: Int) -> Int? {
        person(before: i) ?? subject ?? previousSubject
    }

    /// "Poland's Camerimage", "Szeged, Hungary", "Clare College, Cambridge", "born in X",
    /// "set in X", "London-based Levy".
    func placeFacts() {
        for i in items.indices {
            // Possessive place before an organization or place.
            if isType(i, .place), items[i].possessive, i + 1 < items.count,
               isType(i + 1, .organization) || isType(i + 1, .place) {
                add(items[i + 1].entity, items[i].entity, .other, "located_in", 0.75)
            }
            // "Org, Place" or "Place, Place" (not inside a list of places).
            if isType(i, .place), word(i - 1) == ",", isType(i - 2, .organization) || isType(i - 2, .place),
               word(i - 3) != ",", !(word(i + 1) == "," && isType(i + 2, .place)), word(i + 1) != "and" || !isType(i + 2, .place) {
                add(items[i - 2].entity, items[i].entity, .other, "located_in", 0.6)
            }
            // "released through O in Britain": a release territory, not where O is; a venue
            // place ("the Dolby Theatre in Los Angeles") is located like an organization.
            if isType(i, .organization) || (isType(i, .place) && compound(i) == nil && word(i - 1).isOne(of: "the", "on", "at", "between")),
               word(i + 1) == "in", isType(i + 2, .place), !afterReleaseVerb(i) {
                add(items[i].entity, items[i + 2].entity, .other, "located_in", 0.55)
            }
            guard isType(i, .place) else { continue }
            // "London-based Levy", "Kyiv-born director X".
            if let suffix = compound(i) {
                var k = i + 1
                while k < items.count, k - i <= 3, items[k].type == nil, items[k].isWord { k += 1 }
                if isPerson(k) || isType(k, .organization) {
                    add(items[k].entity, items[i].entity, .other, suffix == "born" ? "born_in" : "based_in", 0.7)
                }
                continue
            }
            // "the film's New Mexico set": where a work was filmed.
            if isWork(i - 1), items[i - 1].possessive, word(i + 1).isOne(of: "set", "location", "locations", "shoot", "production") {
                add(items[i - 1].entity, items[i].entity, .other, "filmed_in", 0.6)
            }
            var cueEnd = i
            if containsText(word(i - 1), "-") && !isType(i - 1, .place) { cueEnd = i - 1 }
            for length in [3, 2] where cueEnd - length >= 0 {
                guard let relation = value(in: lexicon.placeCues, of: (cueEnd - length)..<cueEnd), relation != "-" else { continue }
                // "the production is based in X" is where it is filmed, read by workPlaces().
                if relation == "based_in", Self.productionNouns.contains(word(cueEnd - length - 1)) || Self.productionNouns.contains(word(cueEnd - length - 2)) { break }
                if relation == "set_in" || relation == "filmed_in" {
                    if let w = anchorWork(near: i) { add(w.work, items[i].entity, .other, relation, w.sameSentence ? 0.7 : 0.5) }
                } else {
                    add(personSubject(before: i), items[i].entity, .other, relation, 0.7)
                }
                break
            }
        }
    }

    static let schoolingWords: WordSet = ["attended", "graduated", "studied", "educated", "alumnus", "alumna", "graduate"]
    static let degreeNouns: WordSet = ["degree", "diploma", "doctorate", "phd", "mfa", "ba", "ma"]

    /// "graduated from X", "a degree ... from X", "attended X", "studied at X".
    func education() {
        for i in items.indices where isType(i, .organization) {
            var k = i - 1
            var matched = false
            while k >= 0, i - k <= 8, !matched {
                let w = word(k)
                if Self.schoolingWords.contains(w) && i - k <= 4 { matched = true }
                if Self.degreeNouns.contains(w) && word(i - 1) == "from" || word(i - 2) == "from" && w == "degree" { matched = true }
                if items[k].type != nil && k != i - 1 && !isType(k, .organization) && items[k].type != .place { break }
                k -= 1
            }
            if matched { add(personSubject(before: k + 1), items[i].entity, .other, "educated_at", 0.7) }
        }
    }

    /// "premiered at Sundance", "premieres March 11 on Hulu", "coming to Hulu".
    func premieresAndDistribution() {
        for i in items.indices where Cue.release.contains(word(i)) {
            let isRelease = word(i).hasPrefix("releas")
            // "A documentary about the making of W will stream on O": W is the topic.
            if word(i) == "stream" || word(i) == "streamed",
               let w = (0..<i).last(where: { items[$0].type == .work }), (0..<w).contains(where: { word($0) == "about" }) { continue }
            var k = i + 1
            var found = false
            while k < items.count, k - i <= (found ? 12 : 8), !word(k).isOne(of: ".", ";") {
                // "on Hulu in the US and on Disney+ elsewhere": a second outlet after "and".
                if word(k).isOne(of: "at", "on", "to", "via"), !found || word(k - 1) == "and" {
                    var o = k + 1
                    while o < items.count, o - k <= 3, !isType(o, .organization) {
                        if isType(o, .person) || isWork(o) { break }
                        o += 1
                    }
                    if isType(o, .organization), let w = anchorWork(near: i) {
                        let isBroadcast = word(i).hasPrefix("air")
                        let relation = word(k) == "at" ? "premiered_at" : isRelease ? "released_by" : isBroadcast ? "broadcast_on" : "distributed_by"
                        add(w.work, items[o].entity, .other, relation, w.sameSentence ? 0.7 : 0.5)
                        found = true
                        k = o
                    }
                }
                k += 1
            }
        }
    }

    /// "won an Oscar", "awards from X and Y's Z festival", "nominated for Academy
    /// Awards", "recognized as one of X's".
    /// Award cue word -> the relation it states ("ranked" for a ranking by a body), found
    /// with one look-up per word instead of a chain of string comparisons.
    static let awardCueRelations: WordMap<String> = [
        "won": "award_won", "win": "award_won", "wins": "award_won", "winning": "award_won", "awards": "award_won",
        "award": "award_won", "prize": "award_won", "honored": "award_won", "honoured": "award_won",
        "nominated": "nominated_at", "nomination": "nominated_at", "nominations": "nominated_at",
        "recognized": "honored_by", "recognised": "honored_by", "named": "honored_by",
        "ranked": "ranked", "rated": "ranked", "listed": "ranked",
    ]

    func awards() {
        for i in items.indices {
            guard let cue = Self.awardCueRelations[word(i)] else { continue }
            let relation: String
            switch cue {
            case "ranked":
                // "ranked among the ... in a survey conducted by X"
                var k = i + 1
                while k < items.count, k - i <= 20, !word(k).isOne(of: ".", ";") {
                    if word(k) == "by", isType(k + 1, .organization) || (word(k + 1) == "the" && isType(k + 2, .organization)) {
                        add(personSubject(before: i), items[isType(k + 1, .organization) ? k + 1 : k + 2].entity, .other, "ranked_by", 0.55)
                        break
                    }
                    k += 1
                }
                continue
            default: relation = cue
            }
            var k = i + 1
            // Wide enough for a prize's name between ("won the Palme d'Or at F").
            while k < items.count, k - i <= 12, !word(k).isOne(of: ".", ";"), !isWork(k) {
                if isType(k, .organization), !(isType(k, .organization) && items[k].possessive && relation != "honored_by") {
                    // "W won the Golden Lion at F": a work right before the verb won it.
                    let workSubject = workWinner(before: i)
                    let s = workSubject ?? personSubject(before: i)
                    add(s, items[k].entity, .other, relation, 0.6)
                    // "from A and B": both gave it.
                    var n = k + 1
                    while n + 1 < items.count, word(n).isOne(of: "and", ",") || isType(n, .place) || word(n).first?.isNumber == true || word(n) == "in" {
                        if isType(n + 1, .organization) { add(s, items[n + 1].entity, .other, relation, 0.55) }
                        n += 1
                    }
                    break
                }
                k += 1
            }
        }
    }

    /// "Nina's daughter, Lisa", "his business partner and friend Yuri Neyman".
    func ties() {
        for i in items.indices where (isPerson(i) || items[i].reference == .pronoun) && items[i].possessive {
            var k = i + 1
            var relation: String? = nil
            while k < items.count, k - i <= 5, items[k].type == nil {
                if relation == nil {
                    for length in [2, 1] where k + length <= items.count {
                        if let r = value(in: lexicon.relationNouns, of: k..<(k + length)) { relation = r; k += length - 1; break }
                    }
                }
                k += 1
            }
            if let relation, isPerson(k), !items[k].possessive {
                // "he wrote with his son X": the pronoun is the clause's subject; "written by
                // A with her partner, X": the person the phrase goes with.
                let with = word(i - 1) == "with" && isPerson(i - 2) && !items[i - 2].possessive ? items[i - 2].entity : nil
                let before = (0..<i).first { items[$0].type == .person && !items[$0].bracketed && !items[$0].possessive }.flatMap { items[$0].entity }
                let owner = items[i].reference == .pronoun ? (with ?? before ?? items[i].entity) : items[i].entity
                add(items[k].entity, owner, .other, relation, 0.7)
            }
        }
    }

    /// The prepositions between a post and its organization ("a fellow at X").
    static let postPrepositions: WordSet = ["at", "of", "with", "for"]

    /// "He is a fellow at Clare College", "became a honorary research professor of the
    /// University of St Andrews", "Waterstone's fiction buyer Suzie Doore".
    func positions() {
        for i in items.indices where word(i) == "a" || word(i) == "an" {
            // The words of the post are items i+1..<k.
            var k = i + 1
            while k < items.count, items[k].isWord, items[k].type == nil, k - i <= 5, !Self.postPrepositions.contains(word(k)) { k += 1 }
            guard k > i + 1, lexicon.affiliationRoles.contains(word(k - 1)), Self.postPrepositions.contains(word(k)) else { continue }
            var o = k + 1
            if word(o) == "the" { o += 1 }
            guard isType(o, .organization) else { continue }
            // "an executive producer of the Hulu comedy Ramy": the company names the
            // work's home, and the role is held on the work.
            if let (work, _) = workAfterCompanyModifier(o) {
                if let role = lexicon.roles[phrase((i + 1)..<k)] ?? lexicon.roles[word(k - 1)] {
                    add(personSubject(before: i), work, .credit, role, 0.6)
                }
                continue
            }
            add(personSubject(before: i), items[o].entity, .affiliation, phrase((i + 1)..<k), 0.65)
        }
        for i in items.indices where isType(i, .organization) && items[i].possessive {
            var k = i + 1
            while k < items.count, items[k].isWord, items[k].type == nil, k - i <= 4 { k += 1 }
            if k > i + 1, lexicon.affiliationRoles.contains(word(k - 1)), isPerson(k) {
                add(items[k].entity, items[i].entity, .affiliation, phrase((i + 1)..<k), 0.6)
            }
        }
    }

    /// "X killed Y", "and injured Z": the person nearest before (or the subject of the
    /// sentence before, when a thing is the grammatical subject).
    func harm() {
        guard let firstVerb = items.indices.first(where: { Cue.harm.contains(word($0)) }) else { return }
        for i in items.indices where Cue.harm.contains(word(i)) {
            guard !word(i - 1).isOne(of: "was", "were", "been", "be", "is", "who"),
                  (isPerson(i + 1) && !items[i + 1].possessive) || (isPerson(i + 2) && !items[i + 2].possessive && lexicon.roles[word(i + 1)] != nil) else { continue }
            let victim = isPerson(i + 1) ? items[i + 1].entity : items[i + 2].entity
            let relation = word(i) == "killed" ? "killed" : word(i) == "shot" ? "shot" : "injured"
            if let s = person(before: firstVerb) { add(s, victim, .other, relation, 0.6) }
            else if let s = previousSubject { add(s, victim, .other, relation, 0.4) }
        }
    }

    /// "in cooperation with the Estate of X".
    func cooperation() {
        for i in items.indices where Cue.cooperation.contains(word(i)) {
            guard word(i + 1) == "with" else { continue }
            var o = i + 2
            if word(o) == "the" { o += 1 }
            guard isType(o, .organization), let w = anchorWork(near: i) else { continue }
            add(w.work, items[o].entity, .other, "in_cooperation_with", w.sameSentence ? 0.6 : 0.5)
        }
    }

    /// "the documentary 'X' about Y", "'X', about Y".
    func about() {
        for i in items.indices where word(i) == "about" {
            var o = i + 1
            while o < items.count, o - i <= 3, items[o].type == nil, lexicon.roles[word(o)] != nil || word(o).isOne(of: "the", "late") { o += 1 }
            guard isPerson(o) || isWork(o) else { continue }
            var w = i - 1
            if word(w) == "," { w -= 1 }
            if isWork(w) { add(items[w].entity, items[o].entity, .other, "about", 0.7) }
        }
    }
}
