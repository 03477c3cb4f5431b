/// Places where a verb or a described list, not a genre noun, says a work's title comes
/// next: "starred in X", "worked on X", "a small part in X", "the director of X, Y and Z",
/// "credits include X", "among them X and Y", "a television version of X". A title there
/// keeps the small words it opens with ("His Dark Materials", "I May Destroy You").
extension MentionFinder {
    /// The word before "in" that makes the next run a work: acting in it.
    static let actingInWords: WordSet = [
        "starred", "stars", "star", "starring", "co-starred", "co-stars", "appeared", "appears", "appear",
        "appearing", "role", "roles", "part", "parts", "cameo", "cameos",
    ]
    /// "took part in X": an event, not a role.
    static let takingForms: WordSet = ["took", "take", "takes", "taking"]
    /// "worked on X", "based on X".
    static let workedOnWords: WordSet = ["worked", "work", "works", "working", "based"]
    /// "based his script on X": the verb, and the words that open its object.
    static let basingVerbs: WordSet = ["based", "bases", "basing"]
    static let objectDeterminers: WordSet = ["his", "her", "their", "its", "the", "a", "an"]
    /// Nouns for a new version of a work: "a television version of X".
    static let versionNouns: WordSet = ["version", "adaptation", "remake", "reboot", "sequel", "prequel", "spin-off", "spinoff"]

    /// Whether tokens up to `end` are an article and a role phrase ("the director", "an
    /// executive producer"); a possessive word ends none ("the film's director" of
    /// photography stays out).
    func isArticleRole(_ tokens: [Token], endingAt end: Int) -> Bool {
        for length in 1...3 where end - length >= 0 {
            let start = end + 1 - length
            guard tokens.kind(at: start) == .word, !tokens.possessive(at: start) else { return false }
            // The article first: the phrase is only built after one.
            guard Self.articles.contains(tokens.lower(at: start - 1)) else { continue }
            let phrase = tokens.lowerPhrase(start..<(end + 1))
            if lexicon.roles[phrase] != nil { return true }
        }
        return false
    }

    /// The cases of `isVerbTitleSlot`, told by the word before a run.
    enum VerbSlot: Sendable {
        case actingIn, workedOn, rightsTo, versionOf, debutWith, released, direct, renewed, dropped, included, amongThem
    }

    /// Every word before a run that `isVerbTitleSlot` has a case for, and its case.
    static let verbSlotWords: WordMap<VerbSlot> = [
        "in": .actingIn, "on": .workedOn, "to": .rightsTo, "of": .versionOf, "with": .debutWith,
        "released": .released, "recorded": .released, "reissued": .released,
        "direct": .direct, "directing": .direct,
        "renewed": .renewed, "cancelled": .renewed, "canceled": .renewed, "commissioned": .renewed, "greenlit": .renewed,
        "dropped": .dropped, "axed": .dropped, "scrapped": .dropped,
        "include": .included, "includes": .included, "included": .included,
        "them": .amongThem, ",": .amongThem,
    ]

