/// Nominees named in a sentence that does not name the ceremony: "W is nominated for the
/// top prize alongside A's V and B's U", "A and B are among the nominees for best new
/// artist, as is C", "X is nominated again, against A, B and C", "W is up for song of the
/// year". When the story names exactly one ceremony, each nominee was nominated there
/// (the ceremony's own sentence is read by the award rule).
extension Clause {
    static let nominationWords: WordSet = ["nominated", "nomination", "nominations", "nominee", "nominees", "shortlisted", "longlisted"]
    /// Words that open a list of nominees: "alongside A's V", "against A", "for W".
    static let nomineeListWords: WordSet = ["alongside", "against", "for"]
    /// A name right after these is a maker, a source or an owner, not a nominee.
    static let nonNomineeBefore: WordSet = ["by", "from", "of", "with", "to", "in", "at", "on"]
    /// Words that deny a nomination ("had never been nominated").
    static let negations: WordSet = ["never", "not", "n't", "no"]

    /// Whether item `k` names a nominee: a person or a work by name (or a company, where
    /// `organizations`), not a maker, owner or ceremony.
    func isNominee(_ k: Int, organizations: Bool) -> Bool {
        guard !items[k].bracketed, !items[k].possessive, !Self.nonNomineeBefore.contains(word(k - 1)),
              let e = items[k].entity, !events.contains(e) else { return false }
        return items[k].reference == .name && (isPerson(k) || isWork(k)) || (organizations && isType(k, .organization))
    }

    /// - Complexity: O(n) in the items of the sentence.
    func nominations() {
        guard let event = events.count == 1 ? events.first : nil else { return }
        var cue: Int? = nil
        for i in items.indices where items[i].isWord {
            if Self.nominationWords.contains(word(i)) { cue = i; break }
            // "W is up for song of the year".
            if word(i) == "up", word(i + 1) == "for", word(i - 1).isOne(of: "is", "are", "was", "were") { cue = i; break }
        }
        guard let cue else { return }
        for k in items.indices {
            // The ceremony's own sentence, or a prize of another ceremony ("an Oscar nomination").
            if items[k].type == .organization, let e = items[k].entity, events.contains(e) { return }
            if items[k].isWord, items[k].type == nil, namesCeremony(at: k) { return }
            // "had never been nominated": no nomination is stated.
            if k < cue, Self.negations.contains(word(k)) { return }
        }
        let start = ((0..<cue).last { word($0) == ";" }).map { $0 + 1 } ?? 0
        let end = ((cue..<items.count).first { word($0) == ";" || word($0) == "." }) ?? items.count
        // Before the cue: the clause's subjects, past asides (", who makes up the band
        // with A and B,") and appositions (", the lead single from V,").
        var aside = false
        for k in start..<cue {
            if word(k) == ",", word(k + 1).isOne(of: "who", "whose", "which", "whom", "a", "an", "the", "one", "also") { aside = true; continue }
            if word(k) == "," { aside = false; continue }
            if !aside, isNominee(k, organizations: false) { add(items[k].entity, event, .other, "nominated_at", 0.55) }
        }
        // After the cue: the list that "alongside", "against", "for" or "as is" opens, up
        // to an apposition or a relative clause.
        var listOpen = false, closed = false, listWord = ""
        var k = cue + 1
        while k < end {
            if word(k) == ",", word(k + 1).isOne(of: "who", "whose", "which", "whom", "a", "an", "the", "one", "also") {
                listOpen = false; closed = true
            } else if word(k).isOne(of: "which", "who", "whose", "by") {
                listOpen = false; closed = true
            } else if word(k) == "as", word(k + 1).isOne(of: "is", "are", "was", "were") {
                // ", as is C": a further nominee after any aside.
                listOpen = true; closed = false; listWord = "as"; k += 1
            } else if !closed, Self.nomineeListWords.contains(word(k)) {
                listOpen = true; listWord = word(k)
            } else if listOpen, isNominee(k, organizations: listWord != "for") {
                add(items[k].entity, event, .other, "nominated_at", 0.55)
            }
            k += 1
        }
    }
}
