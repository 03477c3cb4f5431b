/// Places where a capitalized run is a work title rather than a name, and how such a
/// title may run on through lower-case small words ("Days of Heaven", "Once Upon a Time
/// in the West").
extension MentionFinder {
    /// Small words a title may carry between capitalized words; "and", "or", "by", "with"
    /// are left out because they usually join two names or name a maker.
    static let bridgeWords: WordSet = ["of", "the", "a", "an", "in", "upon", "on", "to", "at", "into"]
    /// Bridges that may also open a place phrase ("Oppenheimer in Los Angeles").
    static let placePrepositions: WordSet = ["in", "at", "on", "to", "into", "for"]
    /// Capitalized small words besides the bridges that can only open a title inside a
    /// sentence ("For a Few Dollars More", "Once Upon a Time").
    static let titleOpeners: WordSet = ["for", "once"]
    /// Every word `startsWithArticle` may accept (the articles are bridges): a run opener
    /// in none of them, as nearly every name is, is turned away by one look-up.
    static let smallTitleOpeners = WordSet(Array(bridgeWords) + Array(titleOpeners))

    /// Whether the run starting at token `k` stands where a title is expected: after a
    /// capitalized possessive ("Greta Gerwig's Barbie") or after a work noun, with or
    /// without a comma ("her debut novel, The Wilderness").
    func isTitleSlot(_ tokens: [Token], at k: Int) -> Bool {
        guard k > 0 else { return false }
        if tokens.possessive(at: k - 1) && tokens.isCapitalized(at: k - 1) { return true }
        if isPrizeFor(tokens, before: k) { return true }
        if k >= 2, tokens.text(at: k - 1) == ",", tokens.kind(at: k - 2) == .word, !tokens.possessive(at: k - 2),
           lexicon.workCues[tokens.lower(at: k - 2)] != nil {
            return true
        }
        return workCue(tokens, before: k) != nil
    }

    /// "The Dark Side of ...", "A Fistful of ...": a capitalized article opening a run, or
    /// any capitalized small title word inside a sentence ("through For a Few Dollars More").
    func startsWithArticle(_ tokens: [Token], _ k: Int) -> Bool {
        guard tokens.isCapitalized(at: k), Self.smallTitleOpeners.contains(tokens.lower(at: k)) else { return false }
        return Self.articles.contains(tokens.lower(at: k)) || isInnerFunctionWord(tokens, k)
    }

    /// A capitalized small word inside a sentence, not after a quote or colon: it can only
    /// open a title.
    func isInnerFunctionWord(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens.isCapitalized(at: k), Self.bridgeWords.contains(tokens.lower(at: k)) || Self.titleOpeners.contains(tokens.lower(at: k)) else { return false }
        return tokens.kind(at: k - 1) == .word || tokens.text(at: k - 1) == ","
    }

    /// When one or two small title words at `e` are followed by a capitalized word that
    /// does not open a known place or organization, the index of that word.
    /// "for" bridges only in a title slot ("her debut, Salt for the Journey"), since
    /// elsewhere it joins a prize to its category ("Prize for Fiction").
    /// "from" bridges only after a verb's slot ("starred in 3rd Rock from the Sun").
    func titleBridge(_ tokens: [Token], at e: Int, consumed: [Bool], allowFor: Bool, allowFrom: Bool = false, pastPlaces: Bool = false) -> Int? {
        var j = e
        while j < tokens.count, j - e < 2, tokens.kind(at: j) == .word, !tokens.isCapitalized(at: j),
              Self.bridgeWords.contains(tokens.lower(at: j)) || (allowFor && tokens.lower(at: j) == "for") || (allowFrom && tokens.lower(at: j) == "from") {
            j += 1
        }
        guard j > e, j < tokens.count, !consumed[j], tokens.isCapitalized(at: j), !tokens.possessive(at: e - 1) else { return nil }
        // "The Berlin International Film Festival on Monday named", "released Barbie in
        // July 2023": a day or a dated month ends the name.
        if isDateAfterBridge(tokens, at: j) { return nil }
        if !pastPlaces, (e..<j).contains(where: { Self.placePrepositions.contains(tokens.lower(at: $0)) }) {
            let one = tokens.lower(at: j)
            let two = j + 1 < tokens.count ? one + " " + tokens.lower(at: j + 1) : one
            for form in [one, two] where lexicon.places.contains(form) || lexicon.organizations[form] != nil {
                return nil
            }
            if Self.articles.contains(tokens.lower(at: j)) == false, j + 1 < tokens.count,
               tokens.isCapitalized(at: j + 1), lexicon.placeSuffixes.contains(tokens.lower(at: j + 1)) || lexicon.orgSuffixes.contains(tokens.lower(at: j + 1)) {
                return nil
            }
        }
        return j
    }

