extension MentionFinder {
    /// Types one run of capitalized words (after trimming words that only happen to be
    /// capitalized) and appends its mentions to `mentions`: none for prizes, dates and
    /// lone common words.
    /// `slot`: the run stands where a verb or a description expects a title.
    func classify(_ tokens: [Token], _ run: Range<Int>, text: SourceText, headline: Bool, slot: Bool = false, into mentions: inout [Mention]) {
        var a = run.lowerBound, b = run.upperBound
        let afterPossessive = a > 0 && tokens.possessive(at: a - 1)
        let keepArticle = afterPossessive && Self.articles.contains(tokens.lower(at: a)) && b - a >= 2
        // A gazetteer name keeps its words even when they look like common ones
        // ("New Mexico", "American Cinematographer").
        func trimmable(_ t: Int) -> Bool {
            !lexicon.classes(of: tokens.lower(at: t)).isDisjoint(with: WordClasses.stopWord.union(.role).union(.occupation).union(.orgDescriptor))
        }
        var known: Int? = nil
        var from = a
        // Gazetteer phrases are only built where a known name could end and start.
        let endsKnown = a < b && (lexicon.organizations.hasPhrase(endingWith: tokens.lower(at: b - 1)) || lexicon.places.hasPhrase(endingWith: tokens.lower(at: b - 1)))
        while from < b {
            // Lower-cased words joined by spaces: the gazetteers' form of a name.
            if endsKnown, lexicon.organizations.hasPhrase(startingWith: tokens.lower(at: from)) || lexicon.places.hasPhrase(startingWith: tokens.lower(at: from)) {
                let lower = tokens.lowerPhrase(from..<b)
                if lexicon.organizations[lower] != nil || lexicon.places.contains(lower) { known = from; break }
            }
            // "The Last of Us" is a title, not the place "US" after trimmed small words.
            guard trimmable(from), !(from == a && isArticleTitle(tokens, a..<b)) else { break }
            from += 1
        }
        // "Terrence Malick's Days of Heaven": a person's possessive before a title.
        let ownedTitle = (afterPossessive && ownerIsPersonLike(tokens, endingAt: a - 1, text: text)) || (isPrizeFor(tokens, before: a) && !tokens.possessive(at: b - 1))
        // "by Ann Lee and Tom Hart, a history of the port": the apposition after a maker
        // describes the work, not the maker.
        let appositionCue = known == nil ? (commaWorkCue(tokens, before: a, runEnd: b) ?? (isMakerSlot(tokens, before: a) ? nil : workCue(tokens, after: b))
                                            ?? pairedWorkCue(tokens, a, b)) : nil
        let articleTitle = known == nil && (isArticleTitle(tokens, a..<b) || isCreditedByAfter(tokens, runEnd: b) || isStarringAfter(tokens, runEnd: b)
                                          || isTitleBeforeBracket(tokens, runEnd: b) || isAdaptedAfter(tokens, runEnd: b)
                                          || hasAndThe(tokens, a..<b))
        if let known {
            a = known
        } else if articleTitle || (appositionCue != nil && Self.articles.contains(tokens.lower(at: a))) {
            // "A Fistful of Dollars", "her debut novel, The Wilderness": the article is the title's.
            // "her novel The Winter Orchard": the article belongs to the title.
        } else if !keepArticle && !slot && !(b - a >= 2 && workCue(tokens, before: a, listAllowed: false) != nil) {
            // After a work noun ("the single We Are Young") a small first word is the title's.
            // "founded New World Pictures": a capitalized word inside a sentence opening a
            // company or place name is part of it.
            let keepLead = a > 0 && tokens.kind(at: a - 1) == .word && !tokens.isCapitalized(at: a - 1) && b - a >= 3
                && !Self.articles.contains(tokens.lower(at: a))
                && (lexicon.orgSuffixes.contains(tokens.lower(at: b - 1)) || lexicon.placeSuffixes.contains(tokens.lower(at: b - 1)))
            // "pairing Will Smith and ...": inside a sentence a capitalized "Will" before
            // another capital is a given name, not the modal.
            let givenWill = a > 0 && b - a >= 2 && tokens.text(at: a) == "Will" && tokens.kind(at: a - 1) == .word && tokens.isCapitalized(at: a + 1)
            while a < b, !(keepLead && a == run.lowerBound), !(givenWill && a == run.lowerBound) {
                let classes = lexicon.classes(of: tokens.lower(at: a))
                guard !classes.isDisjoint(with: WordClasses.stopWord.union(.role).union(.orgDescriptor).union(.roleVerb))
                        || (classes.contains(.workCue) && !afterLowerThe(tokens, a)
                            && !(b - a >= 2 && lexicon.orgSuffixes.contains(tokens.lower(at: b - 1))))     // "The Game Awards"
                        || (classes.contains(.occupation) && b - a >= 3) else { break }
                a += 1
            }
        }
        // A number that the run took in ("Compartment No. 6") stays.
        while a < b, tokens.kind(at: b - 1) == .word, !tokens.isCapitalized(at: b - 1), !tokens.isNumber(at: b - 1) { b -= 1 }
        guard a < b else { return }
        // A role noun inside ("Rust Armorer Hannah") splits the run; keep the part after it.
        // "Solo: A Star Wars Story": a subtitle keeps its role-like words.
        if known == nil, !lexicon.orgSuffixes.contains(tokens.lower(at: b - 1)), !(a..<b).contains(where: { tokens.text(at: $0) == ":" }),
           let roleAt = (a..<b).last(where: { lexicon.roles[tokens.lower(at: $0)] != nil && $0 > a }) {
            classify(tokens, (roleAt + 1)..<b, text: text, headline: headline, slot: slot, into: &mentions)
            return
        }
        // Prize adjectives: "Oscar-winning", "Emmy-award", "Academy Award-nominated".
        for t in a..<b where Self.mayJoinParts(tokens.lower(at: t)) && isPrizeAdjective(tokens.lower(at: t)) { return }
        let words = RunWords(tokens: tokens, range: a..<b)
        let start = tokens.start(at: a), end = tokens.end(at: b - 1)
        // A run of one token (about half of them) is named by the token's own text, which
        // spans the same scalars, and the token's lower-cased form is that of its text.
        let name = b - a == 1 ? tokens.text(at: a) : text.text(start..<end)
        let lower = b - a == 1 ? tokens.lower(at: a) : name.lowercasedFast()
        if mayBeNotEntity(lower, first: words[0], last: words[words.count - 1]), lexicon.isNotEntity(lower) { return }
        if known == nil, isCharacterSlot(tokens, before: a, runEnd: b),
           !lexicon.orgSuffixes.contains(words.last!), !lexicon.placeSuffixes.contains(words.last!), !lexicon.venueSuffixes.contains(words.last!) {
            return
        }
        // "in the US": an upper-case country code is not the pronoun "us".
        if b - a == 1, Self.hasMoreScalars(tokens.text(at: a), than: 1), tokens.text(at: a).unicodeScalars.allSatisfy(\.isUpperFast),
           lexicon.places.contains(words[0]) {
            mentions.append(Mention(tokens: a..<b, start: start, end: end, name: name, type: .place, strength: .strong))
            return
        }
        // "The Last of Us": a title may be made of common words only.
        if words.allSatisfy({ lexicon.stopWords.contains($0) }) && !(articleTitle && words.count >= 3) { return }

        // The mention's fields, set by the cues below and built into one value at the end
        // (built as it is appended, the mention is moved into the list, not copied).
        var type = EntityType.person, strength = Mention.Strength.plain
        var workType: String? = nil, canonical: String? = nil
        var prizeOnly = false, cuedPerson = false
        let possessive = tokens.possessive(at: b - 1)
        // "Conservatorio di Musica Arrigo Boito": where the person an institution is named
        // after begins.
        var namesakeStart: Int? = nil
        let previous = a > 0 ? tokens.lower(at: a - 1) : ""
        let next = b < tokens.count ? tokens.lower(at: b) : ""

        let possessiveForm = possessive ? lexicon.organizations[lower + "'s"] ?? lexicon.organizations[lower + "\u{2019}s"] : nil
        let descriptor = a > 0 && lexicon.orgDescriptors.contains(tokens.lower(at: a - 1))
        if let listed = lexicon.organizations[lower] ?? possessiveForm {
            type = .organization
            strength = .strong
            if listed.lowercasedFast() != lower && possessiveForm == nil {
                canonical = listed
                prizeOnly = lexicon.prizeForms.contains(lower)
            }
        } else if lexicon.places.contains(lower) {
            type = .place
            strength = .strong
        } else if !possessive, words.count <= 3, workCue(tokens, before: a, listAllowed: false) != nil, isMakerOfRelative(tokens, runEnd: b) {
            // "the series Lynch created with Frost": the maker, not a title.
            strength = .plain
            cuedPerson = true
        } else if slot, !possessive, !lexicon.orgSuffixes.contains(words.last!) {
            // "the author of Wolf Hall", "starred in Jurassic Park": in a title slot a
            // place or venue word ends a title (a known place was typed above).
            type = .work
            workType = commaWorkCue(tokens, before: a, runEnd: b) ?? workCue(tokens, after: b) ?? workCue(tokens, before: a, listAllowed: false)
                ?? seasonCue(tokens, after: b)
            strength = .strong
        } else if lexicon.personTitles.contains(words[0]) && words.count >= 2 {
            strength = .strong
        } else if let namesPerson = lexicon.orgPrefixes[words[0]], words.count >= 3,
                  ["of", "di", "de", "del", "della", "des", "du"].contains(words[1]) {      // "Conservatorio di ..." 
            type = .organization
            strength = .strong
            if namesPerson { namesakeStart = a + 2 }
        } else if words.count >= 4, (1..<(words.count - 1)).contains(where: { lexicon.orgPrefixes[words[$0]] == false && words[$0 + 1] == "of" }) {
            type = .organization          // "London Academy of Music", "Royal College of Art"
            strength = .strong
        } else if appositionCue == nil, isVenue(tokens, words, before: a) {
            type = .place
            strength = .strong
        } else if ownedTitle || articleTitle || appositionCue != nil,
                  !lexicon.orgSuffixes.contains(words.last!) || isYearInBrackets(tokens, at: b)
                    // "a new album, The Tortured Poets Department,": a work noun right before
                    // names a work whatever its last word.
                    || commaWorkCue(tokens, before: a, runEnd: b) != nil,
                  ownedTitle || appositionCue != nil || isYearInBrackets(tokens, at: b) || !lexicon.placeSuffixes.contains(words.last!) {
            type = .work
            workType = appositionCue ?? workCue(tokens, before: a)
            // The position is as telling as a work noun: other plain mentions of the same
            // words take this type.
            strength = ownedTitle || appositionCue != nil ? .strong : .plain
        } else if words.count >= 2, lexicon.roles[previous] != nil || lexicon.occupations[previous] != nil,
                  !lexicon.orgSuffixes.contains(words.last!) {
            strength = .strong        // "actress Jo Park": a role noun names a person
        } else if let cue = workCue(tokens, before: a, listAllowed: !possessive), !possessive || tokens.lower(at: a - 1) != "of" {
            type = .work
            workType = cue
            strength = .strong
        } else if descriptor || isReleasingOrganization(tokens, before: a, runEnd: b) {
            type = .organization
            strength = .strong
        } else if words.count >= 2, lexicon.orgSuffixes.contains(words.last!)
                    || (words.count >= 3 && lexicon.orgSuffixes.contains(words[words.count - 2]) && lexicon.places.contains(words.last!)) {
            // "Trinity College Dublin", "University College London": a city after the
            // institution word names its seat.
            type = .organization
            strength = .strong
        } else if words.count >= 2, lexicon.placeSuffixes.contains(words.last!) || lexicon.placePrefixes.contains(words[0]) {
            type = .place
            strength = .strong
        } else if placeCue(tokens, before: a) != nil || isPlaceBeforeKnownPlace(tokens, before: a, runEnd: b, text: text) {
            type = .place
            strength = .strong
        } else if words.count >= 2 || a > 0, b + 1 < tokens.count, tokens.lower(at: b) == "by", tokens.isCapitalized(at: b + 1), !possessive {
            type = .work          // "Jonathan Strange and Mr Norrell by Susanna Clarke"
        } else if keepArticle {
            type = .work
            strength = .plain
        } else if words.count >= 3, (a..<b).contains(where: { tokens.text(at: $0) == ":" }) {
            type = .work                  // "Bad Boys: Ride or Die": a subtitled title
            strength = .plain
        } else if words.count >= 2, isSequelNumber(tokens[b - 1]), !lexicon.orgSuffixes.contains(words[words.count - 2]) {
            type = .work                  // "Inside Out 2", "Toy Story 4": a sequel's number
            strength = .plain
        } else if words.count >= 3, (a..<(b - 1)).contains(where: { isNumberingWord(tokens[$0]) && tokens.isNumber(at: $0 + 1) }),
                  !lexicon.orgSuffixes.contains(words.last!) {
            type = .work                  // "Compartment No. 6": people carry no numbers
            strength = .plain
        } else if isGroupBeforeMembers(tokens, runEnd: b) {
            type = .organization          // "Coldplay, whose members are ..."
            strength = .strong
        } else if words.count == 1 && isCamelCase(tokens.text(at: a)) {
            type = .organization
            strength = .strong
        } else if words.count == 1 && lexicon.stageNames.contains(words[0]) {
            strength = .strong            // "Zendaya", "Lorde": a performer known by one name
            cuedPerson = true
        } else if words.count == 1 && ownsDescribedWork(tokens, after: b - 1) {
            strength = .plain             // "SZA's second album"
            cuedPerson = true
        } else if words.count == 1 {
            strength = .weak
            // "SZA, who toured with": a relative "who" speaks of a person, named in full.
            if next == ",", b + 1 < tokens.count, tokens.lower(at: b + 1) == "who", !lexicon.stopWords.contains(words[0]) {
                strength = .plain
                cuedPerson = true
            }
            if lexicon.sayingVerbs.contains(next) || lexicon.roles[previous] != nil
                || lexicon.personTitles.contains(previous) || ownsDescribedWork(tokens, after: b - 1) {
                cuedPerson = true
            }
            // "Timothée Chalamet and Zendaya", "with Zendaya, Josh O'Connor and Mike Faist".
            if type == .person, !possessive, isCoordinatedWithFullName(tokens, a, b) {
                strength = .plain
                cuedPerson = true
            }
        }
        // "the Record Plant", "the Phoenix Theatre": a name after a lower-case "the" with
        // no cue is a place (after "at"/"in") or an organization, not a person.
        if type == .person, strength == .plain, words.count >= 2, afterLowerThe(tokens, a) {
            type = (a >= 2 && ["at", "in", "from", "inside", "outside", "on"].contains(tokens.lower(at: a - 2)))
                || lexicon.venueSuffixes.contains(words.last!) ? .place : .organization
        }
        if headline && (strength != .strong || type == .work) { strength = .weak }
        mentions.append(Mention(tokens: a..<b, start: start, end: end, name: name, type: type, workType: workType, strength: strength,
                                possessive: possessive, cuedPerson: cuedPerson, canonical: canonical, prizeOnly: prizeOnly))
        if let namesakeStart {
            let from = tokens.start(at: namesakeStart)
            mentions.append(Mention(tokens: namesakeStart..<b, start: from, end: end, name: text.text(from..<end),
                                    type: .person, strength: .plain, possessive: possessive))
        }
    }

