/// Rules that read credits (person -> work with a role). Each is linear in the items of
/// the sentence, looking a bounded distance around a cue.
extension Clause {
    func applyCreditRules() {
        // Each rule runs only where its cue is (`RuleCues.swift`); the order is the rules'.
        let person = cues.contains(.person)
        if person { apposition() }
        if cues.contains(.roleVerb) { passive(); activeVerb() }
        // A maker's works: after a possessive name, or after "including"/"as".
        if person && cues.contains(.work) && !cues.isDisjoint(with: [.possessiveOwner, .including]) { possessiveMaker() }
        if cues.contains(.workOn) { workOn() }
        if cues.contains(.serve) { servesAs() }
        if person && cues.contains(.copula) { rolePredicates() }
        if person && cues.isSuperset(of: [.bracket, .work]) { bracketCredits() }
        // The source's author is named with a possessive ("based on A's novel").
        if cues.contains(.possessiveOwner) && !cues.isDisjoint(with: [.basedOn, .describedWork]) { unnamedSourceAuthor() }
        if cues.contains(.possessiveOwner) { makerOfDescribedWork() }
        if !cues.isDisjoint(with: [.from, .by]) && cues.contains(.work) { roleHolderOfWorkInView() }
        if cues.contains(.their) { groupRecord() }
        if cues.contains(.work) { rolesNamedAfterTheWork() }
        if person && cues.contains(.plays) { playsAPart() }
        // A possessive owner, or a work with a reference after it or "by" a person.
        if cues.contains(.possessiveOwner) || (cues.contains(.work) && (cues.contains(.describedWork) || cues.isSuperset(of: [.by, .person]))) {
            madeBy()
        }
        // A prize's work follows "for" (family `at`) or "with".
        if cues.contains(.work) && !cues.isDisjoint(with: [.at, .with]) { awardCredits() }
        if cues.contains(.cast) { castPhrases() }
        if cues.contains(.best) { bestRoleFor() }
        if cues.contains(.starring) { starring() }
        if person && cues.contains(.work) { roleOf() }
        if person && cues.contains(.work) { appositiveRoleOfWork() }
        if cues.contains(.work) && cues.contains(.bracket) { mainPersonWorks() }
        applyCastRules()
    }

    /// "'X', starring A and B", "featuring A": the people act in the clause's work.
    func starring() {
        for i in items.indices where Cue.starring.contains(word(i)) {
            guard let anchor = anchorWork(near: i) else { continue }
            var k = i + 1
            while k < items.count {
                if isPerson(k) && !items[k].possessive { add(items[k].entity, anchor.work, .credit, "actor", anchor.sameSentence ? 0.75 : 0.5) }
                else if !word(k).isOne(of: "and", ",") && !items[k].bracketed { break }
                k += 1
            }
        }
    }

    /// "X, the director of 'Y'", "X, star of Y": a role after the name, then "of" the work.
    func roleOf() {
        for p in items.indices where isPerson(p) && items[p].reference == .name && word(p + 1) == "," {
            var k = p + 2
            if word(k).isOne(of: "a", "an", "the") { k += 1 }
            guard let found = role(startingAt: k), word(found.end) == "of" || word(found.end) == "on" else { continue }
            var w = found.end + 1
            if word(w) == "the" { w += 1 }
            if isWork(w) {
                add(items[p].entity, items[w].entity, .credit, found.role, 0.75)
                // "the author of Wolf Hall and Bring Up the Bodies": the rest of the list.
                for more in workList(from: w + 1) { add(items[p].entity, items[more].entity, .credit, found.role, 0.7) }
            }
        }
    }

