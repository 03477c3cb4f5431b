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

    /// Whether the run starting at token `k` stands where a title is expected: after a
    /// capitalized possessive ("Greta Gerwig's Barbie") or after a work noun, with or
    /// without a comma ("her debut novel, The Wilderness").
    func isTitleSlot(_ tokens: [Token], at k: Int) -> Bool {
        guard k > 0 else { return false }
        if tokens[k - 1].possessive && tokens[k - 1].isCapitalized { return true }
        if isPrizeFor(tokens, before: k) { return true }
        if k >= 2, tokens[k - 1].text == ",", tokens[k - 2].kind == .word, !tokens[k - 2].possessive,
           lexicon.workCues[tokens[k - 2].lower] != nil {
            return true
        }
        return workCue(tokens, before: k) != nil
    }

    /// "The Dark Side of ...", "A Fistful of ...": a capitalized article opening a run, or
    /// any capitalized small title word inside a sentence ("through For a Few Dollars More").
    func startsWithArticle(_ tokens: [Token], _ k: Int) -> Bool {
        guard tokens[k].isCapitalized else { return false }
        return Self.articles.contains(tokens[k].lower) || isInnerFunctionWord(tokens, k)
    }

    /// A capitalized small word inside a sentence, not after a quote or colon: it can only
    /// open a title.
    func isInnerFunctionWord(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens[k].isCapitalized, Self.bridgeWords.contains(tokens[k].lower) || Self.titleOpeners.contains(tokens[k].lower) else { return false }
        return tokens[k - 1].kind == .word || tokens[k - 1].text == ","
    }

    /// When one or two small title words at `e` are followed by a capitalized word that
    /// does not open a known place or organization, the index of that word.
    /// "for" bridges only in a title slot ("her debut, Salt for the Journey"), since
    /// elsewhere it joins a prize to its category ("Prize for Fiction").
    /// "from" bridges only after a verb's slot ("starred in 3rd Rock from the Sun").
    func titleBridge(_ tokens: [Token], at e: Int, consumed: [Bool], allowFor: Bool, allowFrom: Bool = false, pastPlaces: Bool = false) -> Int? {
        var j = e
        while j < tokens.count, j - e < 2, tokens[j].kind == .word, !tokens[j].isCapitalized,
              Self.bridgeWords.contains(tokens[j].lower) || (allowFor && tokens[j].lower == "for") || (allowFrom && tokens[j].lower == "from") {
            j += 1
        }
        guard j > e, j < tokens.count, !consumed[j], tokens[j].isCapitalized, !tokens[e - 1].possessive else { return nil }
        // "The Berlin International Film Festival on Monday named", "released Barbie in
        // July 2023": a day or a dated month ends the name.
        if isDateAfterBridge(tokens, at: j) { return nil }
        if !pastPlaces, (e..<j).contains(where: { Self.placePrepositions.contains(tokens[$0].lower) }) {
            let one = tokens[j].lower
            let two = j + 1 < tokens.count ? one + " " + tokens[j + 1].lower : one
            for form in [one, two] where lexicon.places.contains(form) || lexicon.organizations[form] != nil {
                return nil
            }
            if Self.articles.contains(tokens[j].lower) == false, j + 1 < tokens.count,
               tokens[j + 1].isCapitalized, lexicon.placeSuffixes.contains(tokens[j + 1].lower) || lexicon.orgSuffixes.contains(tokens[j + 1].lower) {
                return nil
            }
        }
        return j
    }

    /// Whether the possessive owner ending at token `end` reads as a person: not a known
    /// organization or place, no organization or place suffix.
    func ownerIsPersonLike(_ tokens: [Token], endingAt end: Int, text: SourceText) -> Bool {
        guard end >= 0, tokens[end].possessive, tokens[end].isCapitalized else { return false }
        var start = end
        while start > 0, end - start < 5, tokens[start - 1].isCapitalized, !tokens[start - 1].possessive { start -= 1 }
        // "The Cartographer's Daughter": an owner opened by an article is a title's start.
        if Self.articles.contains(tokens[start].lower) { return false }
        while start < end, lexicon.stopWords.contains(tokens[start].lower) || lexicon.roles[tokens[start].lower] != nil { start += 1 }
        for from in start...end {
            let lower = text.text(tokens[from].start..<tokens[end].end).lowercased()
            if mayBeNotEntity(lower, first: tokens[from].lower, last: tokens[end].lower),
               lexicon.isNotEntity(lower) { return false }      // "New Year's Day"
            if lexicon.organizations[lower] != nil || lexicon.organizations[lower + "'s"] != nil
                || lexicon.organizations[lower + "\u{2019}s"] != nil || lexicon.places.contains(lower) { return false }
        }
        let last = tokens[end].lower
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
        while e < tokens.count, e - k <= 3, tokens[e].isCapitalized { e += 1 }
        return e > k + 1 && isMakerOfRelative(tokens, runEnd: e)
    }

    func workCue(_ tokens: [Token], after b: Int) -> String? {
        // "Orbital, a short novel", "Senna, his 2010 film": an article or a possessive pronoun.
        guard b + 1 < tokens.count, tokens[b].text == "," else { return nil }
        guard Self.appositionOpeners.contains(tokens[b + 1].lower) else { return possessedWorkCue(tokens, after: b) }
        var k = b + 2
        // "the Pulitzer-winning biography": a capitalized compound adjective may come first.
        // "Downton Abbey, the ITV series": a known company may name the work's home.
        while k < tokens.count, k - b <= 5, tokens[k].kind == .word,
              !tokens[k].isCapitalized || (k == b + 2 && tokens[k].text.contains("-")) || (k > b + 1 && lexicon.organizations[tokens[k].lower] != nil) {
            // "Nolan, the film follows": after "the" a describing word must come first.
            if let type = lexicon.workCues[tokens[k].lower], !tokens[k].possessive, !tokens[k].lower.hasSuffix("s") || type == "series",
               tokens[b + 1].lower != "the" || k > b + 2 || namesItsMaker(tokens, after: k), headsPhrase(tokens, k) {
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
        while k < tokens.count, k - b <= 4, tokens[k].isCapitalized, !tokens[k].possessive { k += 1 }
        guard k < tokens.count, k - b <= 4, tokens[k].isCapitalized, tokens[k].possessive else { return nil }
        let owner = k
        k += 1
        while k < tokens.count, k - owner <= 4, tokens[k].kind == .word, !tokens[k].possessive {
            if let type = lexicon.workCues[tokens[k].lower], !tokens[k].isCapitalized, !tokens[k].lower.hasSuffix("s") || type == "series",
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
        guard a >= 2, tokens[a - 1].text == ",", tokens[a - 2].kind == .word, !tokens[a - 2].possessive,
              let type = lexicon.workCues[tokens[a - 2].lower], !tokens[a - 2].lower.hasSuffix("s") || type == "series" else { return nil }
        guard b >= tokens.count || [",", ".", ";", ":"].contains(tokens[b].text) else { return nil }
        return type
    }

    /// A run opened by an article with a small title word inside and no organization or
    /// place word: "The Dark Side of the Moon", "A Fistful of Dollars".
    func isArticleTitle(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.count >= 2 else { return false }
        // "Stranger Things: The First Shadow": a subtitle after a colon.
        if run.contains(where: { tokens[$0].text == ":" }) { return true }
        var bridged = isInnerFunctionWord(tokens, run.lowerBound)
        guard bridged || (run.count >= 3 && Self.articles.contains(tokens[run.lowerBound].lower)) else { return false }
        for t in run.dropFirst() {
            let lower = tokens[t].lower
            if !tokens[t].isCapitalized && Self.bridgeWords.contains(lower) { bridged = true }
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
        let placeAfter = b + 1 < tokens.count && tokens[b].lower == "in" && tokens[b + 1].isCapitalized
            && (lexicon.places.contains(tokens[b + 1].lower)
                || (b + 2 < tokens.count && lexicon.places.contains(tokens[b + 1].lower + " " + tokens[b + 2].lower)))
            && a >= 1 && tokens[a - 1].lower == "at" && !lexicon.orgSuffixes.contains(last)
        // "at Warner Bros. Studios Leavesden": the venue word may come before the site's name.
        let inner = words.count >= 3 && lexicon.venueSuffixes.contains(words[words.count - 2]) && !lexicon.orgSuffixes.contains(last)
        guard lexicon.venueSuffixes.contains(last) || placeAfter || inner else { return false }
        var k = a - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k >= 0, Self.venuePrepositions.contains(tokens[k].lower) else { return false }
        // "a producer at Cinder Studios": a post at a company, not a building.
        let holder = k > 0 ? tokens[k - 1].lower : ""
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
        guard run.count >= 2, run.count <= 8, tokens[k].isCapitalized, Self.articles.contains(tokens[k].lower),
              e < tokens.count, !consumed[e], tokens[e].isCapitalized else { return false }
        let owner = text.text(tokens[k + 1].start..<tokens[e - 1].end).lowercased()
        if lexicon.organizations[owner] != nil || lexicon.organizations["the " + owner] != nil
            || lexicon.orgSuffixes.contains(tokens[e - 1].lower) || lexicon.places.contains(owner) {
            return false
        }
        return true
    }
}

extension MentionFinder {
    /// "Back to Black, produced largely by X": a run right before ", <credit verb> by" is
    /// the work being credited (people are not "produced by").
    func isCreditedByAfter(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens[b].text == "," else { return false }
        var k = b + 1
        guard let verb = lexicon.roleVerbs[tokens[k].lower] ?? (tokens[k].lower == "released" || tokens[k].lower == "published" ? "" : nil),
              verb != "actor" else { return false }
        k += 1
        if k < tokens.count, tokens[k].lower.hasSuffix("ly") { k += 1 }
        return k < tokens.count && tokens[k].lower == "by"
    }

    /// A quoted capitalized word in a list of titles ("Interstellar," "Her") is a title
    /// even when it is a common word.
    func isListedQuote(_ tokens: [Token], content: Range<Int>, close j: Int) -> Bool {
        guard content.count == 1, tokens[content.lowerBound].isCapitalized else { return false }
        let inside = content.upperBound < j && tokens[content.upperBound].text == ","
        let after = j + 1 < tokens.count && [",", ")"].contains(tokens[j + 1].text)
        return inside || after
    }
}

extension MentionFinder {
    /// Words for people who share a family name: "his sons Rossif and Angus Sutherland",
    /// "the directors Ethan and Joel Coen".
    static let familyListWords: WordSet = ["brothers", "sisters", "sons", "daughters", "children", "twins", "siblings", "actors", "directors", "filmmakers"]

    /// Whether one of `familyListWords` stands in the three tokens before `k`.
    func isFamilyList(_ tokens: [Token], before k: Int) -> Bool {
        (max(0, k - 3)..<k).contains { Self.familyListWords.contains(tokens[$0].lower) }
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
        if a >= 2, tokens[a - 1].lower == "by", Self.byOrganizationVerbs.contains(tokens[a - 2].lower) {
            return true
        }
        // "comes out in March on Dirty Hit": a record comes out on its label.
        if a >= 1, tokens[a - 1].lower == "through" || tokens[a - 1].lower == "on" {
            var k = a - 2
            while k >= 0, a - k <= 8 {
                if Self.releasingWords.contains(tokens[k].lower),
                   tokens[a - 1].lower == "through" || (tokens[k].lower == "out" && k >= 1 && Self.comingForms.contains(tokens[k - 1].lower)) {
                    return true
                }
                k -= 1
            }
        }
        guard b + 1 < tokens.count, tokens[b].text == ",", Self.articles.contains(tokens[b + 1].lower) else { return false }
        var k = b + 2
        while k < tokens.count, k - b <= 5, tokens[k].kind == .word, !tokens[k].isCapitalized {
            // The descriptor must head the phrase: "a record label executive" is a person.
            if lexicon.orgDescriptors.contains(tokens[k].lower) && !tokens[k].possessive {
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
        guard a >= 3, tokens[a - 1].lower == "for" else { return false }
        return tokens[a - 3].lower == "best" || (a >= 4 && tokens[a - 4].lower == "best")
    }
}

extension MentionFinder {
    /// "it" and "its" refer to a work (never to a person): the last one named, else the
    /// story's. "It is/was" + adjective + "to"/"that" says nothing about a work and is
    /// skipped.
    func workPronoun(_ tokens: [Token], at k: Int) -> Mention? {
        let t = tokens[k]
        guard t.lower == "it" || t.lower == "its" else { return nil }
        if t.lower == "it", k + 3 < tokens.count, ["is", "was", "'s"].contains(tokens[k + 1].lower),
           (k + 2..<min(tokens.count, k + 5)).contains(where: { ["to", "that"].contains(tokens[$0].lower) }) {
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
        guard a >= 1, Self.surroundingPrepositions.contains(tokens[a - 1].lower), b + 1 < tokens.count, tokens[b].text == ",",
              tokens[b + 1].isCapitalized else { return false }
        var e = b + 1
        while e < tokens.count, e - b <= 3, tokens[e].isCapitalized { e += 1 }
        var end = e
        while end > b + 1 {
            if lexicon.places.contains(text.text(tokens[b + 1].start..<tokens[end - 1].end).lowercased()) { return true }
            end -= 1
        }
        return false
    }
}

extension MentionFinder {
    /// Whether token `a` follows a lower-case "the" (not a sentence-opening "The").
    func afterLowerThe(_ tokens: [Token], _ a: Int) -> Bool {
        a > 0 && tokens[a - 1].text == "the"
    }
}