    /// The lower-cased words of a run, read in place from its tokens rather than copied
    /// into an array of their own.
    struct RunWords: RandomAccessCollection {
        let tokens: [Token]
        let range: Range<Int>

        var startIndex: Int { 0 }
        var endIndex: Int { range.count }
        subscript(i: Int) -> String { tokens.lower(at: range.lowerBound + i) }
    }

    /// A cheap necessary condition for `lexicon.isNotEntity(lower)`, where `lower` is a
    /// run's name lower-cased and `first` and `last` the run's first and last words. That
    /// test reads the whole name and its first and last space-separated words. Where those
    /// are the run's own (as for nearly every name) a name is a non-entity only if its
    /// last word ends a listed one or is a listed suffix, or its first word is a listed
    /// prefix; a name laid out otherwise is left to the full test.
    func mayBeNotEntity(_ lower: String, first: String, last: String) -> Bool {
        guard Self.isOuterWord(last, of: lower, atEnd: true), Self.isOuterWord(first, of: lower, atEnd: false) else { return true }
        // One look-up per word tells both: the word classes mark the last words of the
        // non-entity phrases and suffixes, and the prefixes. A one-word run passes its
        // word as both first and last, and is looked up once.
        let lastClasses = lexicon.classes(of: last)
        let firstClasses = Self.isSameValue(first, last) ? lastClasses : lexicon.classes(of: first)
        return lastClasses.contains(.notEntityLast) || firstClasses.contains(.notEntityFirst)
    }