    /// Whether the run starting at token `a` stands in a verb's or a description's title slot.
    /// - Complexity: O(1): it looks at most a dozen tokens back.
    func isVerbTitleSlot(_ tokens: [Token], at a: Int) -> Bool {
        guard a >= 2 else { return false }
        let before = tokens.lower(at: a - 1)
        // One look-up finds the case, or turns away the words no case handles.
        guard let slot = Self.verbSlotWords[before] else { return false }
        let head = tokens.lower(at: a - 2)
        if tokens.possessive(at: a - 2) && tokens.isCapitalized(at: a - 2) { return false }
        switch slot {
        case .actingIn:
            if tokens.isCapitalized(at: a - 2) { return followsPeopleDirected(tokens, before: a - 1) }
            guard Self.actingInWords.contains(head) else { return false }
            // "took part in X" is an event, not a role.
            if head == "part" || head == "parts", a >= 3, Self.takingForms.contains(tokens.lower(at: a - 3)) { return false }
            return true
        case .workedOn:
            if Self.workedOnWords.contains(head) || workedWithSomeone(tokens, before: a - 1) { return true }
            // "a producer on X", "an executive producer on X".
            if isArticleRole(tokens, endingAt: a - 2) { return true }
            // "based his script on X", "based the film on X": the verb's object sits
            // between it and "on".
            return a >= 4 && tokens.kind(at: a - 2) == .word && !tokens.isCapitalized(at: a - 2)
                && Self.objectDeterminers.contains(tokens.lower(at: a - 3)) && Self.basingVerbs.contains(tokens.lower(at: a - 4))
        case .rightsTo:
            // "bought the rights to Project Hail Mary".
            return head == "rights"
        case .versionOf:
            // "the director of X", "a television version of X"; a role noun must head its
            // phrase after an article ("the film's director of photography" stays out).
            if Self.versionNouns.contains(head) { return true }
            return isArticleRole(tokens, endingAt: a - 2)
        case .debutWith:
            // "made his debut as a director with X".
            var k = a - 2
            while k >= 0, a - k <= 8, tokens.text(at: k) != ".", tokens.text(at: k) != "," {
                if tokens.lower(at: k) == "debut" { return true }
                k -= 1
            }
            return false
        case .released:
            // "released OK Computer in 1997" (the passive "released by" has no capital next).
            return true
        case .direct:
            // "went on to direct Skyfall", "an award for directing American Beauty"; a bare
            // "directed X" is left out, since "directed Tom Hanks" is as common.
            return (before == "direct" && head == "to") || (before == "directing" && head == "for")
        case .renewed:
            // "has renewed Severance for a third season".
            return a + 2 < tokens.count && tokens.isCapitalized(at: a)
        case .dropped:
            // "Netflix dropped Dead Boy Detectives": only after a known company, since a
            // person may drop a person ("the director dropped Ana Ruiz from the cast").
            return a + 2 < tokens.count && tokens.isCapitalized(at: a) && tokens.isCapitalized(at: a - 2)
                && lexicon.organizations[tokens.lower(at: a - 2)] != nil
        case .included:
            // "whose television work includes X", "his credits include X".
            var k = a - 2
            while k >= 0, a - k <= 5 {
                if ["work", "credits", "films", "roles"].contains(tokens.lower(at: k)) || lexicon.workCues[tokens.lower(at: k)] != nil { return true }
                k -= 1
            }
            return false
        case .amongThem:
            // "his films, among them X and Y": a plural work noun shortly before.
            var m = a - 1
            if before == "," { m -= 1 }
            guard m >= 1, tokens.lower(at: m) == "them", tokens.lower(at: m - 1) == "among" else { return false }
            var k = m - 2
            while k >= 0, m - k <= 14 {
                if let type = lexicon.workCues[tokens.lower(at: k)], Self.endsInS(tokens.lower(at: k)), type != "series" || tokens.lower(at: k) == "series" { return true }
                k -= 1
            }
            return false
        }
    }

    /// "directed Tom Hanks and Meg Ryan in X": names right after a verb of making, before
    /// the "in" at `k`, are the people directed, and X is the work.
    func followsPeopleDirected(_ tokens: [Token], before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 10, tokens.isCapitalized(at: j) && !tokens.possessive(at: j) || tokens.text(at: j) == "," || tokens.lower(at: j) == "and" { j -= 1 }
        return j >= 0 && j < k - 1 && ["directed", "co-directed", "helmed"].contains(tokens.lower(at: j))
    }

    /// Past-tense verbs of making whose object is the work made.
    static let creditVerbs: WordSet = [
        "directed", "co-directed", "wrote", "co-wrote", "penned", "scripted", "helmed", "created", "co-created",
        // "He produced Masseduction for St. Vincent": a record producer's credit.
        "produced", "co-produced",
    ]

