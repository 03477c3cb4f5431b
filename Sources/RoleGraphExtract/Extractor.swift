/// Turns a document's text into a graph of people, works, organizations and places.
///
/// The pipeline is a list of small stages, each usable alone: `Normalizer` (markup and
/// site furniture out, offsets kept), `SentenceSplitter`, `Tokenizer`, `MentionFinder`,
/// `Resolver` (aliases and coreference), then the relation rules. Every edge carries the
/// sentence it was read from, with Unicode scalar offsets into the document as read.
///
/// ```swift
/// let extractor = try Extractor()
/// let graph = extractor.extract(text: text, document: "article.txt")
/// ```
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// Built once: it indexes the boilerplate rules, which every document would redo.
    private let normalizer: Normalizer

    /// Loads the lexicons shipped with the package.
    public init() throws {
        self.init(lexicon: try Lexicon.bundled())
    }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        normalizer = Normalizer(lexicon: lexicon)
    }

    /// - Complexity: O(n) in the length of the text: every stage is linear, and rules
    ///   look a bounded distance around their cue words.
    public func extract(text: String, document: String, format: TextFormat = .plain) -> Graph {
        let analysis = analyze(text: text, format: format)
        return analysis.graph(document: document)
    }

    /// Runs the pipeline and keeps every stage's result (for tests and tools).
    public func analyze(text: String, format: TextFormat = .plain) -> Analysis {
        let source = normalizer.normalize(text, format: format)
        let ranges = SentenceSplitter(lexicon: lexicon).split(source)
        let tokenizer = Tokenizer(lexicon: lexicon)
        let finder = MentionFinder(lexicon: lexicon)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        for range in ranges {
            let tokens = tokenizer.tokenize(source, range)
            guard !tokens.isEmpty else { continue }
            sentences.append(Sentence(range: range, tokens: tokens, mentions: finder.find(tokens, text: source, sentence: range)))
        }
        var entities = Resolver(lexicon: lexicon).resolve(&sentences)
        let facts = relations(sentences, entities: &entities)
        return Analysis(source: source, sentences: sentences, entities: entities, facts: facts)
    }

    private func relations(_ sentences: [Sentence], entities: inout [EntityRecord]) -> [Fact] {
        let genre = documentGenre(sentences)
        let bandRules = BandRules(lexicon: lexicon)
        let bands = bandRules.retype(sentences, &entities, genre: genre)
        // The clauses, last sentence first: the rules below take each one off the end in
        // turn, moving it rather than copying it (a copy would retain everything it holds).
        var clauses: [Clause] = []
        clauses.reserveCapacity(sentences.count)
        var titleRoles: [Int: String] = [:]
        let workTypes = entities.map(\.workType)
        // Every clause adds its facts to this one list, after the band facts.
        let factList = FactList()
        for index in sentences.indices.reversed() {
            let clause = Clause(sentence: sentences[index], index: index, entities: entities, workTypes: workTypes, lexicon: lexicon,
                                titleRoles: [:], previousWork: nil, previousSubject: nil, genre: genre, facts: factList)
            // Read backwards, each statement overrides the later ones: the role a person is
            // first given in the text is kept.
            for (person, role) in clause.titleRolesStated().reversed() { titleRoles[person] = role }
            clauses.append(clause)
        }
        for (person, role) in titleRoles { entities[person].titleRole = role }

        if bands.count == 1 { factList.facts.append(contentsOf: bandRules.memberships(sentences, band: bands[0])) }
        factList.facts.append(contentsOf: bandRules.artistCredits(sentences, bands: Set(bands), entities: entities))
        // Labels are computed (the fullest form), so each organization's is lower-cased once
        // here. Festivals are events; so are ceremonies named for their awards.
        var festivals = Set<Int>(), events = Set<Int>(), makingStudios = Set<Int>()
        for e in entities.indices where entities[e].type == .organization {
            let lower = entities[e].label.lowercasedFast()
            if Clause.isMakingStudioName(lowercased: lower) { makingStudios.insert(e) }
            guard entities[e].mentions > 0 else { continue }
            if containsText(lower, "festival") {
                festivals.insert(e)
                events.insert(e)
            } else if containsText(lower, anyOf: Self.ceremonyWords) {
                events.insert(e)
            }
        }
        let mainFestival = festivals.min { entities[$0].mentions != entities[$1].mentions ? entities[$0].mentions > entities[$1].mentions : $0 < $1 }
        var eventPlaces: [Int: Int] = [:]
        let places = entities.indices.filter { entities[$0].type == .place && entities[$0].mentions > 0 }
        let placePrefixes = places.map { entities[$0].label.lowercasedFast() + " " }
        for e in events.sorted() {
            let label = entities[e].label.lowercasedFast()
            if let k = placePrefixes.firstIndex(where: { label.hasPrefix($0) }) { eventPlaces[e] = places[k] }
        }
        let works = entities.indices.filter { entities[$0].type == .work && entities[$0].mentions >= 3 }
        let mainWork = works.max { entities[$0].mentions != entities[$1].mentions ? entities[$0].mentions < entities[$1].mentions : $0 > $1 }
        let people = entities.indices.filter { entities[$0].type == .person && entities[$0].mentions >= 4 }
        let mainPerson = people.max { entities[$0].mentions != entities[$1].mentions ? entities[$0].mentions < entities[$1].mentions : $0 > $1 }
        var mainRoles: [String: Int] = [:]
        // The role held most so far, found again only when a credit of the person is read.
        var mainRole: String? = nil
        var previousWork: Int? = nil
        var previousSubject: Int? = nil
        var heldWork: Int? = nil
        var listedWorks: [Int] = []
        var recentGroup: Int? = nil
        var recentStudio: Int? = nil
        let bandSet = Set(bands)
        var recentPair: [Int] = []
        // The facts of the sentences read so far start after the band facts.
        let firstClauseFact = factList.facts.count
        while var next = clauses.popLast() {
            next.titleRoles = titleRoles
            next.setContext(previousWork: previousWork, previousSubject: previousSubject)
            next.heldWork = heldWork
            next.listedWorks = listedWorks
            next.recentPair = recentPair
            next.festivals = festivals
            next.events = events
            next.makingStudios = makingStudios
            next.factsBefore = firstClauseFact..<factList.facts.count
            next.recentGroup = recentGroup
            next.recentStudio = recentStudio
            next.mainFestival = mainFestival
            next.mainWork = mainWork
            next.mainPerson = mainPerson
            next.mainRole = mainRole
            next.eventPlaces = eventPlaces
            // Read-only from here: methods take a constant in place, where a variable
            // would be copied for every call.
            let clause = next
            let first = clause.factsBefore.upperBound
            clause.applyCreditRules()
            clause.applyOtherRules()
            // The clause's facts are the ones it added, read from one copy of the list
            // (which shares its storage until the next clause adds to it).
            let facts = factList.facts
            let added = facts[first...]
            var creditsMainPerson = false
            for f in added where f.kind == .credit && f.subject == mainPerson {
                mainRoles[f.relation, default: 0] += 1
                creditsMainPerson = true
            }
            if creditsMainPerson { mainRole = mainRoles.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key }
            if let g = clause.openingGroup(bands: bandSet) { recentGroup = g }
            if let f = added.last(where: { $0.relation == "distributed_by" }) { recentStudio = f.object }
            // A sentence naming no work keeps the one before in view ("A and B are also in
            // the cast. C and D also appear.").
            let named = clause.workInView()
            previousWork = named
            if let named { heldWork = named }
            // The named works of the last sentence that named several ("both films").
            let names = clause.namedWorks()
            if names.count >= 2 { listedWorks = names }
            for w in names where recentPair.last != w {
                recentPair.removeAll { $0 == w }
                recentPair.append(w)
                if recentPair.count > 2 { recentPair.removeFirst() }
            }
            if let s = clause.subject { previousSubject = s }
        }
        return factList.facts
    }

    /// Words in the name of an award ceremony ("Academy Awards", "the Oscars").
    private static let ceremonyWords = ["awards", "oscars", "emmys", "grammys", "baftas"]

    /// Words that speak of books without naming one. Three words are compared directly,
    /// which costs less than a table look-up at every word of the document.
    private static func isBookWord(_ word: String) -> Bool {
        word == "author" || word == "novelist" || word == "poetry"
    }

    /// "book" when book words outnumber film, TV and music words; "album" when music
    /// words outnumber the others.
    private func documentGenre(_ sentences: [Sentence]) -> String {
        var books = 0, others = 0, music = 0
        // Tokens are read in place: binding each one would copy (retain) its strings.
        for s in sentences.indices {
            for k in sentences[s].tokens.indices where sentences[s].tokens[k].kind == .word {
                if let type = lexicon.workCues[sentences[s].tokens[k].lower] {
                    if type == "book" || type == "novel" { books += 1 } else { others += 1 }
                    if type == "album" || type == "song" { music += 1 }
                } else if Self.isBookWord(sentences[s].tokens[k].lower) {
                    books += 1
                }
            }
        }
        if music * 2 > others + books { return "album" }
        return books > others ? "book" : "film"
    }
}