    /// Whether two strings are the very same value (the same two words of storage),
    /// which holds the same bytes: a cheap test for a string passed twice.
    @inline(__always)
    static func isSameValue(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
    }

    /// Whether `word` is the last (`atEnd`) or the first space-separated word of
    /// `phrase`, compared byte for byte on both strings' storage.
    static func isOuterWord(_ word: String, of phrase: String, atEnd: Bool) -> Bool {
        // A one-word run passes its word as the name too: the very same string value
        // holds the same bytes, with nothing to compare.
        if isSameValue(word, phrase) { return !word.isEmpty }
        return phrase.utf8.withContiguousStorageIfAvailable { p in
            word.utf8.withContiguousStorageIfAvailable { w in
                guard !w.isEmpty, w.count <= p.count else { return false }
                let start = atEnd ? p.count - w.count : 0
                for i in 0..<w.count where p[start + i] != w[i] { return false }
                // The byte beside the word, inside the phrase, must be a space.
                let beside = atEnd ? start - 1 : w.count
                return beside < 0 || beside >= p.count || p[beside] == 0x20
            } ?? false
        } ?? false
    }

    /// Whether a word of two parts or more, joined by hyphens or en dashes, has a part
    /// that makes a name a non-entity ("oscar-winning"). An ASCII word (nearly every
    /// one, each byte a character) is cut at its hyphens byte by byte, with no array
    /// of parts; any other is split by characters.
    func isPrizeAdjective(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var parts = 0, found = false, start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "-") {
                if i > start {
                    parts += 1
                    let part = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    found = found || lexicon.notEntitySuffixes.contains(part)
                }
                start = i + 1
            }
            return parts > 1 && found
        }
        if let ascii = ascii ?? nil { return ascii }
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" })
        return parts.count > 1 && parts.contains(where: { lexicon.notEntitySuffixes.contains(String($0)) })
    }

    /// Whether a word may join parts like "oscar-winning": it holds a hyphen, or bytes
    /// outside ASCII (where a dash other than the hyphen may stand). A small ASCII
    /// string (nearly every word; `smallASCIIWords`) is searched in its two words; any
    /// other is read from its contiguous bytes, and a string without them is given the
    /// benefit of the doubt.
    static func mayJoinParts(_ word: String) -> Bool {
        if let (w0, w1, _) = word.smallASCIIWords {
            // Bytes past the count are zero, and so is the top byte as given.
            let hyphens: UInt64 = 0x2D2D_2D2D_2D2D_2D2D
            return WordIndex.hasZeroByte(w0 ^ hyphens) || WordIndex.hasZeroByte(w1 ^ hyphens)
        }
        return word.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 0x2D || $0 >= 0x80 } } ?? true
    }

    /// "the series Lynch created", "the album Swift released": a name right after a work
    /// noun and right before a verb of making is the subject of a relative clause, not a
    /// title ("the film Oppenheimer directed by Nolan" is a title before a participle).
    func isMakerOfRelative(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b + 1 < tokens.count, tokens.kind(at: b) == .word, !tokens.isCapitalized(at: b),
              lexicon.roleVerbs[tokens.lower(at: b)] != nil || Self.makingVerbs.contains(tokens.lower(at: b)) else { return false }
        return tokens.lower(at: b + 1) != "by"
    }
    static let makingVerbs: WordSet = ["made", "released", "recorded", "wrote", "created", "built", "started", "founded", "launched"]

    /// The relation of a place phrase ending right before token `a` ("born in").
    func placeCue(_ tokens: [Token], before a: Int) -> String? {
        guard a >= 1, lexicon.placeCues.hasPhrase(endingWith: tokens.lower(at: a - 1)) else { return nil }
        for length in [3, 2] where a - length >= 0 {
            let phrase = tokens.lowerPhrase((a - length)..<a)
            if let relation = lexicon.placeCues[phrase] { return relation }
        }
        return nil
    }

    static let episodeNouns: WordSet = ["season", "seasons", "episode", "episodes"]

    /// The work type of a work noun right before token `a` ("her book Small Island").
    /// `listAllowed`: whether "films, including X" counts; not for "including X's film".
    func workCue(_ tokens: [Token], before a: Int, listAllowed: Bool = true) -> String? {
        guard a > 0, tokens.kind(at: a - 1) == .word, !tokens.possessive(at: a - 1) else { return nil }
        if let type = lexicon.workCues[tokens.lower(at: a - 1)] { return type }
        // "the fifth season of X", "episodes of X": the title of a series.
        if tokens.lower(at: a - 1) == "of", a >= 2, Self.episodeNouns.contains(tokens.lower(at: a - 2)) { return "series" }
        // "many histories, including Tudor England", "films such as X"
        guard listAllowed, tokens.lower(at: a - 1) == "including" || (tokens.lower(at: a - 1) == "as" && a >= 2 && tokens.lower(at: a - 2) == "such") else { return nil }
        var k = a - 2
        while k >= 0, k >= a - 5 {
            if let type = lexicon.workCues[tokens.lower(at: k)] { return type }
            k -= 1
        }
        return nil
    }

    /// Whether the run at token `a` follows "by", alone or after other names joined by
    /// "and" or commas ("by Ann Lee and Tom Hart").
    func isMakerSlot(_ tokens: [Token], before a: Int) -> Bool {
        var k = a - 1
        while k >= 0, a - k <= 8, tokens.lower(at: k) == "and" || tokens.lower(at: k) == "," || (tokens.isCapitalized(at: k) && k < a - 1) { k -= 1 }
        return k >= 0 && tokens.lower(at: k) == "by"
    }

    /// "RadicalMedia", "HuffPost": a capital after a lower-case letter inside one word.
    func isCamelCase(_ word: String) -> Bool {
        // "McCaughrean", "MacDonald" are surnames, not brands.
        if word.hasPrefix("Mc") || word.hasPrefix("Mac") { return false }
        var sawLower = false
        for s in word.unicodeScalars {
            if s.isLowerFast { sawLower = true }
            else if s.isUpperFast && sawLower { return true }
            else if s == "/" { sawLower = false }       // "Face/Off": two words joined, not a brand
        }
        return false
    }
}
