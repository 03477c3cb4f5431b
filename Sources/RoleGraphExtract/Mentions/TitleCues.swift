/// More places where a capitalized run is a title because of the words after it.
extension MentionFinder {
    /// "Small Things Like These, adapted from Claire Keegan's novella", "Harrow Point,
    /// based on a true story": only works are adapted from or based on something.
    func isAdaptedAfter(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens.text(at: b) == ",", b > 0, !tokens.possessive(at: b - 1) else { return false }
        let verb = tokens.lower(at: b + 1), preposition = tokens.lower(at: b + 2)
        // "Salt Meadow, from director Ines Falk": a work's maker, as trailers and listings name them.
        if verb == "from", lexicon.roles[preposition] != nil || ((preposition == "the" || preposition == "a") && b + 3 < tokens.count && lexicon.roles[tokens.lower(at: b + 3)] != nil) {
            return true
        }
        return ((verb == "adapted" || verb == "adapting") && preposition == "from")
            || (verb == "based" && preposition == "on")
            || (verb == "inspired" && preposition == "by")
    }
}

extension MentionFinder {
    /// "Academy of Motion Picture Arts and Sciences", "London Academy of Music and Dramatic
    /// Art": after an institution word and "of", "and" joins the fields of one name. The
    /// part after "and" is one to three capitalized words that are not a name of their own
    /// ("the University of Toronto and McGill University" stays two). Returns its end.
    func institutionJoinedByAnd(_ tokens: [Token], run k: Int, at e: Int, consumed: [Bool]) -> Int? {
        guard e - k >= 3, (k..<(e - 1)).contains(where: { lexicon.orgPrefixes[tokens.lower(at: $0)] != nil && tokens.lower(at: $0 + 1) == "of" }) else { return nil }
        var j = e + 1
        while j < tokens.count, j - e <= 3, !consumed[j], tokens.isCapitalized(at: j), !tokens.possessive(at: j) || j == e + 1 {
            if lexicon.orgSuffixes.contains(tokens.lower(at: j)) || lexicon.orgPrefixes[tokens.lower(at: j)] != nil
                || lexicon.places.contains(tokens.lower(at: j)) || lexicon.stopWords.contains(tokens.lower(at: j)) { return nil }
            j += 1
            if tokens.possessive(at: j - 1) { break }
        }
        guard j > e + 1, j - e <= 3 || j >= tokens.count || !tokens.isCapitalized(at: j) else { return nil }
        return j
    }
}

extension MentionFinder {
    static let seasonNouns: WordSet = ["season", "seasons", "series", "episodes"]

    /// "renewed W for a third season", "dropped W after a single season", "cancelled W
    /// after two seasons": a title counted in seasons is a series.
    func seasonCue(_ tokens: [Token], after b: Int) -> String? {
        guard b + 2 < tokens.count, ["for", "after"].contains(tokens.lower(at: b)) else { return nil }
        var k = b + 1
        while k < tokens.count, k - b <= 4, tokens.kind(at: k) == .word, !tokens.isCapitalized(at: k) {
            if Self.seasonNouns.contains(tokens.lower(at: k)) { return k > b + 1 ? "series" : nil }
            k += 1
        }
        return nil
    }
}

extension MentionFinder {
    /// "The Boy and the Heron", "Harry Potter and the Goblet of Fire": a lower-case "and
    /// the" before a capital joins one title (a person's name never holds it; a list of
    /// two names does not put "the" before the second). Returns the index after "the".
    func titleWithAndThe(_ tokens: [Token], run k: Int, at e: Int, consumed: [Bool]) -> Int? {
        guard e + 2 < tokens.count, tokens.text(at: e) == "and", tokens.text(at: e + 1) == "the", !consumed[e + 2],
              tokens.isCapitalized(at: e + 2), !tokens.possessive(at: e - 1), !tokens.possessive(at: e + 2),
              !lexicon.stopWords.contains(tokens.lower(at: e + 2)) else { return nil }
        // "the BBC and the Guardian": two known names stay two.
        let second = tokens.lower(at: e + 2)
        func known(_ name: String) -> Bool {
            lexicon.organizations[name] != nil || lexicon.organizations["the " + name] != nil || lexicon.places.contains(name)
        }
        if known(second) || lexicon.orgSuffixes.contains(second) || lexicon.orgSuffixes.contains(tokens.lower(at: e - 1))
            || lexicon.isNotEntity(second) { return nil }
        // "and the Ukrainian writer B": a capitalized adjective before a common noun.
        var j = e + 3
        while j < tokens.count, tokens.isCapitalized(at: j), !tokens.possessive(at: j) { j += 1 }
        if j < tokens.count, tokens.kind(at: j) == .word, !tokens.isCapitalized(at: j), !Self.bridgeWords.contains(tokens.lower(at: j)),
           !["by", "and", "was", "is", "won", "opened"].contains(tokens.lower(at: j)) { return nil }
        let start = Self.articles.contains(tokens.lower(at: k)) && e - k >= 2 ? k + 1 : k
        if known(tokens.lowerPhrase(start..<e)) { return nil }
        return e + 2
    }

    /// Whether a run holds a lower-case "and the" (joined by `titleWithAndThe`).
    func hasAndThe(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.count >= 4 else { return false }
        return (run.lowerBound..<(run.upperBound - 2)).contains { tokens.text(at: $0) == "and" && tokens.text(at: $0 + 1) == "the" }
    }
}
