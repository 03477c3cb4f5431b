/// A fact one rule read from one sentence.
public struct Fact: Sendable, Hashable {
    public var subject: Int
    public var object: Int
    public var kind: EdgeKind
    public var relation: String
    public var confidence: Double
    public var sentence: Int
}

extension String {
    /// Whether the string is one of `words`, compared with the module's `==`.
    ///
    /// The rules test words against short literal lists at nearly every item. Written as
    /// `["and", ","].contains(word)`, such a list in a loop is built as an array before the
    /// loop and destroyed after it, and searched by a generic loop with the standard
    /// comparison, at every call of the rule, whether or not the test is reached. Here the
    /// list is unrolled into one comparison per word, and no array is built.
    @inline(__always)
    func isOne(of words: String...) -> Bool {
        for word in words where self == word { return true }
        return false
    }
}

/// A sentence as the relation rules read it: words and marks, with each resolved mention
/// folded into one item. An item's word is its clause's `word(_:)` ("" for a mention).
/// An item holds no strings, so building and dropping a clause's items retains and
/// releases nothing: what only a few rules read (a work's type, a reference's noun and
/// determiner, a place's compound) is read from the mention through the clause.
struct Item {
    /// How a mention item refers to its entity (`Mention.Reference` without its noun,
    /// which `Clause.definiteNoun(_:)` gives).
    enum Reference {
        case name, pronoun, definite
    }

    var isWord: Bool
    var entity: Int?
    var type: EntityType?
    var possessive = false
    var bracketed = false
    var reference: Reference = .name
    /// A quoted title used as a modifier ("the 'Rust' documentary"), not a work itself.
    var modifier = false
    /// The index of the item's mention in the sentence; nil for a word.
    var mention: Int? = nil
}

/// The facts read from a document, kept by reference so that adding one does not mutate
/// the clause that reads it. Its rules can then take the clause as it is: a rule that
/// mutated the clause would copy all of it, bit for bit, at every call of a helper that
/// is not inlined. All the clauses of a document add to one list, in reading order, so
/// that no clause allocates a list of its own and none is copied into the document's.
final class FactList {
    var facts: [Fact] = []
    /// The first person credited with each role on each work (work -> role -> person),
    /// over the facts from where it was first asked up to `makersIndexed`. Built only in
    /// a document whose rules ask for it, and extended as they ask again.
    private var makers: [Int: [String: Int]] = [:]
    private var makersIndexed: Int? = nil

    /// The first person credited with `role` on `work` among `facts[range]`. The ranges
    /// asked of one list share their start and never shrink, as the facts before each
    /// clause do, so every fact is indexed once.
    /// - Complexity: amortized O(1) per fact indexed, O(1) per question.
    func firstCredited(on work: Int, as role: String, among range: Range<Int>) -> Int? {
        var k = makersIndexed ?? range.lowerBound
        precondition(k >= range.lowerBound, "the facts asked of a list start at the same fact")
        while k < range.upperBound {
            let f = facts[k]
            if f.kind == .credit, makers[f.object]?[f.relation] == nil {
                makers[f.object, default: [:]][f.relation] = f.subject
            }
            k += 1
        }
        makersIndexed = k
        return makers[work]?[role]
    }
}