    /// Whether the possessive owner ending at token `end` reads as a person: not a known
    /// organization or place, no organization or place suffix.
    func ownerIsPersonLike(_ tokens: [Token], endingAt end: Int, text: SourceText) -> Bool {
        guard end >= 0, tokens.possessive(at: end), tokens.isCapitalized(at: end) else { return false }
        var start = end
        while start > 0, end - start < 5, tokens.isCapitalized(at: start - 1), !tokens.possessive(at: start - 1) { start -= 1 }
        // "The Cartographer's Daughter": an owner opened by an article is a title's start.
        if Self.articles.contains(tokens.lower(at: start)) { return false }
        while start < end, lexicon.stopWords.contains(tokens.lower(at: start)) || lexicon.roles[tokens.lower(at: start)] != nil { start += 1 }
        for from in start...end {
            let lower = text.text(tokens.start(at: from)..<tokens.end(at: end)).lowercasedFast()
            if mayBeNotEntity(lower, first: tokens.lower(at: from), last: tokens.lower(at: end)),
               lexicon.isNotEntity(lower) { return false }      // "New Year's Day"
            if lexicon.organizations[lower] != nil || lexicon.organizations[lower + "'s"] != nil
                || lexicon.organizations[lower + "\u{2019}s"] != nil || lexicon.places.contains(lower) { return false }
        }
        let last = tokens.lower(at: end)
        return !lexicon.orgSuffixes.contains(last) && !lexicon.placeSuffixes.contains(last) && !lexicon.stopWords.contains(last)
    }

    /// The words a describing apposition opens with: an article or a possessive pronoun.
    /// (Word lists here are static sets: an array literal is built, compared with the
    /// standard library's `==` and destroyed at every call.)
    static let appositionOpeners: WordSet = ["a", "an", "the", "his", "her", "their", "its"]

    /// "Orbital, a short novel": the work noun a following apposition gives the run
    /// ending before token `b`.
    /// "Twin Peaks, the series Lynch created": the noun at `k` is followed by a name and
    /// a verb of making, a relative clause about the work.
    func namesItsMaker(_ tokens: [Token], after k: Int) -> Bool {
        var e = k + 1
        while e < tokens.count, e - k <= 3, tokens.isCapitalized(at: e) { e += 1 }
        return e > k + 1 && isMakerOfRelative(tokens, runEnd: e)
    }

    func workCue(_ tokens: [Token], after b: Int) -> String? {
        // "Orbital, a short novel", "Senna, his 2010 film": an article or a possessive pronoun.
        guard b + 1 < tokens.count, tokens.text(at: b) == "," else { return nil }
        guard Self.appositionOpeners.contains(tokens.lower(at: b + 1)) else { return possessedWorkCue(tokens, after: b) }
        var k = b + 2
        // "the Pulitzer-winning biography": a capitalized compound adjective may come first.
        // "Downton Abbey, the ITV series": a known company may name the work's home.
        while k < tokens.count, k - b <= 5, tokens.kind(at: k) == .word,
              !tokens.isCapitalized(at: k) || (k == b + 2 && tokens.text(at: k).contains("-")) || (k > b + 1 && lexicon.organizations[tokens.lower(at: k)] != nil) {
            // "Nolan, the film follows": after "the" a describing word must come first.
            if let type = lexicon.workCues[tokens.lower(at: k)], !tokens.possessive(at: k), !Self.endsInS(tokens.lower(at: k)) || type == "series",
               tokens.lower(at: b + 1) != "the" || k > b + 2 || namesItsMaker(tokens, after: k), headsPhrase(tokens, k) {
                return type
            }
            k += 1
        }
        return nil
    }
}

extension MentionFinder {
    /// "Baby Reindeer, Richard Gadd's Netflix drama", "Shadow Pier, Ann Lee's new novel": a
    /// comma after the run, a possessive name, then a work noun within a few words.
    func possessedWorkCue(_ tokens: [Token], after b: Int) -> String? {
        var k = b + 1
        while k < tokens.count, k - b <= 4, tokens.isCapitalized(at: k), !tokens.possessive(at: k) { k += 1 }
        guard k < tokens.count, k - b <= 4, tokens.isCapitalized(at: k), tokens.possessive(at: k) else { return nil }
        let owner = k
        k += 1
        while k < tokens.count, k - owner <= 4, tokens.kind(at: k) == .word, !tokens.possessive(at: k) {
            if let type = lexicon.workCues[tokens.lower(at: k)], !tokens.isCapitalized(at: k), !Self.endsInS(tokens.lower(at: k)) || type == "series",
               headsPhrase(tokens, k) {
                return type
            }
            k += 1
        }
        return nil
    }

