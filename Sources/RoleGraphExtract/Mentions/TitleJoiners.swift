/// Marks that keep a work title whole where a run of capitals would break: a versus
/// joiner ("Godzilla x Kong"), an epithet ("Kraven the Hunter"), a short head before a
/// subtitle ("Dune: Part Two", "Spider-Man: Into the Spider-Verse"), a number that opens
/// a title in a verb's slot ("direct 21 Jump Street") and a bare word coordinated with a
/// title found just before ("Folklore and Evermore").
extension MentionFinder {
    /// Lower-case joiners of two names in crossover and match-up titles.
    static let versusJoiners: WordSet = ["x", "vs.", "vs", "versus"]
    /// Words that number a part of a work in a subtitle ("Part Two", "Chapter 3").
    static let partWords: WordSet = ["part", "chapter", "volume", "vol.", "episode", "book"]
    /// Small words that open a subtitle ("Into the Spider-Verse", "Across the Sea").
    static let subtitleOpeners: WordSet = ["of", "in", "upon", "on", "to", "at", "into", "across", "beyond", "through",
                                           "under", "after", "before", "against", "without", "within", "from"]
    /// Spelled numbers and Roman numerals that may follow a part word.
    static let partNumbers: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                       "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// "Godzilla x Kong", "Freddy vs. Jason": a versus joiner between two capitalized
    /// words joins them into one title (people and companies are joined by "and" or "&").
    func isVersusJoiner(_ tokens: [Token], at e: Int, consumed: [Bool]) -> Bool {
        guard e > 0, e + 1 < tokens.count, !consumed[e + 1], tokens.kind(at: e) == .word, !tokens.isCapitalized(at: e),
              Self.versusJoiners.contains(tokens.lower(at: e)), tokens.isCapitalized(at: e - 1), !tokens.possessive(at: e - 1),
              tokens.isCapitalized(at: e + 1) else { return false }
        return !lexicon.stopWords.contains(tokens.lower(at: e + 1))
    }

    /// "Kraven the Hunter", "Conan the Barbarian": one capitalized word, "the", one
    /// capitalized word that ends the run. Known companies and places ("told Variety the
    /// Academy ...") and small words ("On Monday the Academy") are left alone.
    func isEpithetTitle(_ tokens: [Token], run k: Int, at e: Int, consumed: [Bool]) -> Bool {
        guard e == k + 1, k > 0, tokens.kind(at: k - 1) == .word, tokens.text(at: e) == "the", e + 1 < tokens.count, !consumed[e + 1],
              tokens.isCapitalized(at: e + 1), !tokens.possessive(at: k), !tokens.isNumber(at: k) else { return false }
        if e + 2 < tokens.count, tokens.isCapitalized(at: e + 2) || tokens.possessive(at: e + 2) || tokens.possessive(at: e + 1) { return false }
        // "with A closing the Friday night and B the Sunday": after "and" a verb may be left out.
        if ["and", "or", "but", "while"].contains(tokens.lower(at: k - 1)) { return false }
        for word in [tokens.lower(at: k), tokens.lower(at: e + 1)] {
            if lexicon.stopWords.contains(word) || lexicon.isNotEntity(word) || Self.weekdays.contains(word) || lexicon.organizations[word] != nil || lexicon.places.contains(word)
                || lexicon.roles[word] != nil || lexicon.workCues[word] != nil || lexicon.orgSuffixes.contains(word) {
                return false
            }
        }
        return true
    }

    /// After a short title head and a colon, the end of a subtitle that only a title
    /// has: a part number ("Dune: Part Two") or, inside a sentence, a capitalized small
    /// title word ("Spider-Man: Into the Spider-Verse"). Returns the index to go on from
    /// and whether small words may still bridge (a part number closes the subtitle:
    /// "moved Dune: Part Two to March").
    /// `marked`: the head already reads as a title ("Godzilla x Kong: The New Empire"), so
    /// any capitalized word after the colon opens the subtitle.
    func shortSubtitleEnd(_ tokens: [Token], run k: Int, at e: Int, headline: Bool, consumed: [Bool], marked: Bool) -> (end: Int, open: Bool)? {
        let n = tokens.count
        guard !headline, tokens.text(at: e) == ":", e + 2 < n, !consumed[e + 1], !consumed[e + 2], tokens.isCapitalized(at: e + 1) else { return nil }
        if marked, !lexicon.stopWords.contains(tokens.lower(at: e + 1)) || Self.articles.contains(tokens.lower(at: e + 1)) {
            return (e + 2, true)
        }
        guard (k..<e).allSatisfy({ tokens.isCapitalized(at: $0) && !tokens.possessive(at: $0) }) else { return nil }
        let head = tokens.lowerPhrase(k..<e)
        if lexicon.places.contains(head) || lexicon.organizations[head] != nil || lexicon.roles[head] != nil { return nil }
        if Self.partWords.contains(tokens.lower(at: e + 1)), tokens.isNumber(at: e + 2) || Self.partNumbers.contains(tokens.lower(at: e + 2)) {
            return (e + 3, false)
        }
        // A capitalized "Into" after the colon inside a sentence opens a subtitle; at the
        // start of a line "Update: In ..." is a label.
        guard k > 0, tokens.kind(at: k - 1) == .word, Self.subtitleOpeners.contains(tokens.lower(at: e + 1)),
              !Self.articles.contains(tokens.lower(at: e + 1)) else { return nil }
        if tokens.isCapitalized(at: e + 2) { return (e + 2, true) }
        if e + 3 < n, Self.bridgeWords.contains(tokens.lower(at: e + 2)), tokens.isCapitalized(at: e + 3), !consumed[e + 3] { return (e + 2, true) }
        return nil
    }

