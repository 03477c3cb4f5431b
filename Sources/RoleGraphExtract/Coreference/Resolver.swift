/// A sentence with its tokens and mentions, as the pipeline passes it along.
public struct Sentence: Sendable {
    public var range: Range<Int>
    public var tokens: [Token]
    public var mentions: [Mention]
}

/// One entity of a document, as coreference assembles it.
public struct EntityRecord: Sendable {
    public var type: EntityType
    public var key: String
    /// Surface form -> times used.
    public var forms: [String: Int] = [:]
    public var workType: String?
    public var focus = false
    public var mentions = 0
    /// The role noun the text gives the person ("cinematographer Halyna Hutchins").
    public var titleRole: String?
    /// "female" or "male" when a cue said so; keeps he/she on the right person.
    public var gender: String?

    /// The fullest form used: the longest, then the alphabetically first.
    public var label: String {
        forms.keys.max { a, b in
            a.unicodeScalars.count != b.unicodeScalars.count
                ? a.unicodeScalars.count < b.unicodeScalars.count : a > b
        } ?? key
    }
}

/// Fifth stage: which mentions name the same entity.
///
/// Full names make entities; a surname or first name alone joins the person most
/// recently named with it (or the first one named later); a name that a strong cue typed
/// elsewhere in the document takes that type; he/she/his/her go to the nearest person
/// before them in the sentence, else to the subject of the last sentence that had one;
/// "the film" goes to the work the story is about ("a new documentary") when there is
/// one, else to the last work named outside brackets.
public struct Resolver: Sendable {
    public let lexicon: Lexicon
    public init(lexicon: Lexicon) { self.lexicon = lexicon }
    /// Nouns for a part of a series, which belongs to the series in view.
    static let partNouns = ["episode", "episodes", "season", "seasons", "instalment", "installment"]

