/// Rules that read credits (person -> work with a role). Each is linear in the items of
/// the sentence, looking a bounded distance around a cue.
extension Clause {
    mutating func applyCreditRules() {
        apposition()
        passive()
        activeVerb()
        possessiveMaker()
        workOn()
        servesAs()
        rolePredicates()
        bracketCredits()
        unnamedSourceAuthor()
        makerOfDescribedWork()
        roleHolderOfWorkInView()
        groupRecord()
        rolesNamedAfterTheWork()
        playsAPart()
        madeBy()
        awardCredits()
        castPhrases()
        bestRoleFor()
        starring()
        roleOf()
        applyCastRules()
    }

    /// "'X', starring A and B", "featuring A": the people act in the clause's work.
    mutating func starring() {
        for i in items.indices where Cue.starring.contains(word(i)) {
            guard let anchor = anchorWork(near: i) else { continue }
            var k = i + 1
            while k < items.count {
                if isPerson(k) && !items[k].possessive { add(items[k].entity, anchor.work, .credit, "actor", anchor.sameSentence ? 0.75 : 0.5) }
                else if !["and", ","].contains(word(k)) && !items[k].bracketed { break }
                k += 1
            }
        }
    }

    /// "X, the director of 'Y'", "X, star of Y": a role after the name, then "of" the work.
    mutating func roleOf() {
        for p in items.indices where isPerson(p) && items[p].reference == .name && word(p + 1) == "," {
            var k = p + 2
            if ["a", "an", "the"].contains(word(k)) { k += 1 }
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
    mutating func madeBy() {
        for i in items.indices {
            if isPerson(i), items[i].possessive {
                // "her album X", "his new film, X", "her debut novel X"
                var k = i + 1
                while k < items.count, k - i <= 3, items[k].isWord, items[k].type == nil, lexicon.workCues[word(k)] == nil { k += 1 }
                if let cue = lexicon.workCues[word(k)] {
                    var w = k + 1
                    if word(w) == "," { w += 1 }
                    if isWork(w), items[w].reference == .name {
                        add(items[i].entity, items[w].entity, .credit, makerRole(for: items[w].workType ?? cue), 0.7)
                    }
                }
            }
            // "Senna, his 2010 film about ...": a possessive pronoun describing the work.
            if isWork(i), items[i].reference == .name, word(i + 1) == ",", items.indices.contains(i + 2),
               items[i + 2].reference == .pronoun, items[i + 2].possessive, let found = describedWork(before: i + 2) {
                add(items[i + 2].entity, items[i].entity, .credit, makerRole(for: items[i].workType ?? found), 0.6)
            }
            // The same read as one phrase ("his 2010 film" folded into a reference to a
            // work): the owner is the clause's person before the title.
            if isWork(i), items[i].reference == .name, word(i + 1) == ",", items.indices.contains(i + 2),
               case .definite(let noun) = items[i + 2].reference, ["his", "her", "their"].contains(items[i + 2].determiner ?? ""),
               // "Normal People, her second novel, won": with no person before the title,
               // the pronoun speaks of the last sentence's subject.
               let owner = person(before: i, within: 12) ?? (items[..<i].contains { $0.type == .person } ? nil : previousSubject) {
                add(owner, items[i].entity, .credit, makerRole(for: items[i].workType ?? noun), 0.55)
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
                        let type = word(k) == "drama" && !channel ? nil : items[i].workType ?? noun
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
                    add(items[p].entity, items[i].entity, .credit, makerRole(for: items[i].workType), p == i + 2 ? 0.65 : 0.6)
                }
            }
            // "from the 1992 novel by Y": the source shares the title of the work it
            // refers to, so Y is that work's maker in the noun's medium.
            if isWork(i), case .definite(let noun) = items[i].reference, word(i + 1) == "by", isPerson(i + 2),
               ["novel", "book"].contains(noun) {
                add(items[i + 2].entity, items[i].entity, .credit, makerRole(for: noun), 0.6)
            }
        }
    }

    /// In a sentence about a prize, "X won ... for W" / "with W": W is X's work, in the
    /// role the text gives X (or as author, in a story about books).
    mutating func awardCredits() {
        guard items.indices.contains(where: { items[$0].isWord && lexicon.awardCues.contains(items[$0].lower) }) else { return }
        for i in items.indices where (word(i) == "for" || word(i) == "with") && isWork(i + 1) && items[i + 1].reference == .name && !items[i + 1].bracketed {
            guard let s = person(before: i) ?? subject else { continue }
            guard let role = titleRoles[s] ?? (genre == "book" ? "author" : nil) else { continue }
            add(s, items[i + 1].entity, .credit, role, 0.6)
        }
    }

    /// "'Rust' armorer Hannah Gutierrez-Reed", "cinematographer X was killed on the set
    /// of 'Rust'", "actor A and writer B": the role before a name; the work right before
    /// the role, else the clause's work.
    mutating func apposition() {
        for p in items.indices where isPerson(p) && items[p].reference == .name && !items[p].bracketed {
            guard let found = role(before: p) else { continue }
            var people = [p]
            var k = p + 1
            while k + 1 < items.count, ["and", ","].contains(word(k)), isPerson(k + 1), role(before: k + 1) == nil {
                people.append(k + 1)
                k += 2
            }
            let before = found.start - 1
            // "authors A and B": an occupation, not a credit on the clause's work.
            let plural = (found.start..<p).contains { lexicon.roles[word($0)] != nil && word($0).hasSuffix("s") && word($0) != lexicon.roles[word($0)] }
            // "the novel of the same name by the Irish writer X": a writer of a book is its author.
            let role = found.role == "writer" && sourceBookBy(before: found.start) ? "author" : found.role
            if isWork(before) {
                for q in people { add(items[q].entity, items[before].entity, .credit, role, 0.9) }
            } else if !plural, !agentOfOtherVerb(found.start),
                      let anchor = anchorOutsideRelative(near: p) ?? (items[(p + 1)...].contains { $0.type == .work && $0.bracketed } ? mainWork.map { ($0, false) } : nil),
                      anchor.sameSentence || !hasOwnAction(p),
                      !hasOtherMaker(anchor.work, role: role, besides: people) {
                for q in people { add(items[q].entity, anchor.work, .credit, role, anchor.sameSentence ? 0.7 : 0.5) }
            }
        }
    }

    /// "Directed and produced by Rachel Mason", "'X', directed by Y": role participles
    /// joined by "and", then "by" and the people.
    mutating func passive() {
        let namesAWork = items.indices.contains { isWork($0) }
        var i = 0
        while i < items.count {
            guard lexicon.roleVerbs[word(i)] != nil else { i += 1; continue }
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
                else if !["and", ","].contains(word(a)) { break }
                a += 1
            }
            // The work: right before the participles, else the subject after the phrase.
            var work: Int? = nil
            var confidence = 0.85
            var b = i - 1
            while b >= 0, i - b <= 4, !isWork(b), ["", ",", "\u{201D}", "\"", "film", "documentary", "series", "album", "novel", "book", "is", "was"].contains(word(b)) || items[b].type == nil && !items[b].isWord { b -= 1 }
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
                    if ["who", "which", "whose"].contains(word(c)) || (word(c - 1) == "," && ["so", "best", "known"].contains(word(c))) { inRelative = true }
                    else if inRelative && word(c) == "," && !isWork(c + 1) && !["and", "or"].contains(word(c + 1)) { inRelative = false }
                    else if isWork(c) && !items[c].bracketed && (!inRelative || items[c].reference != .name) {
                        work = items[c].entity
                        break
                    }
                    c += 1
                }
            }
            // "The ceremony ... was hosted by A": an event, not the work in view, is the subject.
            let eventSubject = word(0) == "the" && Self.eventNouns.contains(word(1)) && !namesAWork
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

