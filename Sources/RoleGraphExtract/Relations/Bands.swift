/// Named groups of performers. A band's name looks like a person's ("Pink Floyd",
/// "Fleetwood Mac"), so it is typed by what the document says of it: it made a record,
/// and the text speaks of "the band" or "the group".
struct BandRules {
    let lexicon: Lexicon

    /// Group nouns that refer back to a band ("the band made it").
    static let groupNouns: WordSet = ["band", "group", "duo", "trio", "quartet", "four-piece", "five-piece", "three-piece"]

    /// Retypes as organizations the people-typed names that own a record (possessive
    /// before it, or "album by X") when the document speaks of "the band"; returns them.
    /// - Complexity: O(t) in the tokens of the document.
    func retype(_ sentences: [Sentence], _ entities: inout [EntityRecord], genre: String) -> [Int] {
        // Most documents never speak of "the band": their mentions need no reading.
        // Sentences, tokens and mentions are read in place, as copies would retain their
        // strings.
        let speaksOfGroup = sentences.indices.contains { s in
            sentences[s].tokens.indices.dropFirst().contains { k in
                (sentences[s].tokens[k - 1].lower == "the" || sentences[s].tokens[k - 1].lower == "a")
                    && Self.groupNouns.contains(sentences[s].tokens[k].lower)
            }
        }
        guard speaksOfGroup else { return [] }
        var makers: [Int] = []
        for s in sentences.indices {
            let mentions = sentences[s].mentions
            for i in mentions.indices {
                guard let e = mentions[i].entity, entities[e].type == .person, case .name = mentions[i].reference,
                      mentions[i].strength != .strong else { continue }
                let span = mentions[i].tokens
                let ownsRecord = mentions[i].possessive && i + 1 < mentions.count
                    && mentions[i + 1].tokens.lowerBound == span.upperBound && isRecord(mentions[i + 1], entities, genre: genre)
                let byRecord = span.lowerBound >= 2 && sentences[s].tokens[span.lowerBound - 1].lower == "by"
                    && lexicon.workCues[sentences[s].tokens[span.lowerBound - 2].lower].map { $0 == "album" || $0 == "song" } == true
                if ownsRecord || byRecord { makers.append(e) }
            }
        }
        var out: [Int] = []
        for e in Set(makers).sorted() where entities[e].gender == nil {
            entities[e].type = .organization
            out.append(e)
        }
        return out
    }

    /// An album or song, or an untyped work in a story about records.
    private func isRecord(_ m: Mention, _ entities: [EntityRecord], genre: String) -> Bool {
        guard let e = m.entity, entities[e].type == .work else { return false }
        let type = m.workType ?? entities[e].workType
        return type == "album" || type == "song" || (type == nil && genre == "album")
    }

    /// "Pink Floyd's The Dark Side of the Moon", "the album 'Rumours' by Fleetwood Mac":
    /// the band is the record's artist (the credit rules read only people as makers).
    func artistCredits(_ sentences: [Sentence], bands: Set<Int>, entities: [EntityRecord]) -> [Fact] {
        var facts: [Fact] = []
        guard !bands.isEmpty else { return facts }
        for (index, s) in sentences.enumerated() {
            for (i, m) in s.mentions.enumerated() {
                guard let e = m.entity, bands.contains(e), m.reference == .name else { continue }
                if m.possessive, i + 1 < s.mentions.count, let w = s.mentions[i + 1].entity, entities[w].type == .work,
                   s.mentions[i + 1].tokens.lowerBound == m.tokens.upperBound {
                    facts.append(Fact(subject: e, object: w, kind: .credit, relation: "artist", confidence: 0.7, sentence: index))
                }
                var k = m.tokens.lowerBound - 1
                if k >= 0, s.tokens[k].lower == "by" {
                    k -= 1
                    while k >= 0, m.tokens.lowerBound - k <= 6 {
                        if let w = s.mentions.last(where: { $0.tokens.upperBound <= k + 1 && $0.tokens.upperBound >= k - 1 })?.entity,
                           entities[w].type == .work {
                            facts.append(Fact(subject: e, object: w, kind: .credit, relation: "artist", confidence: 0.6, sentence: index))
                            break
                        }
                        k -= 1
                    }
                }
            }
        }
        return facts
    }

    /// "bassist Roger Waters", "drummer Nick Mason": with one band in the document, a
    /// band-role occupation before a person is membership in it.
    func memberships(_ sentences: [Sentence], band: Int) -> [Fact] {
        var facts: [Fact] = []
        for (index, s) in sentences.enumerated() {
            for m in s.mentions where m.reference == .name && m.tokens.lowerBound > 0 {
                guard let e = m.entity, e != band else { continue }
                let before = s.tokens[m.tokens.lowerBound - 1].lower
                if let role = lexicon.occupations[before], lexicon.bandRoles.contains(role) {
                    facts.append(Fact(subject: e, object: band, kind: .affiliation, relation: role, confidence: 0.6, sentence: index))
                }
            }
        }
        return facts
    }
}
