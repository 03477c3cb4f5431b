/// Titles marked by what follows them in brackets: a year ("Klute (1971)"), or, in a
/// line-up, the maker ("La Cocina (Alonso Ruizpalacios)", "Anatomy of a Fall (Justine
/// Triet, 2023)"). Obituaries, filmographies, festival programmes and retrospectives
/// write credits this way; people's names are not followed by a bare year in brackets.
extension MentionFinder {
    /// Words that say a sentence lists films or their makers, so a name in brackets after
    /// a title is the maker, not the actor of a character ("Ani (Mikey Madison)").
    /// Written for RoleGraph from the wording of festival line-ups and retrospectives.
    static let lineupWords: WordSet = [
        "titles", "films", "features", "documentaries", "directors", "filmmakers", "competition",
        "lineup", "line-up", "selection", "slate", "programme", "program", "retrospective",
    ]

    /// Whether the run ending before token `b` is a title because of the brackets after it.
    /// - Complexity: O(1): a bounded look at most 120 tokens back and 12 ahead.
    func isTitleBeforeBracket(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens.text(at: b) == "(", b > 0, !tokens.possessive(at: b - 1) else { return false }
        if isYear(tokens[b + 1]), tokens.text(at: b + 2) == ")" { return true }
        guard let close = makerInBrackets(tokens, open: b) else { return false }
        // "(Justine Triet, 2023)": a maker and a year need no other cue.
        if close >= 2, isYear(tokens[close - 1]), tokens.text(at: close - 2) == "," { return true }
        var k = b - 1
        while k >= 0, b - k <= 120 {
            if Self.lineupWords.contains(tokens.lower(at: k)) { return true }
            k -= 1
        }
        return false
    }

    /// "(Aaron Schimberg)", "(Veronika Franz and Severin Fiala)", "(Justine Triet, 2023)":
    /// one or two names of two to four capitalized words, maybe a year; the index of ")".
    func makerInBrackets(_ tokens: [Token], open: Int) -> Int? {
        var k = open + 1
        var names = 0
        while k < tokens.count, k - open <= 12, names < 3 {
            var e = k
            while e < tokens.count, e - k < 4, tokens.isCapitalized(at: e), !tokens.possessive(at: e),
                  !lexicon.stopWords.contains(tokens.lower(at: e)), lexicon.roles[tokens.lower(at: e)] == nil {
                e += 1
            }
            guard e - k >= 2, e < tokens.count else { return nil }
            names += 1
            if tokens.text(at: e) == ")" { return e }
            if tokens.text(at: e) == ",", e + 2 < tokens.count, isYear(tokens[e + 1]), tokens.text(at: e + 2) == ")" { return e + 2 }
            guard tokens.lower(at: e) == "and" || tokens.text(at: e) == "," else { return nil }
            k = e + 1
        }
        return nil
    }

    /// A four-digit year from 1870 (the first films) to 2099.
    func isYear(_ t: Token) -> Bool { isYearText(t.lower) }

    /// A title that is only a number: "Bertolucci's 1900 (1976)", "Mendes's 1917,". After a
    /// person's possessive the number must stand alone ("Netflix's 2019 film" is a date),
    /// and a number followed by a year in brackets is a title too.
    func isBareNumberTitle(_ tokens: [Token], at k: Int, text: SourceText) -> Bool {
        let t = tokens[k]
        guard t.isNumber, !t.possessive, t.lower.utf8.count <= 4, t.lower.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let next = k + 1 < tokens.count ? tokens[k + 1] : nil
        if let next, next.text == "(", k + 3 < tokens.count, isYear(tokens[k + 2]), tokens.text(at: k + 3) == ")" {
            return k > 0 && (tokens.possessive(at: k - 1) || [",", ";", "and", "including"].contains(tokens.lower(at: k - 1)))
        }
        guard k > 0, tokens.possessive(at: k - 1), tokens.isCapitalized(at: k - 1),
              next == nil || [",", ".", ";", ")", "and"].contains(next!.lower) else { return false }
        return ownerIsPersonLike(tokens, endingAt: k - 1, text: text)
    }
}

extension MentionFinder {
    /// "won the Booker in 1994 with Gold Dust": a prize's "with" names the winning work
    /// only after the award word in the same clause; before it ("films included W, a
    /// thriller with Julie Christie; ... won the Academy Award") it names a partner.
    func isNearAwardCue(_ tokens: [Token], before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 20 {
            if [";", "."].contains(tokens.text(at: j)) { return false }
            if lexicon.awardCues.contains(tokens.lower(at: j)) { return true }
            j -= 1
        }
        return false
    }

    /// "M*A*S*H": single capital letters joined by asterisks are one name.
    func isStarredAcronym(_ tokens: [Token], at star: Int) -> Bool {
        guard star > 0, star + 1 < tokens.count else { return false }
        let before = tokens[star - 1], after = tokens[star + 1]
        return before.isCapitalized && before.text.unicodeScalars.count == 1
            && after.isCapitalized && after.text.unicodeScalars.count == 1
    }
}

extension MentionFinder {
    /// "The Hunger Games (2012)": a year in brackets at token `b` makes a title even of a
    /// run ending in a company word.
    func isYearInBrackets(_ tokens: [Token], at b: Int) -> Bool {
        b + 2 < tokens.count && tokens.text(at: b) == "(" && isYear(tokens[b + 1]) && tokens.text(at: b + 2) == ")"
    }
}

extension MentionFinder {
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ]

    /// A weekday, or a month before a day's number ("on June 16"): a date after a small
    /// word, never part of a title ("Seven Days in May" keeps its month).
    func isDateAfterBridge(_ tokens: [Token], at j: Int) -> Bool {
        let w = tokens.lower(at: j)
        if Self.weekdays.contains(w) { return true }
        // "moved W to March", "delayed W until June", "released W in May": a release
        // month, not a title word.
        if Self.months.contains(w), j >= 1, ["to", "until", "in"].contains(tokens.lower(at: j - 1)),
           j + 1 >= tokens.count || !tokens.isCapitalized(at: j + 1) {
            return true
        }
        return Self.months.contains(w) && j + 1 < tokens.count && tokens.isNumber(at: j + 1)
    }
}

extension MentionFinder {
    /// "went on to direct Skyfall and 1917": a number that ends a list of titles read from
    /// a verb's slot is a title too (the caller checks that a title ended right before).
    func isListedNumberTitle(_ tokens: [Token], at k: Int) -> Bool {
        guard k > 0, ["and", "or", ","].contains(tokens.lower(at: k - 1)), tokens.isNumber(at: k),
              tokens.lower(at: k).utf8.count <= 4, tokens.lower(at: k).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return k + 1 >= tokens.count || [",", ".", ";", ")"].contains(tokens.text(at: k + 1))
    }
}