    /// - Complexity: O(m) hash operations in the number of mentions.
    public func resolve(_ sentences: inout [Sentence]) -> [EntityRecord] {
        var entities: [EntityRecord] = []
        // Per entity type, key -> entity; tables keyed by strings are `StringMap`s, which
        // answer as dictionaries do at a fraction of the hashing cost.
        var index = [StringMap<Int>](repeating: StringMap(), count: EntityType.allCases.count)
        var strongType = StringMap<EntityType>()    // lower surface -> type a cue gave it
        // Names never change here: each is lower-cased once, for every pass.
        let lowerNames = sentences.map { s in s.mentions.map { $0.name.lowercased() } }

        for si in sentences.indices {
            // Mentions are read in place: binding each one would copy its strings.
            for mi in sentences[si].mentions.indices where sentences[si].mentions[mi].reference == .name
                && sentences[si].mentions[mi].strength == .strong && sentences[si].mentions[mi].canonical == nil {
                let lower = lowerNames[si][mi]
                if strongType[lower] == nil { strongType[lower] = sentences[si].mentions[mi].type }
            }
        }

        func slug(_ name: String) -> String { NodeID.slug(name) }
        func personKey(_ name: String) -> String { slug(withoutTitle(name) ?? name) }

        func entity(_ type: EntityType, _ key: String) -> Int {
            let t = EntityType.allCases.firstIndex(of: type)!
            if let e = index[t][key] { return e }
            entities.append(EntityRecord(type: type, key: key))
            index[t][key] = entities.count - 1
            return entities.count - 1
        }

        // The first and last words of people named in full: a lone word equal to one is
        // that person, unless a strong cue made it a title ("nominated for Lynch" is no work).
        var personWords = Set<String>()
        for si in sentences.indices {
            for mi in sentences[si].mentions.indices where sentences[si].mentions[mi].type == .person
                && sentences[si].mentions[mi].reference == .name && sentences[si].mentions[mi].strength != .weak {
                let words = Self.words(of: lowerNames[si][mi])
                if words.count >= 2 { personWords.insert(words[0]); personWords.insert(words[words.count - 1]) }
            }
        }

        // Pass 1: full names.
        for si in sentences.indices {
            for mi in sentences[si].mentions.indices {
                var m = sentences[si].mentions[mi]
                guard m.reference == .name, m.canonical == nil else { continue }
                let lower = lowerNames[si][mi]
                if let t = strongType[lower], t != m.type { m.type = t; m.strength = .strong }
                if m.type == .work, m.strength != .strong, m.wordCount == 1, personWords.contains(lower) {
                    m.type = .person
                    sentences[si].mentions[mi] = m
                }
                if m.type == .person && (m.wordCount < 2 || m.strength == .weak) { continue }
                if m.strength == .weak { continue }
                let e = entity(m.type, m.type == .person ? personKey(m.name) : slug(m.name))
                sentences[si].mentions[mi] = m
                sentences[si].mentions[mi].entity = e
            }
        }

        // Forms a lone word may stand for: surname, first name, last two words.
        var personForms = BearerChoice()
        var labelIndex = StringMap<Int>()
        for si in sentences.indices {
            for (mi, m) in sentences[si].mentions.enumerated() {
                guard let e = m.entity else { continue }
                let lower = lowerNames[si][mi]
                if labelIndex[lower] == nil { labelIndex[lower] = e }
                guard m.type == .person else { continue }
                var words = Self.words(of: m.name)
                if let first = words.first, lexicon.personTitles.contains(first.lowercased()), words.count > 2 {
                    words.removeFirst()
                    labelIndex[words.joined(separator: " ").lowercased()] = e
                }
                var forms = [words.first!, words.last!]
                if words.count >= 3 { forms.append(words.suffix(2).joined(separator: " ")) }
                for f in forms { personForms.add(e, as: f.lowercased()) }
            }
        }

        // Pass 2, in reading order: lone words, gazetteer forms, pronouns, "the film".
        personForms.start()
        var recentSubjects: [Int] = []      // subjects of the last sentences, newest last
        var recentWorks: [Int] = []         // last works named outside brackets, newest last
        var focusWork: Int? = nil
        // The work the last sentence that opened with one was about: a sentence-initial
        // "It" continues that topic rather than the last title named in passing.
        var topicWork: Int? = nil
        for si in sentences.indices {
            var sentenceSubject: Int? = nil
            var sentenceTopic: Int? = nil
            var sentenceIt: Int? = nil
            // The person a later pronoun of the sentence stands for: the one the story goes
            // on about ("Altman cast him as ..., and he played"), whoever the subject was.
            var sentencePronoun: Int? = nil
            let relative = zip(relativeClauseMask(sentences[si].tokens), creditAsideMask(sentences[si].tokens)).map { $0 || $1 }
            // Built only for a sentence that names a work inside a relative clause.
            var companyClause: [Bool]? = nil
            for mi in sentences[si].mentions.indices {
                var m = sentences[si].mentions[mi]
                if m.entity == nil {
                    switch m.reference {
                    case .name:
                        let lower = lowerNames[si][mi]
                        if let canonical = m.canonical {
                            // "the Oscars" alone is the ceremony; "an Oscar" alone is a prize.
                            m.entity = labelIndex[canonical.lowercased()]
                                ?? (m.prizeOnly ? nil : entity(m.type, slug(m.name)))
                        } else if let e = labelIndex[lower] {
                            m.entity = e
                        } else if let form = personForms.form(lower) {
                            m.entity = personForms.choose(form)
                        } else if m.type == .person, let full = m.sharedSurname {
                            m.entity = entity(.person, personKey(full))
                            entities[m.entity!].forms[full, default: 0] += 0
                        } else if m.type == .person && m.cuedPerson && m.strength != .weak {
                            m.entity = entity(.person, personKey(m.name))
                        } else if m.type != .person && m.strength != .weak {
                            m.entity = entity(m.type, slug(m.name))
                        }
                        if let e = m.entity { m.type = entities[e].type }
                    case .pronoun:
                        let wanted = ["he", "him", "his"].contains(lowerNames[si][mi]) ? "male" : "female"
                        func fits(_ e: Int) -> Bool { entities[e].gender == nil || entities[e].gender == wanted }
                        let before = sentences[si].mentions[..<mi].last {
                            $0.type == .person && $0.entity != nil && !$0.bracketed && ($0.reference == .name || $0.reference == .pronoun) && fits($0.entity!)
                                && !isAttributiveName($0, in: sentences[si].tokens)
                        }
                        // "Altman then cast him": an object pronoun is not its own verb's subject.
                        if let before, isObjectOfSubject(m, after: before, in: sentences[si].tokens, word: lowerNames[si][mi]) {
                            m.entity = recentSubjects.last { fits($0) && $0 != before.entity }
                        } else {
                            m.entity = before?.entity ?? recentSubjects.last(where: fits)
                        }
                        if let e = m.entity, m.tokens.lowerBound > 0, !m.possessive, !relative[m.tokens.lowerBound] { sentencePronoun = e }
                        if let e = m.entity, entities[e].gender == nil { entities[e].gender = wanted }
                    case .definite(let type):
                        // The story's work, else the latest of this very type, else the
                        // latest that may be of it.
                        let before = mi > 0 ? sentences[si].mentions[mi - 1] : nil
                        if type != "it", let before, before.type == .work, before.reference == .name, let w = before.entity,
                           before.tokens.upperBound + 1 == m.tokens.lowerBound, sentences[si].tokens[before.tokens.upperBound].text == ",",
                           compatible(type, entities[w].workType) {
                            m.entity = w        // "W, the prize-winning memoir by": the apposition names W
                        } else if type == "it" {
                            // "It was released ..., and it won ...": one topic through the sentence.
                            let opening = m.tokens.lowerBound == 0 && sentences[si].tokens[0].text == "It"
                            m.entity = (opening ? topicWork : sentenceIt) ?? recentWorks.last ?? focusWork
                            if opening { sentenceIt = m.entity }
                        }
                        // "the first episode", "its second season": a part of the series named
                        // last, which in a round-up of several is not the story's main one.
                        else if Self.partNouns.contains(where: { lowerNames[si][mi].hasSuffix($0) }),
                                let w = recentWorks.last(where: { compatible(type, entities[$0].workType) }) { m.entity = w }
                        else if let f = focusWork, compatible(type, entities[f].workType) { m.entity = f }
                        else if let w = recentWorks.last(where: { entities[$0].workType != nil && compatible(type, entities[$0].workType) }) { m.entity = w }
                        else if let w = recentWorks.last(where: { compatible(type, entities[$0].workType) }) { m.entity = w }
                        else { m.entity = focusWork ?? recentWorks.last }
                    }
                    // Only a mention resolved here changed; storing back the others
                    // would copy each one's strings.
                    sentences[si].mentions[mi] = m
                }
                guard let e = m.entity else { continue }
                if mi == 0, m.tokens.lowerBound <= 1, entities[e].type == .work, !m.possessive { sentenceTopic = e }
                // "Written and directed by X, the horror film stars ...": a described work
                // that a sentence goes on about becomes the topic a later "It" continues.
                if sentenceTopic == nil, case .definite(let t) = m.reference, t != "it", entities[e].type == .work,
                   !m.possessive, !m.bracketed, !relative[m.tokens.lowerBound] { sentenceTopic = e }
                entities[e].mentions += 1
                personForms.mentioned(e, mentions: entities[e].mentions)
                if m.reference == .name {
                    if entities[e].type == .person, entities[e].gender == nil {
                        entities[e].gender = genderCue(sentences[si].tokens, before: m.tokens.lowerBound, name: m.name)
                    }
                    entities[e].forms[m.name, default: 0] += 1
                    if entities[e].type == .person, let stripped = withoutTitle(m.name) { entities[e].forms[stripped, default: 0] += 0 }
                    // "a drama" may be a film or a series: it gives the work no medium.
                    if let type = m.workType, type != "drama", entities[e].workType == nil { entities[e].workType = type }
                    if m.focus { entities[e].focus = true; focusWork = e }
                }
                // "His films ... starred X": a sentence opened by a possessive pronoun is
                // about the person it stands for.
                // A person named inside a relative clause ("W, which gave A his first role,")
                // is not what the sentence is about.
                if entities[e].type == .person, !m.bracketed, !m.possessive || (m.reference == .pronoun && m.tokens.lowerBound == 0),
                   !relative[m.tokens.lowerBound], sentenceSubject == nil { sentenceSubject = e }
                if entities[e].type == .work, !m.bracketed, m.reference == .name, relative[m.tokens.lowerBound] {
                    if companyClause == nil { companyClause = companyClauseMask(sentences[si].tokens, sentences[si].mentions) }
                }
                if entities[e].type == .work, !m.bracketed, m.reference == .name,
                   !relative[m.tokens.lowerBound] || companyClause?[m.tokens.lowerBound] == true {
                    recentWorks.append(e)
                    if recentWorks.count > 16 { recentWorks.removeFirst() }
                }
            }
            if let t = sentenceTopic { topicWork = t }
            for s in [sentenceSubject, sentencePronoun].compactMap({ $0 }) {
                recentSubjects.removeAll { $0 == s }
                recentSubjects.append(s)
                if recentSubjects.count > 4 { recentSubjects.removeFirst() }
            }
        }
        return entities
    }