    /// "X directed Y", "X stars in Y", "X (...) edited.": a person, a credit verb, and
    /// its object (or the clause's work when the verb has none).
    mutating func activeVerb() {
        let firstSemicolon = items.firstIndex { $0.lower == ";" }
        for v in items.indices {
            guard let r = lexicon.roleVerbs[word(v)], word(v + 1) != "by" else { continue }
            // "wrote and directed X": verbs joined by "and" share the subject and object.
            let chain = verbChain(around: v)
            // The subject: across "also"/"has", a bracketed credit list, or "and" to the
            // sentence subject.
            var k = chain.lowerBound - 1
            // "and went on to direct": the verb of going on shares the subject.
            while k >= 0, ["also", "has", "have", "had", "who", "then", "later", "co", "previously", "recently", "once", "first", "and", "will", "would", "now",
                           "went", "go", "goes", "going", "gone", "on", "to", "is", "was"].contains(word(k)) {
                if word(k) == "and" && !["also", "then", "later"].contains(word(k + 1)) && k + 1 != v { break }
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
            else if word(k) == "and" { subject = firstSemicolon.map { $0 < k } == true ? nil : self.subject }
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
            guard let subject else {
                // "The drama stars Jonah Pike, Ana Ruiz and Li Wei": the work is the subject,
                // the people the object.
                if r == "actor", isWork(k) {
                    for q in personList(from: v + 1) { add(items[q].entity, items[k].entity, .credit, r, 0.75) }
                }
                continue
            }
            // "Joel and Ethan Coen wrote": every coordinated subject.
            let subjects = [subject] + coordinatedPeople(before: k, subjectAt: subject)
            // The object: a work a few items on.
            var o = chain.upperBound
            var object: Int? = nil
            var plural: [Int] = []
            while o < items.count, o - v <= 12 {
                if let found = pluralWorks(at: o) { plural = found.works; break }
                if isWork(o) { object = items[o].entity; break }
                if word(o) == ",", ["including", "such"].contains(word(o + 1)) { o += 1; continue }
                // "produced Coppola's first feature, Dementia 13": the title in apposition.
                if word(o) == ",", isWork(o + 1), items[o + 1].reference == .name, o > chain.upperBound, items[o - 1].isWord,
                   lexicon.workCues[word(o - 1)] != nil { o += 1; continue }
                // "directed Apollo 13 and A Beautiful Mind": an unread first title, then a title.
                if word(o) == "and", isWork(o + 1), items[o + 1].reference == .name, o - chain.upperBound <= 3, o > chain.upperBound { o += 1; continue }
                if [".", ";", ",", "and", "but"].contains(word(o)) && !items[o].bracketed { break }
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
                       (chain.upperBound..<(o - 1)).allSatisfy({ (isPerson($0) && !items[$0].possessive) || ["and", ","].contains(word($0)) }) {
                        for p in chain.upperBound..<(o - 1) where isPerson(p) { add(items[p].entity, object, .credit, "actor", 0.6) }
                    }
                    // "shot A's 'X' and B's 'Y'": the rest of a list of titles.
                    for w in workList(from: o + 1) { add(subject, items[w].entity, .credit, r, 0.7) }
                } else if chain.upperBound >= items.count || [".", ",", ";"].contains(word(chain.upperBound))
                            || (r == "actor" && ["as", "in"].contains(word(chain.upperBound)))
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

    /// "A, the daughter of B and C, directed X", "A, a friend of B, wrote X": the person an
    /// apposition closing at the comma `k` describes, not the people named inside it.
    func appositionOwner(closingAt k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 8, (isPerson(j) && !items[j].possessive) || ["and", ","].contains(word(j)) { j -= 1 }
        guard j < k - 1, word(j) == "of" else { return nil }
        j -= 1
        var nouns = 0
        while j >= 0, nouns < 4, items[j].isWord, items[j].type == nil, word(j) != "," { j -= 1; nouns += 1 }
        guard nouns >= 1, word(j) == ",", isPerson(j - 1), !items[j - 1].possessive else { return nil }
        return j - 1
    }

    /// "Brandt, who has directed Okafor twice, wrote X": the person before a relative
    /// aside that closes at the comma `k`.
    func personBeforeAside(endingAt k: Int) -> Int? {
        let mask = asides
        guard k >= 2, mask[k - 1] else { return nil }
        var j = k - 1
        while j >= 0, mask[j] { j -= 1 }
        return j >= 0 && isPerson(j) && !items[j].possessive ? j : nil
    }

    /// Nouns naming a part of a work: writing or scoring them is a credit on the work.
    static let workParts: WordSet = ["lyrics", "music", "score", "script", "screenplay", "story", "songs", "theme", "soundtrack", "libretto",
                                     "episodes", "episode", "pilot", "finale"]

    /// When the verb's object (within five words from `start`) is a part of a work
    /// ("all of the lyrics", "the script"), the item after that noun.
    func partOfWork(after start: Int) -> Int? {
        var k = start
        while k < items.count, k - start < 5, items[k].isWord, items[k].type == nil {
            if Self.workParts.contains(word(k)) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// Works continuing a list after item `start`: joined by commas, "and", years in
    /// brackets, and possessive makers ("A's 'X' and B's 'Y'").
    func workList(from start: Int) -> [Int] {
        var out: [Int] = []
        var k = start
        while k < items.count {
            if isWork(k) && items[k].reference == .name { out.append(k) }
            else if items[k].bracketed || ["(", ")", ",", "and", "or"].contains(word(k)) || (isPerson(k) && items[k].possessive) {}
            else { break }
            k += 1
        }
        return out
    }

    /// "Michael Cimino's 'The Deer Hunter'", "Robert Altman's 'A,' 'B' and 'C'", "three
    /// Woody Allen films, including 'X'": the owner of a title is its maker.
    mutating func possessiveMaker() {
        for p in items.indices where isPerson(p) && items[p].reference == .name {
            var start = p + 1
            var typeHint: String? = nil
            if !items[p].possessive {
                // "Woody Allen films, including ..."
                guard let cue = lexicon.workCues[word(p + 1)] else { continue }
                typeHint = cue
                var k = p + 2
                while k < items.count, k - p <= 5, !["including", "as"].contains(word(k)) { k += 1 }
                guard k < items.count, ["including", "as"].contains(word(k)) else { continue }
                start = k + 1
            }
            if word(p - 1) == "of", ["episodes", "episode", "season", "seasons"].contains(word(p - 2)) { typeHint = "series" }
            var k = start
            var works: [Int] = []
            // "Neil Gaiman's The Sandman comics": a title that only modifies a work noun is
            // still the owner's, in the medium that noun names.
            if items[p].possessive, start < items.count, isType(start, .work), items[start].modifier, items[start].reference == .name,
               let cue = lexicon.workCues[word(start + 1)] {
                add(items[p].entity, items[start].entity, .credit, makerRole(for: items[start].workType ?? cue), 0.7)
                continue
            }
            while k < items.count {
                if isWork(k) && word(k + 1) == "by" { break }       // it names its own maker
                if isWork(k) { works.append(k) }
                else if items[k].bracketed || ["(", ")", ",", "and", "or"].contains(word(k)) || items[k].lower.first?.isNumber == true {}
                else if isPerson(k) && items[k].possessive && !works.isEmpty { break }
                else { break }
                k += 1
                if works.isEmpty && k - start > 2 { break }
            }
            for w in works {
                add(items[p].entity, items[w].entity, .credit, makerRole(for: items[w].workType ?? typeHint), items[p].possessive ? 0.75 : 0.65)
            }
        }
    }

    /// "known for her work on A, B and C", "worked on A", "credited as a cinematographer
    /// on A": the person's role when the text gives one, else `worked_on`.
    mutating func workOn() {
        for t in items.indices where Cue.workOn.contains(word(t)) {
            var on = t + 1
            var explicitRole: String? = nil
            if word(t) == "credited" {
                guard word(on) == "as" else { continue }
                var r = on + 1
                if ["a", "an", "the"].contains(word(r)) { r += 1 }
                guard let found = role(startingAt: r) else { continue }
                explicitRole = found.role
                on = found.end
            }
            let isAward = word(t) == "nominated" || word(t) == "won"
            // "whose television work includes A and B": the titles follow the verb.
            let includes = ["work", "credits"].contains(word(t)) && ["includes", "include", "included"].contains(word(t + 1))
            let preposition = isAward ? "for" : includes ? word(t + 1) : "on"
            // "nominated for Academy Awards for X": the last "for" before the titles.
            var p = on
            while p < items.count, p - t <= 4, word(p) != preposition { p += 1 }
            guard word(p) == preposition else { continue }
            // Subject: "his/her work", "X worked", "X, who worked", "and also worked".
            var subject: Int? = nil
            if isPerson(t - 1) && items[t - 1].possessive { subject = items[t - 1].entity }
            else { subject = person(before: t, within: 8) ?? self.subject ?? previousSubject }
            guard let subject else { continue }
            // The titles: after a short description ("a group of movies in the 1970s
            // including"), works joined by commas and "and".
            var k = p + 1
            while k < items.count, k - p <= 12, !isWork(k) {
                if [".", ";"].contains(word(k)) || (isPerson(k) && !items[k].possessive && lexicon.workCues[word(k + 1)] == nil) { break }
                if isAward && word(k) == "for" { }
                k += 1
            }
            var works: [Int] = []
            while k < items.count {
                if isWork(k) { if items[k].reference == .name { works.append(k) } else { break } }
                else if items[k].bracketed || ["(", ")", ",", "and", "or", "as", "such", "including", "well"].contains(word(k)) {}
                else if isPerson(k) && items[k].possessive {}
                else { break }
                k += 1
            }
            let role = explicitRole ?? titleRoles[subject]
            for w in works {
                if let role { add(subject, items[w].entity, .credit, role, 0.7) }
                else if !isAward { add(subject, items[w].entity, .other, "worked_on", 0.6) }
            }
        }
    }

    /// "A (...), B (...) and C serve as executive producers on the film".
    mutating func servesAs() {
        for t in items.indices where word(t + 1) == "as" && (Cue.serve.contains(word(t)) || ["are", "were", "credited"].contains(word(t))) {
            var r = t + 2
            if ["a", "an", "the"].contains(word(r)) { r += 1 }
            // "serve as its showrunners", "are credited as the film's producers".
            var owner: Int? = nil
            if isWork(r), items[r].possessive { owner = items[r].entity; r += 1 }
            guard let found = role(startingAt: r) else { continue }
            let people = items[..<t].filter { $0.type == .person && !$0.bracketed && !$0.possessive }.compactMap(\.entity)
            var o = found.end
            while owner == nil, o < items.count, o - found.end <= 4, !isWork(o) { o += 1 }
            guard let work = owner ?? (isWork(o) ? items[o].entity : nil) else { continue }
            for q in people { add(q, work, .credit, found.role, 0.8) }
        }
    }

    /// "director Liz Garbus ('A,' 'B')", "Joshua L. Pearson ('A,' 'B') edited": a list of
    /// past credits in brackets carries the person's role.
    mutating func bracketCredits() {
        for p in items.indices where isPerson(p) && !items[p].bracketed && word(p + 1) == "(" {
            var k = p + 2
            var works: [Int] = []
            while k < items.count, items[k].bracketed, word(k) != ")" {
                if isWork(k) { works.append(k) }
                k += 1
            }
            guard !works.isEmpty else { continue }
            var role = self.role(before: p)?.role
            if role == nil, k + 1 < items.count, let r = lexicon.roleVerbs[word(k + 1)] { role = r }
            if role == nil {
                for t in items.indices where ["serve", "serves", "served", "are", "were"].contains(word(t)) && word(t + 1) == "as" {
                    var r = t + 2
                    if ["a", "an", "the"].contains(word(r)) { r += 1 }
                    if let found = self.role(startingAt: r) { role = found.role; break }
                }
            }
            role = role ?? titleRoles[items[p].entity!]
            for w in works {
                if let role { add(items[p].entity, items[w].entity, .credit, role, 0.8) }
                else { add(items[p].entity, items[w].entity, .other, "worked_on", 0.5) }
            }
        }
    }
}

extension Clause {
    static let eventNouns: WordSet = ["ceremony", "festival", "gala", "event", "evening", "night", "concert", "awards", "party", "tribute"]
    static let determiners: WordSet = ["a", "an", "the", "his", "her", "their", "its", "this", "that", "new"]
}

/// Cue words the rules look for at every item, kept as sets built once.
enum Cue {
    static let workOn: WordSet = ["work", "worked", "working", "works", "nominated", "won", "credited", "credits"]
    static let serve: WordSet = ["serve", "serves", "served", "serving", "are", "were"]
    static let release: WordSet = [
        "premiere", "premiered", "premieres", "debut", "debuts", "debuted", "screened", "coming", "streaming",
        "streams", "airs", "aired", "released", "release", "releases", "available",
        // "arrives on Hulu on Tuesday", "lands on Netflix": a streaming release.
        "arrives", "arrived", "lands", "landed",
    ]
    static let harm: WordSet = ["killed", "injured", "wounded", "shot"]
    static let starring: WordSet = ["starring", "co-starring", "featuring"]
    static let cooperation: WordSet = ["cooperation", "collaboration", "association"]
    /// "his 2010 film about the racing driver X": what the work is about.
    static let follows: WordSet = ["follows", "chronicles", "portrays", "profiles", "about"]
}