    /// "went on to direct 21 Jump Street": in a verb's title slot a short number before a
    /// capitalized word opens the title.
    func isLeadingNumberTitle(_ tokens: [Token], at k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens.isNumber(at: k), !tokens.possessive(at: k), (1...3).contains(tokens.lower(at: k).utf8.count),
              tokens.lower(at: k).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), tokens.isCapitalized(at: k + 1),
              !lexicon.stopWords.contains(tokens.lower(at: k + 1)) else { return false }
        return isVerbTitleSlot(tokens, at: k)
    }

    /// "Reputation and Lover" after "Reputation" was found as a title: a lone capitalized
    /// word joined by "and"/"or" to a title found just before, and closing the list, is a
    /// title too. Known companies, places, role words and given names ("and Ashley") are not.
    func isCoordinatedBareTitle(_ tokens: [Token], at k: Int, afterWork end: Int) -> Bool {
        guard end >= 0, k == end + 1, ["and", "or"].contains(tokens.lower(at: end)), tokens.isCapitalized(at: k), !tokens.possessive(at: k) else { return false }
        let next = k + 1 < tokens.count ? tokens[k + 1] : nil
        guard next == nil || [",", ".", ";", ")"].contains(next!.text) else { return false }
        let word = tokens.lower(at: k)
        return !lexicon.stopWords.contains(word) && lexicon.organizations[word] == nil && !lexicon.places.contains(word)
            && lexicon.roles[word] == nil && lexicon.occupations[word] == nil && !lexicon.givenNames.contains(word)
    }

    /// "produced Masseduction for St. Vincent", "directed Ashfall for Netflix": after a
    /// verb of making, "for" names the client unless a plain capitalized word follows
    /// it ("wrote Music for Airports"); a given name, a saint's or other title, a known
    /// company or place, or "the" ends the title before "for".
    func forBridgesAfterVerb(_ tokens: [Token], at e: Int) -> Bool {
        guard e < tokens.count, tokens.lower(at: e) == "for" else { return true }
        guard e + 1 < tokens.count, tokens.isCapitalized(at: e + 1) else { return false }
        let next = tokens.lower(at: e + 1)
        return !["the", "a", "an", "st.", "st"].contains(next) && !lexicon.givenNames.contains(next) && !lexicon.personTitles.contains(next)
            && lexicon.organizations[next] == nil && !lexicon.places.contains(next)
    }

    /// "Folklore and Evermore, the two albums she made": a pair of one-word names joined
    /// by "and" and described after a comma by a plural work noun are both works; the
    /// work type, for the run `a..<b` that is either half.
    func pairedWorkCue(_ tokens: [Token], _ a: Int, _ b: Int) -> String? {
        let n = tokens.count
        guard b - a == 1, b < n else { return nil }
        var comma = -1
        if tokens.lower(at: b) == "and", b + 2 < n, tokens.isCapitalized(at: b + 1), !tokens.possessive(at: b + 1), tokens.text(at: b + 2) == "," {
            comma = b + 2
        } else if tokens.text(at: b) == ",", a >= 2, tokens.lower(at: a - 1) == "and", tokens.isCapitalized(at: a - 2), !tokens.possessive(at: a - 2),
                  a < 3 || !tokens.isCapitalized(at: a - 3) {
            comma = b
        }
        guard comma >= 0 else { return nil }
        var k = comma + 1
        guard k < n, ["the", "both", "two", "her", "his", "their", "its"].contains(tokens.lower(at: k)) else { return nil }
        while k < n, k - comma <= 4, tokens.kind(at: k) == .word, !tokens.isCapitalized(at: k) {
            if Self.endsInS(tokens.lower(at: k)), let type = lexicon.workCues[tokens.lower(at: k)], headsPhrase(tokens, k) { return type }
            k += 1
        }
        return nil
    }
}

extension MentionFinder {
    /// "Wild at Heart, starring A", "Death at a Funeral, directed by B": past one or two
    /// small words at `e`, a capitalized run that a credit follows (", starring", ",
    /// directed by") finishes a title, even after a place preposition; a known place or
    /// company there ("at Cannes") is not part of one. A bracketed year is no such cue:
    /// "the surgeon Hawkeye Pierce in M*A*S*H (1970)" names a part, then the title.
    /// - Complexity: O(1): the run after the small words, bounded by the sentence.
    func titleCueAfterBridge(_ tokens: [Token], at e: Int) -> Bool {
        var j = e
        while j < tokens.count, j - e < 2, tokens.kind(at: j) == .word, !tokens.isCapitalized(at: j), Self.bridgeWords.contains(tokens.lower(at: j)) { j += 1 }
        guard j > e, j < tokens.count, tokens.isCapitalized(at: j) else { return false }
        var end = j
        while end < tokens.count, end - j < 6, tokens.isCapitalized(at: end), !tokens.possessive(at: end) { end += 1 }
        // The cue, read from the tokens, is asked first: the name is built only when it is there.
        guard isStarringAfter(tokens, runEnd: end) || isCreditedByAfter(tokens, runEnd: end) else { return false }
        let name = tokens.lowerPhrase(j..<end)
        return !lexicon.places.contains(name) && lexicon.organizations[name] == nil && !lexicon.isNotEntity(name)
    }
}