    /// "his wife, X", "actress X", "Mrs X": a gender cue within two words before a name;
    /// or the name's own first word ("Naomi Watts"), when it is one a list marks.
    func genderCue(_ tokens: [Token], before start: Int, name: String) -> String? {
        if let first = firstWord(name), let g = lexicon.genderCues[first.lowercased()] { return g }
        var k = start - 1
        if k >= 0, tokens[k].text == "," { k -= 1 }
        guard k >= 0 else { return nil }
        // A capitalized word before the name is another name ("Matthew, Alexandra"), not a
        // cue, unless it is a title ("Mrs", "Sir").
        guard !tokens[k].isCapitalized || lexicon.personTitles.contains(tokens[k].lower) else { return nil }
        return lexicon.genderCues[tokens[k].lower]
    }

    /// The first word of a name, as splitting at spaces gives it.
    func firstWord(_ name: String) -> Substring? {
        // ASCII up to the first space and right after it (so the space stands alone as
        // a Character), not at the start: the prefix is the first word.
        let utf8 = name.utf8
        var end = utf8.startIndex
        while end < utf8.endIndex, utf8[end] != 0x20 {
            if utf8[end] >= 0x80 { return name.split(separator: " ").first }
            end = utf8.index(after: end)
        }
        if end == utf8.startIndex { return name.split(separator: " ").first }
        if end < utf8.endIndex {
            let next = utf8.index(after: end)
            if next < utf8.endIndex, utf8[next] >= 0x80 { return name.split(separator: " ").first }
        }
        return name[..<end]
    }