    /// "her book Small Island", "'X' by Y": a work's maker, named by its owner or by "by".
    func madeBy() {
        for i in items.indices {
            // Every form below starts at a person or a work.
            guard isPerson(i) || isWork(i) else { continue }
            if isPerson(i), items[i].possessive {
                // "her album X", "his new film, X", "her debut novel X"
                var k = i + 1
                while k < items.count, k - i <= 3, items[k].isWord, items[k].type == nil, lexicon.workCues[word(k)] == nil { k += 1 }
                if let cue = lexicon.workCues[word(k)] {
                    var w = k + 1
                    if word(w) == "," { w += 1 }
                    if isWork(w), items[w].reference == .name {
                        add(items[i].entity, items[w].entity, .credit, makerRole(for: workType(at: w) ?? cue), 0.7)
                    }
                }
            }
            // "Senna, his 2010 film about ...": a possessive pronoun describing the work.
            if isWork(i), items[i].reference == .name, word(i + 1) == ",", items.indices.contains(i + 2),
               items[i + 2].reference == .pronoun, items[i + 2].possessive, let found = describedWork(before: i + 2) {
                add(items[i + 2].entity, items[i].entity, .credit, makerRole(for: workType(at: i) ?? found), 0.6)
            }
            // The same read as one phrase ("his 2010 film" folded into a reference to a
            // work): the owner is the clause's person before the title.
            if isWork(i), items[i].reference == .name, word(i + 1) == ",", items.indices.contains(i + 2),
               let noun = definiteNoun(i + 2), (determiner(i + 2) ?? "").isOne(of: "his", "her", "their"),
               // "Normal People, her second novel, won": with no person before the title,
               // the pronoun speaks of the last sentence's subject.
               let owner = person(before: i, within: 12) ?? ((0..<i).contains { items[$0].type == .person } ? nil : previousSubject) {
                add(owner, items[i].entity, .credit, makerRole(for: workType(at: i) ?? noun), 0.55)
            }
            // "Baby Reindeer, Richard Gadd's Netflix drama": the owner of the work noun in
            // an apposition after the title made it.
            if isWork(i), items[i].reference == .name, word(i + 1) == ",", isPerson(i + 2), items[i + 2].possessive {
                var k = i + 3
                var channel = false
                while k < items.count, k - i <= 7, (items[k].isWord && items[k].type == nil) || isType(k, .organization) {
                    if isType(k, .organization) { channel = true }
                    if let noun = lexicon.workCues[word(k)], items[k].isWord {
                        // "Guadagnino's tennis drama" is a film, "Gadd's Netflix drama" a
                        // series: a drama is a series only when a channel owns it.
                        let type = word(k) == "drama" ? (channel ? workType(at: i) ?? "series" : nil) : workType(at: i) ?? noun
                        add(items[i + 2].entity, items[i].entity, .credit, makerRole(for: type), 0.65)
                        break
                    }
                    k += 1
                }
            }
            // "Harvey's debut novel, The Wilderness", "her first album, Frank".
            if isPerson(i), items[i].possessive, let found = describedWork(after: i) {
                add(items[i].entity, found.work, .credit, makerRole(for: found.type), 0.65)
            }
            if isWork(i), items[i].reference == .name, word(i + 1) == "by", isPerson(i + 2) {
                // "American Prometheus by Kai Bird and Martin J. Sherwin": every maker listed.
                for p in personList(from: i + 2) {
                    add(items[p].entity, items[i].entity, .credit, makerRole(for: workType(at: i)), p == i + 2 ? 0.65 : 0.6)
                }
            }
            // "from the 1992 novel by Y": the source shares the title of the work it
            // refers to, so Y is that work's maker in the noun's medium.
            if isWork(i), let noun = definiteNoun(i), word(i + 1) == "by", isPerson(i + 2),
               noun.isOne(of: "novel", "book") {
                add(items[i + 2].entity, items[i].entity, .credit, makerRole(for: noun), 0.6)
            }
        }
    }

    /// In a sentence about a prize, "X won ... for W" / "with W": W is X's work, in the
    /// role the text gives X (or as author, in a story about books).
    func awardCredits() {
        guard items.indices.contains(where: { items[$0].isWord && lexicon.awardCues.contains(word($0)) }) else { return }
        for i in items.indices where (word(i) == "for" || word(i) == "with") && isWork(i + 1) && items[i + 1].reference == .name && !items[i + 1].bracketed {
            guard let s = person(before: i) ?? subject else { continue }
            guard let role = titleRoles[s] ?? (genre == "book" ? "author" : nil) else { continue }
            add(s, items[i + 1].entity, .credit, role, 0.6)
        }
    }