    /// "her debut album, Frank,": a work noun, a comma, then the run, closed by a
    /// punctuation mark or the sentence end (so "the film, Nolan said" is not a title).
    func commaWorkCue(_ tokens: [Token], before a: Int, runEnd b: Int) -> String? {
        guard a >= 2, tokens.text(at: a - 1) == ",", tokens.kind(at: a - 2) == .word, !tokens.possessive(at: a - 2),
              let type = lexicon.workCues[tokens.lower(at: a - 2)], !Self.endsInS(tokens.lower(at: a - 2)) || type == "series" else { return nil }
        guard b >= tokens.count || [",", ".", ";", ":"].contains(tokens.text(at: b)) else { return nil }
        return type
    }

    /// A run opened by an article with a small title word inside and no organization or
    /// place word: "The Dark Side of the Moon", "A Fistful of Dollars".
    func isArticleTitle(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.count >= 2 else { return false }
        // "Stranger Things: The First Shadow": a subtitle after a colon.
        if run.contains(where: { tokens.text(at: $0) == ":" }) { return true }
        var bridged = isInnerFunctionWord(tokens, run.lowerBound)
        guard bridged || (run.count >= 3 && Self.articles.contains(tokens.lower(at: run.lowerBound))) else { return false }
        for t in run.dropFirst() {
            let lower = tokens.lower(at: t)
            if !tokens.isCapitalized(at: t) && Self.bridgeWords.contains(lower) { bridged = true }
            if lexicon.orgSuffixes.contains(lower) || lexicon.placeSuffixes.contains(lower) || lexicon.orgPrefixes[lower] != nil {
                return false
            }
        }
        return bridged
    }
}

extension MentionFinder {
    static let venuePrepositions: WordSet = ["at", "in", "aboard", "inside", "outside", "from", "on"]
    /// Words before "at" that make the place a workplace: "worked at", "a job at".
    static let employmentWords: WordSet = ["works", "worked", "working", "job", "career"]

    /// "at the Dolby Theatre", "in Abbey Road Studios": a venue word ends a name that
    /// follows a place preposition.
    func isVenue(_ tokens: [Token], _ words: RunWords, before a: Int) -> Bool {
        guard words.count >= 2, let last = words.last else { return false }
        // "at Old Billingsgate in London": a name between "at" and "in <known place>".
        let b = a + words.count
        let placeAfter = b + 1 < tokens.count && tokens.lower(at: b) == "in" && tokens.isCapitalized(at: b + 1)
            && (lexicon.places.contains(tokens.lower(at: b + 1))
                || (b + 2 < tokens.count && lexicon.places.contains(tokens.lower(at: b + 1) + " " + tokens.lower(at: b + 2))))
            && a >= 1 && tokens.lower(at: a - 1) == "at" && !lexicon.orgSuffixes.contains(last)
        // "at Warner Bros. Studios Leavesden": the venue word may come before the site's name.
        let inner = words.count >= 3 && lexicon.venueSuffixes.contains(words[words.count - 2]) && !lexicon.orgSuffixes.contains(last)
        guard lexicon.venueSuffixes.contains(last) || placeAfter || inner else { return false }
        var k = a - 1
        if k >= 0, tokens.lower(at: k) == "the" { k -= 1 }
        guard k >= 0, Self.venuePrepositions.contains(tokens.lower(at: k)) else { return false }
        // "a producer at Cinder Studios": a post at a company, not a building.
        let holder = k > 0 ? tokens.lower(at: k - 1) : ""
        return lexicon.affiliationRoles.contains(holder) == false && lexicon.roles[holder] == nil
            && !Self.employmentWords.contains(holder)
    }
}

extension MentionFinder {
    /// "The Cartographer's Daughter": in a run opened by an article, a possessive followed
    /// by a capitalized word is inside one title, unless the owner is a known
    /// organization or ends in an organization word ("The Guardian's Peter Bradshaw").
    func possessiveInsideTitle(_ tokens: [Token], _ run: Range<Int>, consumed: [Bool], text: SourceText) -> Bool {
        let k = run.lowerBound, e = run.upperBound
        guard run.count >= 2, run.count <= 8, tokens.isCapitalized(at: k), Self.articles.contains(tokens.lower(at: k)),
              e < tokens.count, !consumed[e], tokens.isCapitalized(at: e) else { return false }
        let owner = text.text(tokens.start(at: k + 1)..<tokens.end(at: e - 1)).lowercasedFast()
        if lexicon.organizations[owner] != nil || lexicon.organizations["the " + owner] != nil
            || lexicon.orgSuffixes.contains(tokens.lower(at: e - 1)) || lexicon.places.contains(owner) {
            return false
        }
        return true
    }
}

