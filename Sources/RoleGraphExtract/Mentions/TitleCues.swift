/// More places where a capitalized run is a title because of the words after it.
extension MentionFinder {
    /// "Small Things Like These, adapted from Claire Keegan's novella", "Harrow Point,
    /// based on a true story": only works are adapted from or based on something.
    func isAdaptedAfter(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens[b].text == ",", b > 0, !tokens[b - 1].possessive else { return false }
        let verb = tokens[b + 1].lower, preposition = tokens[b + 2].lower
        // "Salt Meadow, from director Ines Falk": a work's maker, as trailers and listings name them.
        if verb == "from", lexicon.roles[preposition] != nil || ((preposition == "the" || preposition == "a") && b + 3 < tokens.count && lexicon.roles[tokens[b + 3].lower] != nil) {
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
        guard e - k >= 3, (k..<(e - 1)).contains(where: { lexicon.orgPrefixes[tokens[$0].lower] != nil && tokens[$0 + 1].lower == "of" }) else { return nil }
        var j = e + 1
        while j < tokens.count, j - e <= 3, !consumed[j], tokens[j].isCapitalized, !tokens[j].possessive || j == e + 1 {
            if lexicon.orgSuffixes.contains(tokens[j].lower) || lexicon.orgPrefixes[tokens[j].lower] != nil
                || lexicon.places.contains(tokens[j].lower) || lexicon.stopWords.contains(tokens[j].lower) { return nil }
            j += 1
            if tokens[j - 1].possessive { break }
        }
        guard j > e + 1, j - e <= 3 || j >= tokens.count || !tokens[j].isCapitalized else { return nil }
        return j
    }
}

extension MentionFinder {
    static let seasonNouns: WordSet = ["season", "seasons", "series", "episodes"]

    /// "renewed W for a third season", "dropped W after a single season", "cancelled W
    /// after two seasons": a title counted in seasons is a series.
    func seasonCue(_ tokens: [Token], after b: Int) -> String? {
        guard b + 2 < tokens.count, ["for", "after"].contains(tokens[b].lower) else { return nil }
        var k = b + 1
        while k < tokens.count, k - b <= 4, tokens[k].kind == .word, !tokens[k].isCapitalized {
            if Self.seasonNouns.contains(tokens[k].lower) { return k > b + 1 ? "series" : nil }
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
        guard e + 2 < tokens.count, tokens[e].text == "and", tokens[e + 1].text == "the", !consumed[e + 2],
              tokens[e + 2].isCapitalized, !tokens[e - 1].possessive, !tokens[e + 2].possessive,
              !lexicon.stopWords.contains(tokens[e + 2].lower) else { return nil }
        // "the BBC and the Guardian": two known names stay two.
        let second = tokens[e + 2].lower
        func known(_ name: String) -> Bool {
            lexicon.organizations[name] != nil || lexicon.organizations["the " + name] != nil || lexicon.places.contains(name)
        }
        if known(second) || lexicon.orgSuffixes.contains(second) || lexicon.orgSuffixes.contains(tokens[e - 1].lower)
            || lexicon.isNotEntity(second) { return nil }
        // "and the Ukrainian writer B": a capitalized adjective before a common noun.
        var j = e + 3
        while j < tokens.count, tokens[j].isCapitalized, !tokens[j].possessive { j += 1 }
        if j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, !Self.bridgeWords.contains(tokens[j].lower),
           !["by", "and", "was", "is", "won", "opened"].contains(tokens[j].lower) { return nil }
        let start = Self.articles.contains(tokens[k].lower) && e - k >= 2 ? k + 1 : k
        if known(tokens[start..<e].map(\.lower).joined(separator: " ")) { return nil }
        return e + 2
    }

    /// Whether a run holds a lower-case "and the" (joined by `titleWithAndThe`).
    func hasAndThe(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.count >= 4 else { return false }
        return (run.lowerBound..<(run.upperBound - 2)).contains { tokens[$0].text == "and" && tokens[$0 + 1].text == "the" }
    }
}