    /// The words of a name as `split(separator: " ")` gives them. An ASCII name (nearly
    /// all) is split by bytes, where each Character is one byte: the same words without
    /// breaking the text into Characters.
    static func words(of name: String) -> [String] {
        var name = name
        if let words = name.withUTF8({ bytes -> [String]? in
            var words: [String] = []
            var start = 0
            for i in 0...bytes.count {
                if i < bytes.count {
                    if bytes[i] >= 0x80 { return nil }
                    if bytes[i] != 0x20 { continue }
                }
                if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return words
        }) {
            return words
        }
        return name.split(separator: " ").map(String.init)
    }

    func withoutTitle(_ name: String) -> String? {
        // Fewer than two spaces: fewer than three words, nothing to strip.
        var spaces = 0
        for byte in name.utf8 where byte == 0x20 {
            spaces += 1
            if spaces == 2 { break }
        }
        guard spaces == 2 else { return nil }
        let words = name.split(separator: " ")
        guard words.count > 2, lexicon.personTitles.contains(words[0].lowercased()) else { return nil }
        return words.dropFirst().joined(separator: " ")
    }

    /// Whether "the <noun>" can mean a work of this type.
    func compatible(_ noun: String, _ type: String?) -> Bool {
        guard let type else { return true }
        if noun == type { return true }
        switch noun {
        case "drama": return ["film", "series", "documentary"].contains(type)
        case "film": return type == "documentary"
        case "documentary": return type == "film"
        case "book": return type == "novel"
        case "novel": return type == "book"
        case "album": return type == "song"
        default: return false
        }
    }
}