/// What every rule needs: the items of one sentence, the document's entities, and
/// what the sentence before said.
struct Clause {
    let items: [Item]
    /// Each item's word (a token's lower-cased text, "" for a mention), then "" for any
    /// index outside the sentence: `word(_:)` picks an index rather than one of two
    /// strings, so the word can be compared in place.
    private let words: [String]
    /// The sentence's tokens and mentions, for the parts of a mention an item does not hold.
    private let tokens: [Token]
    private let mentions: [Mention]
    /// The type of each entity of the document that is a work of a known type.
    private let workTypes: [String?]
    let lexicon: Lexicon
    let sentence: Int
    var titleRoles: [Int: String]
    /// The last work named outside brackets in the sentence before.
    var previousWork: Int?
    /// The first person of the sentence before.
    var previousSubject: Int?
    /// The last work named in any sentence before, for cast phrases that go on about it
    /// across sentences naming no work.
    var heldWork: Int? = nil
    /// The works, in order, of the last sentence that named several ("both films", "the
    /// first three of those films").
    var listedWorks: [Int] = []
    /// The last two distinct works named before this sentence, oldest first.
    var recentPair: [Int] = []
    /// "book" when the document is about books (makers are authors), else "film".
    let genre: String
    /// Organizations of the document that are festivals (their name says so).
    var festivals: Set<Int> = []
    /// Festivals and award ceremonies of the document (their name says so).
    var events: Set<Int> = []
    /// Organizations that make what carries their name ("Pixar's W"), not show it.
    var makingStudios: Set<Int> = []
    /// The facts read from the sentences before, as indices into the document's fact
    /// list (`knownMaker(of:as:)` reads their credits).
    var factsBefore: Range<Int> = 0..<0
    /// The performing group a recent sentence opened with, for "their album".
    var recentGroup: Int? = nil
    /// The company last read as a work's distributor, for "the studio moved W".
    var recentStudio: Int? = nil
    /// The festival the story names most (the first named, on a tie).
    var mainFestival: Int? = nil
    /// The work the story names most (at least three times), for a credit whose sentence
    /// names no work outside brackets.
    var mainWork: Int? = nil
    /// The person the story is about (named most, four times or more), and the credit
    /// role the story has given them most so far.
    var mainPerson: Int? = nil
    var mainRole: String? = nil
    /// A festival or ceremony named after a place the story names ("Venice Film
    /// Festival" and "Venice"): where it is held.
    var eventPlaces: [Int: Int] = [:]
    /// For each item, whether it lies in an aside (`asideMask`), computed once; empty
    /// when no aside opens in the sentence. Read through `isAside(_:)`.
    private let asides: [Bool]
    /// The families of rule cues in the sentence (`RuleCues.swift`), computed once.
    var cues: CueFamilies = []
    /// The items whose word is a role verb (`lexicon.roleVerbs`), in order, found with the
    /// cues: the credit rules that start from such a verb visit these alone.
    let roleVerbItems: [Int]
    /// The document's facts, which the rules add to in the order they read them.
    private let factList: FactList

    /// `workTypes` gives each entity's work type (`entities[e].workType`), listed once
    /// for the document; the rules add their facts to `facts`.
    init(sentence: Sentence, index: Int, entities: [EntityRecord], workTypes: [String?], lexicon: Lexicon,
         titleRoles: [Int: String], previousWork: Int?, previousSubject: Int?, genre: String, facts: FactList) {
        let (items, words) = Self.items(of: sentence, entities: entities, lexicon: lexicon)
        let (cues, roleVerbItems) = Self.cues(of: items, words: words, lexicon: lexicon)
        // Without a word that opens one, no item lies in an aside.
        let asides = cues.contains(.asideOpener) ? Self.asideMask(of: items, words: words) : []
        self.items = items
        self.words = words
        self.tokens = sentence.tokens
        self.mentions = sentence.mentions
        self.workTypes = workTypes
        self.lexicon = lexicon
        self.sentence = index
        self.titleRoles = titleRoles
        self.previousWork = previousWork
        self.previousSubject = previousSubject
        self.genre = genre
        self.cues = cues
        self.roleVerbItems = roleVerbItems
        self.asides = asides
        self.factList = facts
    }

    /// The items of `sentence` and their words (`words`), then "" for `word(_:)` to
    /// answer outside the sentence.
    private static func items(of sentence: Sentence, entities: [EntityRecord], lexicon: Lexicon) -> (items: [Item], words: [String]) {
        var items: [Item] = []
        items.reserveCapacity(sentence.tokens.count)
        // The resolved mention starting at each token (the last one listed, when several
        // start there). Mentions come sorted by start, so one cursor finds them; any
        // other order is indexed first.
        let mentions = sentence.mentions
        let sorted = mentions.indices.dropFirst().allSatisfy { mentions[$0 - 1].tokens.lowerBound <= mentions[$0].tokens.lowerBound }
        var byStart: [Int: Int] = [:]
        if !sorted {
            for (index, m) in mentions.enumerated() where m.entity != nil { byStart[m.tokens.lowerBound] = index }
        }
        var cursor = 0
        func mention(at t: Int) -> Int? {
            guard sorted else { return byStart[t] }
            while cursor < mentions.count, mentions[cursor].tokens.lowerBound < t { cursor += 1 }
            var found: Int? = nil
            var k = cursor
            while k < mentions.count, mentions[k].tokens.lowerBound == t {
                if mentions[k].entity != nil { found = k }
                k += 1
            }
            return found
        }
        // Each item's word, then "" for `word(_:)` to answer outside the sentence.
        var words: [String] = []
        words.reserveCapacity(sentence.tokens.count + 1)
        // Tokens and mentions are read in place: a copy would retain their strings.
        var t = 0
        var depth = 0
        while t < sentence.tokens.count {
            if let found = mention(at: t), let e = mentions[found].entity {
                let span = mentions[found].tokens
                let reference: Item.Reference
                switch mentions[found].reference {
                case .name: reference = .name
                case .pronoun: reference = .pronoun
                case .definite: reference = .definite
                }
                var modifier = false
                let after = span.upperBound
                if entities[e].type == .work, reference == .name, after < sentence.tokens.count,
                   lexicon.workCues[sentence.tokens[after].lower] != nil, !sentence.tokens[after].possessive {
                    modifier = true
                }
                items.append(Item(isWord: false, entity: e, type: entities[e].type, possessive: mentions[found].possessive,
                                  bracketed: mentions[found].bracketed || depth > 0, reference: reference,
                                  modifier: modifier, mention: found))
                words.append("")
                t = max(span.upperBound, t + 1)
                continue
            }
            if sentence.tokens[t].text == "(" { depth += 1 } else if sentence.tokens[t].text == ")" { depth = max(0, depth - 1) }
            items.append(Item(isWord: sentence.tokens[t].kind == .word,
                              possessive: sentence.tokens[t].possessive, bracketed: depth > 0))
            words.append(sentence.tokens[t].lower)
            t += 1
        }
        words.append("")
        return (items, words)
    }