extension MentionFinder {
    /// "Back to Black, produced largely by X": a run right before ", <credit verb> by" is
    /// the work being credited (people are not "produced by").
    func isCreditedByAfter(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens.text(at: b) == "," else { return false }
        var k = b + 1
        guard let verb = lexicon.roleVerbs[tokens.lower(at: k)] ?? (tokens.lower(at: k) == "released" || tokens.lower(at: k) == "published" ? "" : nil),
              verb != "actor" else { return false }
        k += 1
        if k < tokens.count, tokens.lower(at: k).hasSuffix("ly") { k += 1 }
        return k < tokens.count && tokens.lower(at: k) == "by"
    }

    /// A quoted capitalized word in a list of titles ("Interstellar," "Her") is a title
    /// even when it is a common word.
    func isListedQuote(_ tokens: [Token], content: Range<Int>, close j: Int) -> Bool {
        guard content.count == 1, tokens.isCapitalized(at: content.lowerBound) else { return false }
        let inside = content.upperBound < j && tokens.text(at: content.upperBound) == ","
        let after = j + 1 < tokens.count && [",", ")"].contains(tokens.text(at: j + 1))
        return inside || after
    }
}

extension MentionFinder {
    /// Words for people who share a family name: "his sons Rossif and Angus Sutherland",
    /// "the directors Ethan and Joel Coen".
    static let familyListWords: WordSet = ["brothers", "sisters", "sons", "daughters", "children", "twins", "siblings", "actors", "directors", "filmmakers"]

    /// Whether one of `familyListWords` stands in the three tokens before `k`.
    func isFamilyList(_ tokens: [Token], before k: Int) -> Bool {
        (max(0, k - 3)..<k).contains { Self.familyListWords.contains(tokens.lower(at: $0)) }
    }

    /// "Matt and Ross Duffer", "Joel and Ethan Coen": a lone given name joined by "and" to
    /// a full name shares that name's surname ("Zendaya and Rebecca Ferguson" do not),
    /// as does any name listed after a family word ("the actors Rossif and Angus Sutherland").
    /// - Complexity: O(m) in the number of mentions.
    func markSharedSurnames(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard mentions.count >= 2 else { return }
        for i in 0..<(mentions.count - 1) {
            // Fields are read in place: a copy of a mention retains and releases its strings.
            let first = mentions[i].tokens
            guard mentions[i].type == .person, mentions[i + 1].type == .person, first.count == 1,
                  mentions[i + 1].tokens.lowerBound == first.upperBound + 1,
                  mentions[i].reference == .name, mentions[i + 1].reference == .name,
                  !mentions[i].possessive, mentions[i].canonical == nil,
                  tokens.lower(at: first.upperBound) == "and",
                  lexicon.givenNames.contains(tokens.lower(at: first.lowerBound)) || isFamilyList(tokens, before: first.lowerBound) else { continue }
            let words = mentions[i + 1].wordCount
            guard words >= 2, words <= 3, let surname = mentions[i + 1].name.split(separator: " ").last else { continue }
            mentions[i].sharedSurname = mentions[i].name + " " + surname
        }
    }
}

extension MentionFinder {
    /// Verbs whose agent after "by" is an organization: "published by Jonathan Cape".
    static let byOrganizationVerbs: WordSet = ["published", "released", "distributed", "issued", "acquired", "owned"]
    /// Words of a release "on" or "through" a label: "released on", "comes out on".
    static let releasingWords: WordSet = ["released", "published", "out", "issued", "distributed"]
    static let comingForms: WordSet = ["comes", "came", "come", "coming"]

