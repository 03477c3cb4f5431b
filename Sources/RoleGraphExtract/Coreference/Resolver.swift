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
    /// The name `key` is the slug of, as written: the node of an entity labelled with it
    /// has the id `type/key`, which needs no second slug.
    var keyName: String
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
    public var label: String { Self.fullest(forms) ?? key }

    /// The fullest of an entity's forms (nil when it has none), for readers that hold the
    /// forms alone rather than copy the whole record.
    ///
    /// Scalars are counted only when there is a second form, each form's once, and from
    /// its bytes: every byte that does not continue a scalar in UTF-8 starts one.
    static func fullest(_ forms: [String: Int]) -> String? {
        func scalarCount(_ text: String) -> Int {
            var text = text
            return text.withUTF8 { bytes in bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
        }
        var others = forms.keys.makeIterator()
        guard var fullest = others.next() else { return nil }
        var fullestCount = -1
        while let form = others.next() {
            if fullestCount < 0 { fullestCount = scalarCount(fullest) }
            let count = scalarCount(form)
            if count > fullestCount || count == fullestCount && form < fullest {
                fullest = form
                fullestCount = count
            }
        }
        return fullest
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
        let mentionCount = sentences.reduce(0) { $0 + $1.mentions.count }
        // Names never change here: each is lower-cased once, for every pass, into one list
        // (no array per sentence); a sentence's names start at `firstName[si]`. The same
        // pass counts the names, which size the tables below: a pronoun or a reference
        // ("the film") makes no entity and adds no key, so a document of few names reserves
        // next to nothing.
        var lowerNames: [String] = []
        lowerNames.reserveCapacity(mentionCount)
        var firstName: [Int] = []
        firstName.reserveCapacity(sentences.count)
        var nameCount = 0
        for si in sentences.indices {
            firstName.append(lowerNames.count)
            for mi in sentences[si].mentions.indices {
                lowerNames.append(sentences[si].mentions[mi].name.lowercasedFast())
                if case .name = sentences[si].mentions[mi].reference { nameCount += 1 }
            }
        }
        func lowerName(_ si: Int, _ mi: Int) -> String { lowerNames[firstName[si] + mi] }

        // Each name makes at most one entity: room for all from the start.
        var entities: [EntityRecord] = []
        entities.reserveCapacity(nameCount)
        var index = EntityIndex(capacity: nameCount)
        var strongType = StringMap<EntityType>(capacity: nameCount)    // lower surface -> type a cue gave it
        for si in sentences.indices {
            // Mentions are read in place: binding each one would copy its strings.
            for mi in sentences[si].mentions.indices where sentences[si].mentions[mi].reference == .name
                && sentences[si].mentions[mi].strength == .strong && sentences[si].mentions[mi].canonical == nil {
                let lower = lowerName(si, mi)
                if strongType[lower] == nil { strongType[lower] = sentences[si].mentions[mi].type }
            }
        }

        // A person is keyed by the name without its title.
        func personKeyName(_ name: String) -> String { withoutTitle(name) ?? name }

        // The first and last words of people named in full: a lone word equal to one is
        // that person, unless a strong cue made it a title ("nominated for Lynch" is no work).
        // Only a lone word taken for a work without a strong cue asks, and most documents
        // have none: the table is made and filled only for a document that has one.
        // Mentions are read in place here too (by index, not bound to a closure's argument).
        let asksPersonWords = sentences.indices.contains { si in
            sentences[si].mentions.indices.contains { mi in
                sentences[si].mentions[mi].type == .work && sentences[si].mentions[mi].strength != .strong
                    && sentences[si].mentions[mi].reference == .name && sentences[si].mentions[mi].canonical == nil
                    && sentences[si].mentions[mi].wordCount == 1
            }
        }
        let personWords: StringMap<Bool>?
        if asksPersonWords {
            var words = StringMap<Bool>()
            for si in sentences.indices {
                for mi in sentences[si].mentions.indices where sentences[si].mentions[mi].type == .person
                    && sentences[si].mentions[mi].reference == .name && sentences[si].mentions[mi].strength != .weak {
                    if let (first, last) = Self.outerWords(of: lowerName(si, mi)) {
                        words[first] = true
                        words[last] = true
                    }
                }
            }
            personWords = words
        } else {
            personWords = nil
        }

        // Pass 1: full names. A type that a strong cue gave the name elsewhere is kept only
        // by a mention that gets its entity here. The index and the entities are passed
        // in, not captured: a local function that captures a variable and changes it makes
        // every access to that variable checked for exclusivity at run time.
        func resolveFullName(_ m: inout Mention, lower: String, index: inout EntityIndex, entities: inout [EntityRecord]) {
            guard m.reference == .name, m.canonical == nil else { return }
            var type = m.type, strength = m.strength
            if let t = strongType[lower], t != type { type = t; strength = .strong }
            if type == .work, strength != .strong, asksPersonWords, m.wordCount == 1, personWords?[lower] != nil {
                // Such a mention is one `asksPersonWords` saw: a strong cue's retyping makes it strong.
                m.type = .person    // a lone word: no full name
                return
            }
            guard strength != .weak, type != .person || Self.hasSeveralWords(m.name) else { return }
            m.type = type
            m.strength = strength
            m.entity = index.entity(type, keyedBy: type == .person ? personKeyName(m.name) : m.name, in: &entities)
        }
        for si in sentences.indices {
            for mi in sentences[si].mentions.indices {
                resolveFullName(&sentences[si].mentions[mi], lower: lowerName(si, mi), index: &index, entities: &entities)
            }
        }

        // Forms a lone word may stand for: surname, first name, last two words.
        var personForms = BearerChoice(capacity: nameCount)
        var labelIndex = StringMap<Int>(capacity: nameCount)
        // The words of a lower-cased name are its words lower-cased (lower-casing maps each
        // scalar alone and never makes or takes a space), so the forms are taken from it.
        // (The tables are passed in for the same reason as above.)
        func addForms(ofLowerName lower: String, to e: Int, personForms: inout BearerChoice, labelIndex: inout StringMap<Int>) {
            // Most names are two words, told by their outer words filling the name but for
            // one space: those are all its forms (no title to strip, which takes three
            // words; no last two), read without a list of words.
            if let (first, last) = Self.outerWords(of: lower), first.utf8.count + 1 + last.utf8.count == lower.utf8.count {
                personForms.add(e, as: first)
                personForms.add(e, as: last)
                return
            }
            var words = Self.words(of: lower)
            if words.count > 2, lexicon.personTitles.contains(words[0]) {
                words.removeFirst()
                labelIndex[words.joined(separator: " ")] = e
            }
            personForms.add(e, as: words[0])
            personForms.add(e, as: words[words.count - 1])
            // The last two words appended (joining a slice of the list costs several times more).
            if words.count >= 3 { personForms.add(e, as: words[words.count - 2] + " " + words[words.count - 1]) }
        }
        for si in sentences.indices {
            for mi in sentences[si].mentions.indices {
                guard let e = sentences[si].mentions[mi].entity else { continue }
                let lower = lowerName(si, mi)
                if let known = labelIndex[lower] {
                    // A name indexed for this very entity had its forms added then: names
                    // that make one person's key differ at most in case, or by a title
                    // that was stripped, which leaves the same words.
                    if known == e { continue }
                } else {
                    labelIndex[lower] = e
                }
                if sentences[si].mentions[mi].type == .person { addForms(ofLowerName: lower, to: e, personForms: &personForms, labelIndex: &labelIndex) }
            }
        }

        // Pass 2, in reading order: lone words, gazetteer forms, pronouns, "the film".
        var recentSubjects: [Int] = []      // subjects of the last sentences, newest last
        var recentWorks: [Int] = []         // last works named outside brackets, newest last
        var focusWork: Int? = nil
        // The work the last sentence that opened with one was about: a sentence-initial
        // "It" continues that topic rather than the last title named in passing.
        var topicWork: Int? = nil
        func remember(subject s: Int?) {
            guard let s else { return }
            recentSubjects.removeAll { $0 == s }
            recentSubjects.append(s)
            if recentSubjects.count > 4 { recentSubjects.removeFirst() }
        }
        // One buffer for the sentences' aside masks.
        var asides: [Bool] = []
        for si in sentences.indices {
            var sentenceSubject: Int? = nil
            var sentenceTopic: Int? = nil
            var sentenceIt: Int? = nil
            // The person a later pronoun of the sentence stands for: the one the story goes
            // on about ("Altman cast him as ..., and he played"), whoever the subject was.
            var sentencePronoun: Int? = nil
            // Which tokens lie in an aside, worked out at the first question: a sentence
            // that names nobody and no work asks none.
            var asidesRead = false
            func isAside(_ k: Int) -> Bool {
                if !asidesRead {
                    fillAsideMask(&asides, for: sentences[si].tokens)
                    asidesRead = true
                }
                return asides[k]
            }
            // Built only for a sentence that names a work inside a relative clause.
            var companyClause: [Bool]? = nil
            // The sentence's mentions are taken out for the pass and put back after it, so
            // that each is read in place and only a resolved one is written.
            var mentions: [Mention] = []
            swap(&mentions, &sentences[si].mentions)
            defer { swap(&mentions, &sentences[si].mentions) }
            for mi in mentions.indices {
                if mentions[mi].entity == nil {
                    var m = mentions[mi]
                    switch m.reference {
                    case .name:
                        let lower = lowerName(si, mi)
                        if let canonical = m.canonical {
                            // "the Oscars" alone is the ceremony; "an Oscar" alone is a prize.
                            m.entity = labelIndex[canonical.lowercasedFast()]
                                ?? (m.prizeOnly ? nil : index.entity(m.type, keyedBy: m.name, in: &entities))
                        } else if let e = labelIndex[lower] {
                            m.entity = e
                        } else if let form = personForms.form(lower) {
                            m.entity = personForms.choose(form)
                        } else if m.type == .person, let full = m.sharedSurname {
                            m.entity = index.entity(.person, keyedBy: personKeyName(full), in: &entities)
                            entities[m.entity!].forms[full, default: 0] += 0
                        } else if m.type == .person && m.cuedPerson && m.strength != .weak {
                            m.entity = index.entity(.person, keyedBy: personKeyName(m.name), in: &entities)
                        } else if m.type != .person && m.strength != .weak {
                            m.entity = index.entity(m.type, keyedBy: m.name, in: &entities)
                        }
                        if let e = m.entity { m.type = entities[e].type }
                    case .pronoun:
                        let word = lowerName(si, mi)
                        let wanted = word == "he" || word == "him" || word == "his" ? "male" : "female"
                        func fits(_ e: Int) -> Bool { entities[e].gender == nil || entities[e].gender == wanted }
                        let before = mentions[..<mi].last {
                            $0.type == .person && $0.entity != nil && !$0.bracketed && ($0.reference == .name || $0.reference == .pronoun) && fits($0.entity!)
                                && !isAttributiveName($0, in: sentences[si].tokens)
                        }
                        // "Altman then cast him": an object pronoun is not its own verb's subject.
                        if let before, isObjectOfSubject(m, after: before, in: sentences[si].tokens, word: lowerName(si, mi)) {
                            m.entity = recentSubjects.last { fits($0) && $0 != before.entity }
                        } else {
                            m.entity = before?.entity ?? recentSubjects.last(where: fits)
                        }
                        if let e = m.entity, m.tokens.lowerBound > 0, !m.possessive, !isAside(m.tokens.lowerBound) { sentencePronoun = e }
                        if let e = m.entity, entities[e].gender == nil { entities[e].gender = wanted }
                    case .definite(let type):
                        // The story's work, else the latest of this very type, else the
                        // latest that may be of it.
                        let before = mi > 0 ? mentions[mi - 1] : nil
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
                        else if Self.partNouns.contains(where: { lowerName(si, mi).hasSuffix($0) }),
                                let w = recentWorks.last(where: { compatible(type, entities[$0].workType) }) { m.entity = w }
                        else if let f = focusWork, compatible(type, entities[f].workType) { m.entity = f }
                        else if let w = recentWorks.last(where: { entities[$0].workType != nil && compatible(type, entities[$0].workType) }) { m.entity = w }
                        else if let w = recentWorks.last(where: { compatible(type, entities[$0].workType) }) { m.entity = w }
                        else { m.entity = focusWork ?? recentWorks.last }
                    }
                    mentions[mi] = m
                }
                guard let e = mentions[mi].entity else { continue }
                let start = mentions[mi].tokens.lowerBound
                let possessive = mentions[mi].possessive, bracketed = mentions[mi].bracketed
                let isName = mentions[mi].reference == .name
                // Read once: nothing below changes an entity's type.
                let entityType = entities[e].type
                if mi == 0, start <= 1, entityType == .work, !possessive { sentenceTopic = e }
                // "Written and directed by X, the horror film stars ...": a described work
                // that a sentence goes on about becomes the topic a later "It" continues.
                if sentenceTopic == nil, case .definite(let t) = mentions[mi].reference, t != "it", entityType == .work,
                   !possessive, !bracketed, !isAside(start) { sentenceTopic = e }
                entities[e].mentions += 1
                personForms.mentioned(e, mentions: entities[e].mentions)
                if isName {
                    if entityType == .person, entities[e].gender == nil {
                        entities[e].gender = genderCue(sentences[si].tokens, before: start, name: mentions[mi].name)
                    }
                    entities[e].forms[mentions[mi].name, default: 0] += 1
                    if entityType == .person, let stripped = withoutTitle(mentions[mi].name) { entities[e].forms[stripped, default: 0] += 0 }
                    // "a drama" may be a film or a series: it gives the work no medium.
                    if let workType = mentions[mi].workType, workType != "drama", entities[e].workType == nil { entities[e].workType = workType }
                    if mentions[mi].focus { entities[e].focus = true; focusWork = e }
                }
                // "His films ... starred X": a sentence opened by a possessive pronoun is
                // about the person it stands for.
                // A person named inside a relative clause ("W, which gave A his first role,")
                // is not what the sentence is about.
                if sentenceSubject == nil, entityType == .person, !bracketed,
                   !possessive || (mentions[mi].reference == .pronoun && start == 0), !isAside(start) { sentenceSubject = e }
                if entityType == .work, !bracketed, isName, isAside(start) {
                    if companyClause == nil { companyClause = companyClauseMask(sentences[si].tokens, mentions) }
                }
                if entityType == .work, !bracketed, isName, !isAside(start) || companyClause?[start] == true {
                    recentWorks.append(e)
                    if recentWorks.count > 16 { recentWorks.removeFirst() }
                }
            }
            if let t = sentenceTopic { topicWork = t }
            remember(subject: sentenceSubject)
            remember(subject: sentencePronoun)
        }
        return entities
    }

    /// "his wife, X", "actress X", "Mrs X": a gender cue within two words before a name;
    /// or the name's own first word ("Naomi Watts"), when it is one a list marks.
    func genderCue(_ tokens: [Token], before start: Int, name: String) -> String? {
        if let first = firstWord(name), let g = lexicon.genderCues[first.lowercasedFast()] { return g }
        var k = start - 1
        if k >= 0, tokens[k].text == "," { k -= 1 }
        guard k >= 0 else { return nil }
        // A capitalized word before the name is another name ("Matthew, Alexandra"), not a
        // cue, unless it is a title ("Mrs", "Sir").
        guard !tokens[k].isCapitalized || lexicon.personTitles.contains(tokens[k].lower) else { return nil }
        return lexicon.genderCues[tokens[k].lower]
    }

    /// The first word of a name, as splitting at spaces gives it.
    func firstWord(_ name: String) -> String? {
        var name = name
        // ASCII up to the first space and right after it (so the space stands alone as
        // a Character), not at the start: the prefix is the first word, read from the
        // name's bytes.
        let prefix = name.withUTF8 { bytes -> String? in
            var end = 0
            while end < bytes.count, bytes[end] != 0x20 {
                if bytes[end] >= 0x80 { return nil }
                end += 1
            }
            guard end > 0, end + 1 >= bytes.count || bytes[end + 1] < 0x80 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
        return prefix ?? name.split(separator: " ").first.map(String.init)
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

    /// Whether a name has two words or more, as `Mention.wordCount` counts them: an ASCII
    /// name (nearly all) is read from its bytes, without the view's byte-by-byte walk.
    static func hasSeveralWords(_ name: String) -> Bool {
        var name = name
        let ascii = name.withUTF8 { bytes -> Bool? in
            // A word, a space after it, and a word after that.
            var sawWord = false, sawGap = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    sawGap = sawWord
                } else if sawGap {
                    return true
                } else {
                    sawWord = true
                }
            }
            return false
        }
        return ascii ?? (name.split(separator: " ").count >= 2)
    }

    /// The first and last words of a name of two words or more, as `words(of:)` gives
    /// them. An ASCII name (nearly all) is read as bytes, where each Character is one
    /// byte, without building all its words.
    static func outerWords(of name: String) -> (first: String, last: String)? {
        var name = name
        let ascii = name.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 } }
        guard ascii else {
            let words = words(of: name)
            return words.count >= 2 ? (words[0], words[words.count - 1]) : nil
        }
        return name.withUTF8 { bytes in
            guard let firstStart = bytes.firstIndex(where: { $0 != 0x20 }),
                  let lastEnd = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
            let firstEnd = bytes[firstStart...].firstIndex(of: 0x20) ?? bytes.count
            let lastStart = (bytes[...lastEnd].lastIndex(of: 0x20) ?? -1) + 1
            guard firstEnd < lastStart else { return nil }
            func word(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            return (word(firstStart..<firstEnd), word(lastStart..<lastEnd + 1))
        }
    }

    func withoutTitle(_ name: String) -> String? {
        // Fewer than two spaces: fewer than three words, nothing to strip. The spaces are
        // counted on the name's bytes.
        var name = name
        let spaces = name.withUTF8 { bytes in
            var spaces = 0
            for byte in bytes where byte == 0x20 {
                spaces += 1
                if spaces == 2 { break }
            }
            return spaces
        }
        // The first word is read without splitting the name: most names open with no title.
        guard spaces == 2, let first = firstWord(name), lexicon.personTitles.contains(first.lowercasedFast()) else { return nil }
        let words = name.split(separator: " ")
        guard words.count > 2 else { return nil }
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

/// Entities by type and key: one table of keys, where the rare entities of several types
/// under one key are chained after the first, so that a document needs one table, not one
/// per type.
struct EntityIndex {
    private var firstWithKey: StringMap<Int>
    /// Per entity, the next entity with the same key (-1 at the end).
    private var nextWithKey: [Int] = []

    /// An empty index with room for `capacity` entities.
    init(capacity: Int) {
        firstWithKey = StringMap(capacity: capacity)
        nextWithKey.reserveCapacity(capacity)
    }

    /// The entity of this type whose key is the slug of `name` in `entities`, appended
    /// first when there is none. Every entity is made here, and its type does not change
    /// while the index is used.
    /// - Complexity: O(1) amortized.
    mutating func entity(_ type: EntityType, keyedBy name: String, in entities: inout [EntityRecord]) -> Int {
        let key = NodeID.slug(name)
        var last = -1
        var e = firstWithKey[key] ?? -1
        while e >= 0 {
            if entities[e].type == type { return e }
            last = e
            e = nextWithKey[e]
        }
        let new = entities.count
        // A person is mostly named by a full name and a shorter one ("Jane Doe", "Doe"):
        // room for both from the start, rather than a table regrown at the second. The
        // record is built in the append, not copied into it.
        entities.append(EntityRecord(type: type, key: key, keyName: name, forms: type == .person ? Dictionary(minimumCapacity: 2) : [:]))
        nextWithKey.append(-1)
        if last >= 0 { nextWithKey[last] = new } else { firstWithKey[key] = new }
        return new
    }
}