/// Whether `text` contains `needle`, as Foundation's `contains` answers. ASCII text (nearly
/// every label) is searched by bytes, where Foundation bridges to `NSString` at every call;
/// within ASCII the two agree, since every Character is one byte except "\r\n", which no
/// needle here contains.
func containsText(_ text: String, _ needle: String) -> Bool {
    containsText(text, anyOf: CollectionOfOne(needle))
}

/// Whether `text` contains one of `needles`, as `containsText(_:_:)` answers for each: the
/// text is read, and told to be ASCII, once for all of them.
func containsText(_ text: String, anyOf needles: some Collection<String>) -> Bool {
    var text = text
    let fast = text.withUTF8 { t -> Bool? in
        guard !t.contains(where: { $0 >= 0x80 }) else { return nil }
        for var needle in needles {
            let found = needle.withUTF8 { n -> Bool? in
                guard !n.contains(where: { $0 >= 0x80 || $0 == 0x0D || $0 == 0x0A }) else { return nil }
                guard !n.isEmpty else { return true }
                guard t.count >= n.count else { return false }
                for i in 0...(t.count - n.count) where t[i] == n[0] {
                    var k = 1
                    while k < n.count && t[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
            // A needle the bytes cannot answer for: Foundation answers for all of them.
            guard let found else { return nil }
            if found { return true }
        }
        return false
    }
    return fast ?? needles.contains { text.contains($0) }
}

/// Everything the pipeline found in one document.
public struct Analysis: Sendable {
    public var source: SourceText
    public var sentences: [Sentence]
    public var entities: [EntityRecord]
    public var facts: [Fact]

    /// The graph: one node per entity with a name, one edge per distinct fact, each with
    /// the sentences that state it.
    public func graph(document: String) -> Graph {
        var graph = Graph()
        graph.reserveCapacity(nodes: entities.count, edges: facts.count)
        // Per entity, its node's id; nil for an entity that makes no node.
        var ids = [String?](repeating: nil, count: entities.count)
        // Records are read in place: binding each one would copy its strings and forms.
        for index in entities.indices where entities[index].mentions > 0 && !entities[index].forms.isEmpty {
            // Non-empty forms: the label is the fullest.
            let label = EntityRecord.fullest(entities[index].forms)!
            let type = entities[index].type
            // The forms are distinct keys already: sorted without the label, they are the
            // aliases as `Node.init` would make them.
            let node = Node(id: Self.nodeID(type: type, name: label, keyName: entities[index].keyName, key: entities[index].key), label: label, type: type,
                            workType: type == .work ? entities[index].workType : nil,
                            sortedAliases: Self.aliases(entities[index].forms, label: label), mentions: entities[index].mentions)
            ids[index] = graph.add(node)
        }
        // A pair with a credit needs no `worked_on` beside it (the pairs are gathered only
        // when some fact is one).
        struct Pair: Hashable { var s: Int, o: Int }
        var credited = Set<Pair>()
        if facts.contains(where: { $0.relation == "worked_on" }) {
            for f in facts where f.kind == .credit { credited.insert(Pair(s: f.subject, o: f.object)) }
        }
        // All statements of one fact become one edge at once (merging them one by one
        // would cost time in the square of the statements): sorted by fact, then sentence,
        // the statements of each fact are a run, with its sentences in reading order. (A
        // handful of statements per document sort for less than a table keyed by fact.)
        var order = facts.indices.filter { k in
            guard let source = ids[facts[k].subject], let target = ids[facts[k].object], source != target else { return false }
            return !(facts[k].relation == "worked_on" && credited.contains(Pair(s: facts[k].subject, o: facts[k].object)))
        }
        order.sort { Self.precedes(facts[$0], facts[$1]) }
        // Per sentence, its text, built once however many edges it is evidence for.
        var texts = [String?](repeating: nil, count: sentences.count)
        var start = 0
        while start < order.count {
            let first = order[start]
            var end = start + 1
            while end < order.count, Self.isSameFact(facts[order[end]], facts[first]) { end += 1 }
            // A fact's confidence is the highest of its statements (and not below 0).
            var confidence = 0.0
            var evidence: [Evidence] = []
            var previous = -1
            for k in order[start..<end] {
                confidence = max(confidence, facts[k].confidence)
                // Sentences are disjoint and in reading order, so their evidence in index
                // order (each sentence once) is distinct and sorted, as `Edge.init` would make it.
                let index = facts[k].sentence
                guard index != previous else { continue }
                previous = index
                let range = sentences[index].range
                if texts[index] == nil { texts[index] = source.text(range) }
                evidence.append(Evidence(document: document, start: range.lowerBound, end: range.upperBound, text: texts[index]!))
            }
            graph.add(edgeBetweenAddedNodes: Edge(source: ids[facts[first].subject]!, target: ids[facts[first].object]!, kind: facts[first].kind,
                           relation: facts[first].relation, confidence: confidence, sortedEvidence: evidence))
            start = end
        }
        return graph
    }

    /// The forms other than the label, sorted; a lone form is the label, with no aliases.
    private static func aliases(_ forms: [String: Int], label: String) -> [String] {
        forms.count == 1 ? [] : forms.keys.filter { $0 != label }.sorted()
    }

    /// `NodeID.make(type:name:)` (the id `type/slug`), using the slug an entity's key
    /// already is when `name` is the name the key was made from.
    private static func nodeID(type: EntityType, name: String, keyName: String, key: String) -> String {
        name == keyName ? NodeID.make(type: type, slug: key) : NodeID.make(type: type, name: name)
    }

    /// The order statements are grouped in: by fact (subject, object, kind, relation),
    /// then by sentence.
    private static func precedes(_ a: Fact, _ b: Fact) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.object != b.object { return a.object < b.object }
        if a.kind != b.kind { return a.kind < b.kind }
        if a.relation != b.relation { return a.relation < b.relation }
        return a.sentence < b.sentence
    }

    /// Whether two statements state one fact.
    private static func isSameFact(_ a: Fact, _ b: Fact) -> Bool {
        a.subject == b.subject && a.object == b.object && a.kind == b.kind && a.relation == b.relation
    }
}