    /// "published by Jonathan Cape", "came out through Harvest Records", "Jonathan Cape,
    /// an imprint of", "Hipgnosis, the design studio": cues that make a run an
    /// organization (publishers, labels and distributors release; people make).
    func isReleasingOrganization(_ tokens: [Token], before a: Int, runEnd b: Int) -> Bool {
        if a >= 2, tokens.lower(at: a - 1) == "by", Self.byOrganizationVerbs.contains(tokens.lower(at: a - 2)) {
            return true
        }
        // "comes out in March on Dirty Hit": a record comes out on its label.
        if a >= 1, tokens.lower(at: a - 1) == "through" || tokens.lower(at: a - 1) == "on" {
            var k = a - 2
            while k >= 0, a - k <= 8 {
                if Self.releasingWords.contains(tokens.lower(at: k)),
                   tokens.lower(at: a - 1) == "through" || (tokens.lower(at: k) == "out" && k >= 1 && Self.comingForms.contains(tokens.lower(at: k - 1))) {
                    return true
                }
                k -= 1
            }
        }
        guard b + 1 < tokens.count, tokens.text(at: b) == ",", Self.articles.contains(tokens.lower(at: b + 1)) else { return false }
        var k = b + 2
        while k < tokens.count, k - b <= 5, tokens.kind(at: k) == .word, !tokens.isCapitalized(at: k) {
            // The descriptor must head the phrase: "a record label executive" is a person.
            if lexicon.orgDescriptors.contains(tokens.lower(at: k)) && !tokens.possessive(at: k) {
                if headsPhrase(tokens, k) { return true }
            }
            k += 1
        }
        return false
    }
}

extension MentionFinder {
    /// Words that may follow the head noun of a describing phrase ("a short novel set
    /// in", "the design studio run by"); any other lower-case word means the noun only
    /// modifies a later head ("a record label executive").
    static let afterHead: WordSet = [
        "of", "about", "by", "set", "from", "in", "on", "at", "that", "which", "who", "whose", "where",
        "written", "directed", "produced", "starring", "released", "published", "with", "for", "and",
        "based", "adapted", "made", "run", "founded", "owned", "behind", "he", "she", "they", "it",
        "created", "developed", "co-created", "hosted", "narrated", "scored", "shot", "edited", "co-written", "co-directed",
        "starring", "featuring", "that", "now", "still", "first", "originally",
    ]

    /// Whether the noun at `k` ends its phrase.
    func headsPhrase(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        return next.kind != .word || next.isCapitalized || next.isNumber || Self.afterHead.contains(next.lower)
    }
}

extension MentionFinder {
    /// "best director for Io Capitano": after an award category and "for" comes the
    /// winning work.
    func isPrizeFor(_ tokens: [Token], before a: Int) -> Bool {
        guard a >= 3, tokens.lower(at: a - 1) == "for" else { return false }
        return tokens.lower(at: a - 3) == "best" || (a >= 4 && tokens.lower(at: a - 4) == "best")
    }
}

extension MentionFinder {
    /// "it" and "its" refer to a work (never to a person): the last one named, else the
    /// story's. "It is/was" + adjective + "to"/"that" says nothing about a work and is
    /// skipped.
    func workPronoun(_ tokens: [Token], at k: Int) -> Mention? {
        let t = tokens[k]
        guard t.lower == "it" || t.lower == "its" else { return nil }
        if t.lower == "it", k + 3 < tokens.count, ["is", "was", "'s"].contains(tokens.lower(at: k + 1)),
           (k + 2..<min(tokens.count, k + 5)).contains(where: { ["to", "that"].contains(tokens.lower(at: $0)) }) {
            return nil
        }
        var m = Mention(tokens: k..<(k + 1), start: t.start, end: t.end, name: t.lower, type: .work, strength: .weak)
        m.reference = .definite(workType: "it")
        m.possessive = t.lower == "its"
        return m
    }
}

extension MentionFinder {
    static let surroundingPrepositions: WordSet = ["in", "near", "outside"]

    /// "in Camden, London", "in Sausalito, California": after "in", a name followed by a
    /// comma and a known place is a place inside it.
    func isPlaceBeforeKnownPlace(_ tokens: [Token], before a: Int, runEnd b: Int, text: SourceText) -> Bool {
        guard a >= 1, Self.surroundingPrepositions.contains(tokens.lower(at: a - 1)), b + 1 < tokens.count, tokens.text(at: b) == ",",
              tokens.isCapitalized(at: b + 1) else { return false }
        var e = b + 1
        while e < tokens.count, e - b <= 3, tokens.isCapitalized(at: e) { e += 1 }
        var end = e
        while end > b + 1 {
            if lexicon.places.contains(text.text(tokens.start(at: b + 1)..<tokens.end(at: end - 1)).lowercasedFast()) { return true }
            end -= 1
        }
        return false
    }
}

extension MentionFinder {
    /// Whether token `a` follows a lower-case "the" (not a sentence-opening "The").
    func afterLowerThe(_ tokens: [Token], _ a: Int) -> Bool {
        a > 0 && tokens.text(at: a - 1) == "the"
    }
}