    /// "'Rust' armorer Hannah Gutierrez-Reed", "cinematographer X was killed on the set
    /// of 'Rust'", "actor A and writer B": the role before a name; the work right before
    /// the role, else the clause's work.
    func apposition() {
        for p in items.indices where isPerson(p) && items[p].reference == .name && !items[p].bracketed {
            guard let found = role(before: p) else { continue }
            var people = [p]
            var k = p + 1
            while k + 1 < items.count, word(k).isOne(of: "and", ","), isPerson(k + 1), role(before: k + 1) == nil {
                people.append(k + 1)
                k += 2
            }
            let before = found.start - 1
            // "married the actor A", "the son of the director B": a family tie describes
            // the person; it is no credit on the work in view.
            var cue = word(before).isOne(of: "the", "a", "an", "fellow") ? before - 1 : before
            if word(cue).isOne(of: "to", "of") { cue -= 1 }
            if items.indices.contains(cue), items[cue].isWord, Self.kinCues.contains(word(cue)) { continue }
            // "authors A and B": an occupation, not a credit on the clause's work.
            let plural = (found.start..<p).contains { lexicon.roles[word($0)] != nil && word($0).hasSuffix("s") && word($0) != lexicon.roles[word($0)] }
            // "the novel of the same name by the Irish writer X": a writer of a book is its author.
            let role = found.role == "writer" && sourceBookBy(before: found.start) ? "author" : found.role
            if isWork(before) {
                for q in people { add(items[q].entity, items[before].entity, .credit, role, 0.9) }
            } else if !plural, !agentOfOtherVerb(found.start),
                      let anchor = anchorOutsideRelative(near: p) ?? (((p + 1)..<items.count).contains { items[$0].type == .work && items[$0].bracketed } ? mainWork.map { ($0, false) } : nil),
                      anchor.sameSentence || !hasOwnAction(p),
                      !hasOtherMaker(anchor.work, role: role, besides: people) {
                for q in people { add(items[q].entity, anchor.work, .credit, role, anchor.sameSentence ? 0.7 : 0.5) }
            }
        }
    }

    /// "Directed and produced by Rachel Mason", "'X', directed by Y": role participles
    /// joined by "and", then "by" and the people.
    /// Roles a partner named after "with" shares: writing a text or a score together.
    static let sharedWritingRoles: WordSet = ["writer", "author", "composer", "lyricist", "songwriter"]

    /// The person after "with" at `w`, past a possessive and a kin or partner noun ("with
    /// her partner, B", "with B").
    func partnerAfterWith(_ w: Int) -> Int? {
        var c = w + 1
        if items.indices.contains(c), items[c].reference == .pronoun, items[c].possessive {
            c += 1
            guard items.indices.contains(c), items[c].isWord, items[c].type == nil,
                  lexicon.relationNouns[word(c)] != nil || lexicon.roles[word(c)] != nil else { return nil }
            c += 1
            if word(c) == "," { c += 1 }
        }
        return isPerson(c) && !items[c].possessive ? c : nil
    }

