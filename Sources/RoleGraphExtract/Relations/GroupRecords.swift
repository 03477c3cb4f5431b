/// "Coldplay ... first topped the bill in 2002. Their debut album, Parachutes, ...": a
/// band's records named through "their", which the pronoun rules (people only) leave out.
extension Clause {
    /// "Their debut album, W", "their new single W": the group that opened a recent
    /// sentence is the record's artist.
    func groupRecord() {
        guard let group = recentGroup else { return }
        for i in items.indices where word(i) == "their" {
            var k = i + 1
            while k < items.count, k - i <= 3, items[k].isWord, items[k].type == nil, lexicon.workCues[word(k)] == nil { k += 1 }
            guard let type = lexicon.workCues[word(k)], type.isOne(of: "album", "song"), !word(k).hasSuffix("s") else { continue }
            var w = k + 1
            if word(w) == "," { w += 1 }
            guard isWork(w), items[w].reference == .name else { continue }
            add(group, items[w].entity, .credit, "artist", 0.6)
        }
    }

    /// The group a sentence opens with: a performing group, not a company or an event.
    func openingGroup(bands: Set<Int>) -> Int? {
        // "The Dublin band X have signed": a group noun before the name says what it is.
        if let g = items.indices.prefix(6).first(where: { isType($0, .organization) }), g > 0,
           (0..<g).allSatisfy({ (items[$0].isWord && items[$0].type == nil) || items[$0].type == .place }),
           (0..<g).contains(where: { BandRules.groupNouns.contains(word($0)) }),
           let e = items[g].entity, !items[g].possessive {
            return e
        }
        guard !items.isEmpty, let e = items[0].entity, !items[0].possessive, items[0].type == .organization,
              !events.contains(e), !makingStudios.contains(e) else { return nil }
        // A group is spoken of through its members or is a band the record rules found.
        if bands.contains(e) || (word(1) == "," && word(2) == "whose" && word(3).isOne(of: "members", "line-up", "lineup")) { return e }
        return nil
    }
}