    /// The work the sentence leaves in view for the next: the last one named outside
    /// brackets. "it" alone does not bring a work into view, and a work named only in an
    /// aside ("Gerwig, who directed Little Women,") or as a source ("based on W") is not
    /// what the next sentences go on about.
    func workInView() -> Int? {
        for k in items.indices.reversed() where items[k].type == .work && !items[k].bracketed && !items[k].modifier
            && definiteNoun(k) != "it" && !isSourceWork(k) && !isAside(k) {
            return items[k].entity
        }
        return nil
    }

    /// A work named as another's source ("based on W", "adapted from W"): not the work
    /// the next sentence goes on about.
    func isSourceWork(_ i: Int) -> Bool {
        (word(i - 2) == "based" && word(i - 1) == "on") || (word(i - 2) == "adapted" && word(i - 1) == "from")
            || (word(i - 2) == "inspired" && word(i - 1) == "by")
    }

    /// Whether item `i` lies in an aside ("Gerwig, who directed Little Women, ...").
    func isAside(_ i: Int) -> Bool { !asides.isEmpty && asides[i] }
    func isType(_ i: Int, _ type: EntityType) -> Bool { i >= 0 && i < items.count && items[i].type == type }
    func isWork(_ i: Int) -> Bool { isType(i, .work) && !items[i].modifier }
    func isPerson(_ i: Int) -> Bool { isType(i, .person) }
    @inline(__always)
    func word(_ i: Int) -> String { words[UInt(bitPattern: i) < UInt(items.count) ? i : items.count] }

    func add(_ s: Int?, _ o: Int?, _ kind: EdgeKind, _ relation: String, _ confidence: Double) {
        guard let s, let o, s != o else { return }
        factList.facts.append(Fact(subject: s, object: o, kind: kind, relation: relation, confidence: confidence, sentence: sentence))
    }

    /// The role phrase ending right before item `i`, as (role, first item of the phrase).
    func role(before i: Int) -> (role: String, start: Int)? {
        // Most words end no role phrase: one look-up instead of building phrases.
        guard i > 0, i <= items.count, items[i - 1].isWord, lexicon.roles.hasPhrase(endingWith: word(i - 1)) else { return nil }
        var start = i - 1
        while start > 0, i - start < lexicon.longestRole, items[start - 1].isWord { start -= 1 }
        // The longest phrase first.
        for s in start..<i { if let role = value(in: lexicon.roles, of: s..<i) { return (role, s) } }
        return nil
    }

    /// The role phrase starting at item `i`, as (role, item after the phrase).
    func role(startingAt i: Int) -> (role: String, end: Int)? {
        guard i >= 0, i < items.count, items[i].isWord, lexicon.roles.hasPhrase(startingWith: word(i)) else { return nil }
        var end = i + 1
        while end < items.count, end - i < lexicon.longestRole, items[end].isWord { end += 1 }
        // The longest phrase first.
        for e in stride(from: end, to: i, by: -1) { if let role = value(in: lexicon.roles, of: i..<e) { return (role, e) } }
        return nil
    }

    /// The words of the items in `range` joined by spaces, as the lexicons write phrases.
    /// (Appended one by one: `joined(separator:)` on a slice costs several times more.)
    func phrase(_ range: Range<Int>) -> String {
        guard let first = range.first else { return "" }
        var text = words[first]
        for k in range.dropFirst() {
            text += " "
            text += words[k]
        }
        return text
    }

    /// The value `map` gives the phrase of the items in `range` (within the sentence). The
    /// phrase is built only when some key starts and ends with its outer words.
    func value(in map: WordMap<String>, of range: Range<Int>) -> String? {
        let first = words[range.lowerBound]
        if range.count == 1 { return map[first] }
        guard map.hasPhrase(startingWith: first), map.hasPhrase(endingWith: words[range.upperBound - 1]) else { return nil }
        return map[phrase(range)]
    }