    func passive() {
        var i = 0
        var nextVerb = 0
        while true {
            // The first role verb at or after item `i`.
            while nextVerb < roleVerbItems.count, roleVerbItems[nextVerb] < i { nextVerb += 1 }
            guard nextVerb < roleVerbItems.count else { break }
            i = roleVerbItems[nextVerb]
            // "a play by David Adjmi": after a determiner the word is a noun, the maker's
            // work, not a participle ("played by").
            if Self.determiners.contains(word(i - 1)) { i += 1; continue }
            var roles: [String] = []
            var k = i
            while k < items.count {
                if let r = lexicon.roleVerbs[word(k)] { roles.append(r) }
                // "created for television by", "adapted for the screen by".
                else if word(k) == "for", let skip = Self.screenPhrase(after: k, word) { k = skip; continue }
                else if word(k) != "and" && word(k) != "," && word(k) != "also" && !(items[k].isWord && items[k].type == nil && word(k).hasSuffix("ly")) { break }
                k += 1
            }
            guard word(k) == "by", !roles.isEmpty else { i = k + 1; continue }
            var agents: [Int] = []
            var orgs: [Int] = []
            var a = k + 1
            while a < items.count {
                // ", and A and B are executive producers": a new clause with its own verb.
                if word(a) == ",", word(a + 1) == "and", !agents.isEmpty, startsNewClause(at: a + 2) { break }
                if isPerson(a) { agents.append(a) }
                else if isType(a, .organization) { orgs.append(a) }
                else if let skip = describedAgent(at: a) { a = skip; continue }
                else if !word(a).isOne(of: "and", ",") { break }
                a += 1
            }
            // "written by A with her partner, B", "composed by A with B": a co-writer. Not
            // after "directed by A with B", where B is as likely the star.
            if word(a) == "with", !agents.isEmpty, roles.allSatisfy({ Self.sharedWritingRoles.contains($0) }), let partner = partnerAfterWith(a) {
                agents.append(partner)
            }
            // The work: right before the participles, else the subject after the phrase.
            var work: Int? = nil
            var confidence = 0.85
            var b = i - 1
            while b >= 0, i - b <= 4, !isWork(b), word(b).isEmpty || Self.participleWorkBridge.contains(word(b)) || items[b].type == nil && !items[b].isWord { b -= 1 }
            if isWork(b) { work = items[b].entity }
            // "Both games are scored by X": every work the phrase names.
            var k2 = i - 1
            while k2 >= 0, i - k2 <= 4, pluralWorks(at: k2) == nil { k2 -= 1 }
            if work == nil, k2 >= 0, let found = pluralWorks(at: k2) {
                for agent in agents { for w in found.works { for r in roles { add(items[agent].entity, w, .credit, mediumRole(r, work: w), 0.7) } } }
                i = a
                continue
            }
            if work == nil {
                // The subject after the phrase, past a relative clause about the agent
                // ("by X, who also worked on A and B, the film ...").
                var c = a
                var inRelative = false
                while c < items.count, c - a <= 16 {
                    // ", so memorable in W", ", best known for W": an aside like a relative clause.
                    if word(c).isOne(of: "who", "which", "whose") || (word(c - 1) == "," && word(c).isOne(of: "so", "best", "known")) { inRelative = true }
                    else if inRelative && word(c) == "," && !isWork(c + 1) && !word(c + 1).isOne(of: "and", "or") { inRelative = false }
                    else if isWork(c) && !items[c].bracketed && (!inRelative || items[c].reference != .name) {
                        work = items[c].entity
                        break
                    }
                    c += 1
                }
            }
            // "The ceremony ... was hosted by A": an event, not the work in view, is the subject.
            let eventSubject = word(0) == "the" && Self.eventNouns.contains(word(1)) && !items.indices.contains { isWork($0) }
            if work == nil, !eventSubject, let anchor = anchorOutsideAsides(near: i) { work = anchor.work; confidence = 0.6 }
            for agent in agents {
                for r in roles { add(items[agent].entity, work, .credit, mediumRole(r, work: work), confidence) }
            }
            // "published by O" is left to the release rule, which reads the medium.
            for org in orgs where !(roles.count == 1 && roles[0] == "author") {
                // "developed by Naughty Dog", "created by Pixar": a company that made it.
                let relation = roles.contains("producer") || roles.contains("creator") ? "produced_by" : "distributed_by"
                add(work, items[org].entity, .other, relation, confidence)
            }
            i = a
        }
    }

    /// Words between a credit verb and its subject: "also", "has", "who", "and went on to".
    static let subjectBridge: WordSet = ["also", "has", "have", "had", "who", "then", "later", "co", "previously", "recently", "once", "first", "and",
                                         "will", "would", "now", "went", "go", "goes", "going", "gone", "on", "to", "is", "was"]
    /// Marks that end the search for a credit verb's object.
    static let objectEnds: WordSet = [".", ";", ",", "and", "but"]