    /// "Gerwig directed Barbie", "she wrote and directed Lady Bird": the capitalized run
    /// `k..<e` right after a verb of making is the work, unless it reads as the people
    /// directed: a run of two or more words opening with a given name ("directed Tom
    /// Hanks"), or names followed by "in"/"on" and a capital ("directed Hanks and Ryan in
    /// Sleepless in Seattle") or by a word a title would not take ("directed Hanks twice").
    /// - Complexity: O(1): it looks at most a dozen tokens ahead.
    func isCreditVerbObject(_ tokens: [Token], run k: Int, end e: Int) -> Bool {
        guard k >= 1, e > k, Self.creditVerbs.contains(tokens.lower(at: k - 1)), !tokens.possessive(at: e - 1) else { return false }
        if e - k >= 2, lexicon.givenNames.contains(tokens.lower(at: k)) { return false }
        var j = e
        while j < tokens.count, j - e <= 12, tokens.isCapitalized(at: j) || tokens.text(at: j) == "," || tokens.lower(at: j) == "and" { j += 1 }
        guard j < tokens.count else { return true }
        guard tokens.kind(at: j) == .word else { return true }
        switch tokens.lower(at: j) {
        case "in", "on":
            return !(j + 1 < tokens.count && tokens.isCapitalized(at: j + 1))
        default:
            // "directed Hanks twice", "directed Hanks to an Oscar": other words after a
            // name go on about the person.
            return Self.afterMadeWork.contains(tokens.lower(at: j))
        }
    }
    /// Words that may follow the title of a work just made: "wrote Barbie with Baumbach",
    /// "directed Alien for Fox".
    static let afterMadeWork: WordSet = ["for", "with", "from", "at", "and", "or", "before", "after", "while", "which", "that", "based"]