    /// The type the sentence gives the work `entity` (the first of its items that has one).
    func workType(of entity: Int?) -> String? {
        for k in items.indices where items[k].entity == entity && workType(at: k) != nil { return workType(at: k) }
        return nil
    }

    /// The type of the work item `i` names, if its entity has one.
    func workType(at i: Int) -> String? {
        guard let e = items[i].entity else { return nil }
        return workTypes[e]
    }

    /// The work noun of a definite reference item ("film" for "the film"); nil for any
    /// other item.
    func definiteNoun(_ i: Int) -> String? {
        guard items[i].reference == .definite, let m = items[i].mention,
              case .definite(let noun) = mentions[m].reference else { return nil }
        return noun
    }

    /// The first word of a definite reference item ("his" in "his 2010 film"); nil for
    /// any other item.
    func determiner(_ i: Int) -> String? {
        guard items[i].reference == .definite, let m = items[i].mention else { return nil }
        return tokens[mentions[m].tokens.lowerBound].lower
    }

    /// "based" / "born" for a place item written "London-based" / "London-born".
    func compound(_ i: Int) -> String? {
        guard let m = items[i].mention else { return nil }
        return mentions[m].compound
    }

    /// The first person outside brackets that is not a possessive modifier.
    var subject: Int? {
        for k in items.indices where items[k].type == .person && !items[k].bracketed && !items[k].possessive { return items[k].entity }
        return nil
    }

    /// The nearest person before item `i` (outside brackets, not a possessive).
    func person(before i: Int, within: Int = .max) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= within {
            if items[k].type == .person && !items[k].bracketed && !items[k].possessive { return items[k].entity }
            k -= 1
        }
        return nil
    }

    /// The work a clause speaks of: the nearest work before `i` outside brackets, else the
    /// first after it, else the last one of the sentence before.
    func anchorWork(near i: Int) -> (work: Int, sameSentence: Bool)? {
        var k = i - 1
        while k >= 0 {
            if isWork(k) && !items[k].bracketed && !items[k].possessive { return (items[k].entity!, true) }
            k -= 1
        }
        k = i + 1
        while k < items.count, word(k) != ";" {
            if isWork(k) && !items[k].bracketed { return (items[k].entity!, true) }
            k += 1
        }
        return previousWork.map { ($0, false) }
    }

    /// The maker of a work by its type: director of a film, creator of a series, author
    /// of a book, singer of an album.
    func makerRole(for workType: String?) -> String {
        switch workType ?? (genre == "book" || genre == "album" ? genre : "film") {
        case "book", "novel": "author"
        case "series": "creator"
        case "album", "song": "artist"
        case "play": "writer"
        default: "director"
        }
    }
}

extension Clause {
    /// The first person credited with `role` on `work` in the sentences before. Rules ask
    /// this only of a rare phrase ("the director of A"), so the credits are indexed only
    /// in a document that holds one (`FactList.firstCredited`), not for every credit.
    func knownMaker(of work: Int, as role: String) -> Int? {
        factList.firstCredited(on: work, as: role, among: factsBefore)
    }

    mutating func setContext(previousWork: Int?, previousSubject: Int?) {
        self.previousWork = previousWork
        self.previousSubject = previousSubject
    }

    /// Roles the sentence gives people as titles: "cinematographer X", "X, a director",
    /// "X was credited as a cinematographer".
    func titleRolesStated() -> [(Int, String)] {
        var out: [(Int, String)] = []
        // Every form gives a role to a person of the sentence or the subject of the one before.
        guard cues.contains(.person) || previousSubject != nil else { return out }
        for p in items.indices where isPerson(p) && items[p].reference == .name {
            if let found = role(before: p) { out.append((items[p].entity!, found.role)) }
            if word(p + 1) == ",", word(p + 2).isOne(of: "a", "an", "the") {
                var k = p + 3
                // "X, the tall, watchful Canadian actor": commas between describing words.
                while k < items.count, k - p <= 8, items[k].isWord || word(k) == ",", items[k].type == nil {
                    if let found = role(startingAt: k) { out.append((items[p].entity!, found.role)); break }
                    k += 1
                }
            }
        }
        guard cues.contains(.credited) else { return out }
        for t in items.indices where word(t) == "credited" && word(t + 1) == "as" {
            var r = t + 2
            if word(r).isOne(of: "a", "an", "the") { r += 1 }
            if let found = role(startingAt: r), let s = person(before: t) ?? subject ?? previousSubject { out.append((s, found.role)) }
        }
        return out
    }
}