    /// "X directed Y", "X stars in Y", "X (...) edited.": a person, a credit verb, and
    /// its object (or the clause's work when the verb has none).
    func activeVerb() {
        for v in roleVerbItems {
            guard let r = lexicon.roleVerbs[word(v)], word(v + 1) != "by" else { continue }
            // "wrote and directed X": verbs joined by "and" share the subject and object.
            let chain = verbChain(around: v)
            // The subject: across "also"/"has", a bracketed credit list, or "and" to the
            // sentence subject.
            var k = chain.lowerBound - 1
            // "and went on to direct": the verb of going on shares the subject.
            while k >= 0, Self.subjectBridge.contains(word(k)) {
                if word(k) == "and" && !word(k + 1).isOne(of: "also", "then", "later") && k + 1 != v { break }
                if word(k) == "and" { break }
                k -= 1
            }
            if word(k) == ")" {
                while k >= 0, items[k].bracketed || word(k) == ")" { k -= 1 }
                if word(k) == "(" { k -= 1 }
            }
            var subject: Int? = nil
            if isPerson(k) && !items[k].possessive { subject = items[k].entity }
            else if word(k) == ",", let owner = appositionOwner(closingAt: k) { subject = items[owner].entity }
            else if word(k) == "," && isPerson(k - 1) && !items[k - 1].possessive { subject = items[k - 1].entity }
            // A semicolon before "and" closes the clause the sentence subject belongs to
            // ("A (B), in which C plays ...; D (E), set in ... and starring F").
            else if word(k) == "and" { subject = (0..<k).contains { word($0) == ";" } ? nil : self.subject }
            else if word(k) == "," && word(k - 1) == "who" { subject = person(before: k - 1) }
            else if word(k) == ",", let p = personBeforeAside(endingAt: k) { subject = items[p].entity }
            // "who won an Academy Award for directing W": the prize winner.
            else if word(k) == "for", word(v).hasSuffix("ing") { subject = person(before: k, within: 10) }
            // "A and B, twin brothers who write": the people the described noun stands for.
            if subject == nil, word(chain.lowerBound - 1) == "who", let head = appositionHead(before: chain.lowerBound - 1) {
                k = head
                subject = items[head].entity
            }
            // "The series, developed by A from ..., starred B": a work subject past a
            // participle phrase set off by commas (A is that phrase's agent, not the subject).
            if r == "actor", word(k) == ",", let w = workBeforeParticiple(endingAt: k) { k = w; subject = nil }
            // "The series was created by A and stars B": the work across a passive clause.
            if r == "actor", word(k) == "and", let work = passiveClauseWork(beforeVerbAt: v) {
                let cast = personList(from: v + 1)
                for q in cast + (cast.last.map { castAfterWith(after: $0) } ?? []) { add(items[q].entity, work, .credit, r, 0.7) }
                continue
            }
            guard let subject else {
                // "The drama stars Jonah Pike, Ana Ruiz and Li Wei": the work is the subject,
                // the people the object.
                if r == "actor", isWork(k) {
                    let cast = personList(from: v + 1, parts: true)
                    for q in cast + (cast.last.map { castAfterWith(after: $0) } ?? []) { add(items[q].entity, items[k].entity, .credit, r, 0.75) }
                }
                continue
            }
            // "Joel and Ethan Coen wrote": every coordinated subject.
            let subjects = [subject] + coordinatedPeople(before: k, subjectAt: subject)
            // The object: a work a few items on.
            var o = chain.upperBound
            // "directed A and B in X": past the people directed to the work they act in.
            if r == "director" {
                var q = o
                while q < items.count, (isPerson(q) && !items[q].possessive) || word(q).isOne(of: "and", ",") { q += 1 }
                if q - o >= 3, word(q) == "in", isWork(q + 1) { o = q + 1 }
            }
            var object: Int? = nil
            var plural: [Int] = []
            while o < items.count, o - v <= 12 {
                if let found = pluralWorks(at: o) { plural = found.works; break }
                if isWork(o) { object = items[o].entity; break }
                if word(o) == ",", word(o + 1).isOne(of: "including", "such") { o += 1; continue }
                // "produced Coppola's first feature, Dementia 13": the title in apposition.
                if word(o) == ",", isWork(o + 1), items[o + 1].reference == .name, o > chain.upperBound, items[o - 1].isWord,
                   lexicon.workCues[word(o - 1)] != nil { o += 1; continue }
                // "directed Apollo 13 and A Beautiful Mind": an unread first title, then a title.
                if word(o) == "and", isWork(o + 1), items[o + 1].reference == .name, o - chain.upperBound <= 3, o > chain.upperBound { o += 1; continue }
                if Self.objectEnds.contains(word(o)) && !items[o].bracketed { break }
                o += 1
            }
            for subject in subjects {
                if !plural.isEmpty {
                    for w in plural { add(subject, w, .credit, mediumRole(r, work: w), 0.65) }
                } else if let object {
                    // "is adapting the novel W": the adapter writes the screen version, not the book.
                    add(subject, object, .credit, word(v).hasPrefix("adapt") ? r : mediumRole(r, work: object), 0.8)
                    // "directed Tom Hanks and Meg Ryan in X": the people directed act in X.
                    if r == "director", o - 1 > chain.upperBound, word(o - 1) == "in",
                       (chain.upperBound..<(o - 1)).allSatisfy({ (isPerson($0) && !items[$0].possessive) || word($0).isOne(of: "and", ",") }) {
                        for p in chain.upperBound..<(o - 1) where isPerson(p) { add(items[p].entity, object, .credit, "actor", 0.6) }
                    }
                    // "shot A's 'X' and B's 'Y'": the rest of a list of titles.
                    for w in workList(from: o + 1) { add(subject, items[w].entity, .credit, r, 0.7) }
                } else if let (work, partners) = relativeWorkWithPartners(subjectAt: k, verbEnd: chain.upperBound) {
                    // "W, which A wrote with B": both made the work the relative stands for.
                    for p in [subject] + partners { add(p, work, .credit, mediumRole(r, work: work), 0.6) }
                } else if chain.upperBound >= items.count || word(chain.upperBound).isOne(of: ".", ",", ";")
                            || (r == "actor" && word(chain.upperBound).isOne(of: "as", "in"))
                            || (r == "actor" && playsADescribedPart(after: chain.upperBound)),
                          let anchor = anchorOutsideAsides(near: v) ?? (r == "actor" ? heldWork.map({ ($0, false) }) : nil) {
                    // "X stars as Y", "X stars in the title role": the clause's work.
                    add(subject, anchor.work, .credit, mediumRole(r, work: anchor.work), anchor.sameSentence ? 0.65 : 0.5)
                } else if let part = partOfWork(after: chain.upperBound), let anchor = anchorOutsideAsides(near: v) ?? heldWork.map({ ($0, false) }) {
                    // "wrote all of the lyrics", "wrote the script with B": a part of the
                    // work in view; a partner after "with" shares the role.
                    add(subject, anchor.work, .credit, mediumRole(r, work: anchor.work), anchor.sameSentence ? 0.6 : 0.5)
                    if word(part) == "with", isPerson(part + 1), !items[part + 1].possessive {
                        add(items[part + 1].entity, anchor.work, .credit, mediumRole(r, work: anchor.work), 0.55)
                    }
                }
            }
        }
    }
}