    /// "20th Century Fox", "3rd Rock from the Sun": an ordinal opening a capitalized name,
    /// unless it counts an edition ("the 96th Academy Awards", "its 31st festival").
    func isOrdinalStart(_ tokens: [Token], at k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens.isNumber(at: k), tokens.isCapitalized(at: k + 1) else { return false }
        let scalars = Array(tokens.lower(at: k).unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 6, ["st", "nd", "rd", "th"].contains(String(String.UnicodeScalarView(scalars.suffix(2)))),
              scalars.dropLast(2).allSatisfy(\.isDigitFast) else { return false }
        if k > 0 {
            if tokens.possessive(at: k - 1) || ["the", "its", "their", "his", "her", "our", "my", "this", "that"].contains(tokens.lower(at: k - 1)) { return false }
        }
        return true
    }

    /// "Inside Out 2": a one- or two-digit number closing a capitalized run numbers a
    /// sequel; people's names carry no digits, and a year has four.
    func isSequelNumber(_ t: Token) -> Bool {
        t.isNumber && (1...2).contains(t.lower.utf8.count) && t.lower.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "Bad Boys: Ride or Die", "Star Wars: Andor": two or more capitalized name words, a
    /// colon, then a capital open a title with a subtitle. Not in headlines ("Review: ..."),
    /// not after role or common words ("Executive Producer: Ana Ruiz", "Photo: ..."), and not
    /// after a known place or company ("Los Angeles: ...").
    /// - Complexity: O(length of the run).
    func isSubtitleColon(_ tokens: [Token], run k: Int, at e: Int, headline: Bool, consumed: [Bool]) -> Bool {
        // One word is enough after a verb of making ("directed Dune: Part Two").
        let madeBefore = k >= 1 && Self.creditVerbs.contains(tokens.lower(at: k - 1))
        guard !headline, e - k >= 2 || (e - k == 1 && madeBefore), e + 1 < tokens.count, !consumed[e + 1], tokens.isCapitalized(at: e + 1),
              !lexicon.stopWords.contains(tokens.lower(at: e + 1)) else { return false }
        for t in k..<e {
            let w = tokens[t]
            guard w.isCapitalized, !w.possessive, !lexicon.stopWords.contains(w.lower), lexicon.roles[w.lower] == nil,
                  lexicon.occupations[w.lower] == nil, lexicon.roleVerbs[w.lower] == nil else { return false }
        }
        let lower = tokens.lowerPhrase(k..<e)
        return lexicon.places.contains(lower) == false && lexicon.organizations[lower] == nil
    }

    /// "Compartment No. 6", "Vol. 2": a number after a numbering word stays in the name.
    func isNumberingWord(_ t: Token) -> Bool {
        ["no.", "no", "vol.", "vol", "part", "volume", "chapter", "number", "pt."].contains(t.lower)
    }

    /// "Bergman's Cries and Whispers": in a possessive's title slot, one word, "and", one
    /// word, then no further capital, is one title; returns the end of the joined run.
    func pairedTitle(_ tokens: [Token], run k: Int, at e: Int, consumed: [Bool]) -> Int? {
        guard e == k + 1, k > 0, tokens.possessive(at: k - 1), tokens.isCapitalized(at: k - 1), !tokens.possessive(at: k),
              tokens.lower(at: e) == "and", e + 1 < tokens.count, !consumed[e + 1], tokens.isCapitalized(at: e + 1),
              !tokens.possessive(at: e + 1), !lexicon.stopWords.contains(tokens.lower(at: e + 1)) else { return nil }
        if e + 2 < tokens.count, tokens.isCapitalized(at: e + 2) || tokens.possessive(at: e + 2) { return nil }
        let second = tokens.lower(at: e + 1)
        if lexicon.places.contains(second) || lexicon.organizations[second] != nil { return nil }
        return e + 2
    }

    /// Words that may close a part announced with "will play" or "to play".
    static let afterCastPart: WordSet = [",", ".", ";", "in", "opposite", "and", "for", "on"]
    /// Verbs before "as" and a character's name: "cast as", "returns as".
    static let castAsVerbs: WordSet = [
        "cast", "recast", "stars", "starred", "starring", "appears", "appeared", "plays", "played", "co-stars", "returns", "returned",
    ]

    /// Words after an actor's "as" or "play" name a character, and characters are not
    /// entities ("cast as Minerva McGonagall", "Paapa Essiedu as Severus Snape", "will
    /// play Albus Dumbledore in").
    func isCharacterSlot(_ tokens: [Token], before a: Int, runEnd b: Int) -> Bool {
        guard a >= 1, b - a >= 2 else { return false }
        let before = tokens.lower(at: a - 1)
        if before == "play" || before == "portray" {
            // Only a casting announcement ("will play X", "to play X"): a finished film's
            // "playing Priscilla Presley" may name the real person it is about.
            guard a >= 2, tokens.lower(at: a - 2) == "will" || tokens.lower(at: a - 2) == "to" else { return false }
            return b >= tokens.count || Self.afterCastPart.contains(tokens.lower(at: b))
        }
        // "cast him as the surgeon Hawkeye Pierce", "knew him as the tyrant President
        // Snow": a describing noun between "as the" and the name of the part.
        if a >= 4, tokens.kind(at: a - 1) == .word, !tokens.isCapitalized(at: a - 1), tokens.lower(at: a - 2) == "the" || tokens.lower(at: a - 2) == "a",
           tokens.lower(at: a - 3) == "as", lexicon.roles[before] == nil, lexicon.occupations[before] == nil,
           (max(0, a - 8)..<(a - 3)).contains(where: { Self.actingVerbs.contains(tokens.lower(at: $0)) }) {
            return true
        }
        if isDescribedPartAfterPlays(tokens, before: a) { return true }
        guard before == "as", a >= 2 else { return false }
        let head = tokens.lower(at: a - 2)
        if Self.castAsVerbs.contains(head) {
            return true
        }
        // "..., Paapa Essiedu as Severus Snape": a name before "as" in a casting sentence.
        return tokens.isCapitalized(at: a - 2) && isCastingSentence(tokens)
    }

    /// Whether the sentence has a casting word ("cast", "plays", "stars"). Asked only for
    /// a name before "as", which few sentences have.
    /// - Complexity: O(n) in the tokens.
    func isCastingSentence(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { Self.castingCues.contains(tokens.lower(at: $0)) }
    }
    static let castingCues: WordSet = ["cast", "casting", "recast", "plays", "stars"]
}

extension MentionFinder {
    static let titlePronouns: WordSet = ["his", "her", "their", "my", "our"]

    /// A capitalized "His"/"Her"/"Their"/"My" inside a sentence (not after a quote mark,
    /// colon or full stop) before another capitalized word opens a title.
    func isTitlePronoun(_ tokens: [Token], at k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, tokens.isCapitalized(at: k), Self.titlePronouns.contains(tokens.lower(at: k)),
              tokens.isCapitalized(at: k + 1), !tokens.possessive(at: k) else { return false }
        return tokens.kind(at: k - 1) == .word && !tokens.isCapitalized(at: k - 1) || (tokens.text(at: k - 1) == "," && k >= 2 && !tokens.isCapitalized(at: k - 2))
            || (tokens.kind(at: k - 1) == .word && ["and", "or", "in", "on"].contains(tokens.lower(at: k - 1)))
    }

    /// "SZA's second album", "Adele's new record": a lone name owning a described work is
    /// its maker, a person (or a group, which the band rules retype).
    func ownsDescribedWork(_ tokens: [Token], after end: Int) -> Bool {
        guard end >= 0, tokens.possessive(at: end) else { return false }
        var k = end + 1
        while k < tokens.count, k - end <= 3, tokens.kind(at: k) == .word, !tokens.isCapitalized(at: k) {
            if let type = lexicon.workCues[tokens.lower(at: k)], ["album", "song", "novel", "book"].contains(type) { return true }
            k += 1
        }
        return false
    }

    /// "Coldplay, whose members are", "the group's members": a name whose members are
    /// spoken of is a group.
    func isGroupBeforeMembers(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b < tokens.count else { return false }
        if tokens.possessive(at: b - 1) { return tokens.lower(at: b) == "members" }
        return b + 2 < tokens.count && tokens.text(at: b) == "," && tokens.lower(at: b + 1) == "whose" && ["members", "line-up", "lineup"].contains(tokens.lower(at: b + 2))
    }
}

extension MentionFinder {
    /// From the comma after "The X": ", the Y" parts and a closing "and the Z" (all
    /// capitalized after a lower-case "the"); returns the end of the whole title.
    func commaTitle(_ tokens: [Token], at comma: Int, consumed: [Bool]) -> Int? {
        var j = comma
        var parts = 0
        while j + 2 < tokens.count, parts < 4, tokens.text(at: j) == ",", tokens.text(at: j + 1) == "the", tokens.isCapitalized(at: j + 2), !consumed[j + 2] {
            j += 3
            parts += 1
        }
        guard parts >= 1, j + 2 < tokens.count, tokens.lower(at: j) == "and", tokens.text(at: j + 1) == "the", tokens.isCapitalized(at: j + 2),
              !consumed[j + 2], !tokens.possessive(at: j + 2) else { return nil }
        return j + 3
    }
}

extension MentionFinder {
    /// "presented Eden, starring Jude Law": a run before ", starring" and a name is the
    /// work the people act in.
    func isStarringAfter(_ tokens: [Token], runEnd b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens.text(at: b) == ",", tokens.lower(at: b + 1) == "starring" || tokens.lower(at: b + 1) == "featuring" else { return false }
        return tokens.isCapitalized(at: b + 2) && !tokens.possessive(at: b - 1)
    }
}