extension Clause {
    static let eventNouns: WordSet = ["ceremony", "festival", "gala", "event", "evening", "night", "concert", "awards", "party", "tribute"]
    static let determiners: WordSet = ["a", "an", "the", "his", "her", "their", "its", "this", "that", "new"]
    /// Words that may stand between a work and the credit participles after it: a comma
    /// or closing quote, a work noun, "is" or "was" (an empty word, a mention, is one too).
    static let participleWorkBridge: WordSet = [",", "\u{201D}", "\"", "film", "documentary", "series", "album", "novel", "book", "is", "was"]
}

/// Cue words the rules look for at every item, kept as sets built once.
enum Cue {
    static let workOn: WordSet = ["work", "worked", "working", "works", "nominated", "won", "credited", "credits"]
    static let serve: WordSet = ["serve", "serves", "served", "serving", "are", "were"]
    static let release: WordSet = [
        "premiere", "premiered", "premieres", "debut", "debuts", "debuted", "screened", "coming", "streaming",
        "streams", "stream", "streamed", "airs", "aired", "released", "release", "releases", "available",
        // "arrives on Hulu on Tuesday", "lands on Netflix": a streaming release.
        "arrives", "arrived", "lands", "landed",
    ]
    static let harm: WordSet = ["killed", "injured", "wounded", "shot"]
    static let starring: WordSet = ["starring", "co-starring", "featuring"]
    static let cooperation: WordSet = ["cooperation", "collaboration", "association"]
    /// "his 2010 film about the racing driver X": what the work is about.
    static let follows: WordSet = ["follows", "chronicles", "portrays", "profiles", "about"]
}
