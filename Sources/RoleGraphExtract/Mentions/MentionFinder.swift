/// Fourth stage: the names in a sentence, typed by the cues around them.
///
/// Titles in quotes or emphasis that read as Title Case are works; runs of capitalized
/// words are people unless a gazetteer, a suffix ("... University"), a prefix
/// ("Estate of ..."), a work noun before them or a place phrase ("born in") says
/// otherwise. Pronouns and phrases like "the film" become references that coreference
/// resolves later.
public struct MentionFinder: Sendable {
    public let lexicon: Lexicon
    static let pronouns: WordSet = ["he", "she", "him", "his", "her", "hers"]
    /// The pronouns a reference may be: a person's, and "it"/"its" for a work.
    static let referencePronouns: WordSet = ["he", "she", "him", "his", "her", "hers", "it", "its"]
    static let articles: WordSet = ["the", "a", "an"]
    /// Marks a quoted title's own punctuation may end with, left out of the title.
    static let trailingMarks: WordSet = [",", ".", ";", ":"]
    /// Quotes longer than this many tokens are speech, not titles.
    static let longestTitle = 40

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// - Complexity: O(n) in the number of tokens (quote matching looks a bounded
    ///   distance ahead).
    public func find(_ tokens: [Token], text: SourceText, sentence: Range<Int>) -> [Mention] {
        let n = tokens.count
        var consumed = [Bool](repeating: false, count: n)
        var mentions: [Mention] = []
        // About one mention per eight tokens in news prose: one allocation, not a growing series.
        mentions.reserveCapacity(n / 8 + 2)
        let headline = isHeadline(tokens)
        // "LOS ANGELES, June 16 -": a dateline is a source tag, like a byline.
        if let end = datelineEnd(tokens) { for k in 0..<end { consumed[k] = true } }

        // Titles in quote marks.
        var i = 0
        while i < n {
            if tokens.kind(at: i) == .openQuote {
                var j = i + 1
                while j < n, j <= i + Self.longestTitle, tokens.kind(at: j) != .closeQuote, tokens.kind(at: j) != .openQuote { j += 1 }
                if j < n, j <= i + Self.longestTitle, tokens.kind(at: j) == .closeQuote,
                   var content = Optional(i + 1..<j) {
                    while !content.isEmpty, Self.trailingMarks.contains(tokens.text(at: content.upperBound - 1)) {
                        content = content.lowerBound..<(content.upperBound - 1)
                    }
                    if isTitle(tokens, content) || isListedQuote(tokens, content: content, close: j) {
                        var m = work(tokens, content, text: text, whole: i..<(j + 1))
                        m.strength = .strong
                        mentions.append(m)
                        for k in i...j { consumed[k] = true }
                        i = j + 1
                        continue
                    }
                }
            }
            i += 1
        }

        // Titles in italics or emphasis.
        for range in text.emphasis where range.overlaps(sentence) {
            guard let a = tokens.firstIndex(where: { $0.start >= range.lowerBound }),
                  a < n, tokens.start(at: a) < range.upperBound else { continue }
            var b = a
            while b < n, tokens.end(at: b) <= range.upperBound { b += 1 }
            let content = a..<b
            if !content.isEmpty, !content.contains(where: { consumed[$0] }), isTitle(tokens, content) {
                var m = work(tokens, content, text: text, whole: content)
                m.strength = .strong
                mentions.append(m)
                for k in content { consumed[k] = true }
            }
        }

        // Pronouns and "the film".
        for k in 0..<n where !consumed[k] && tokens.kind(at: k) == .word {
            // "worked on Succession and His Dark Materials": a capitalized "His" inside a
            // sentence opens a title (the capital, read in place, is tested first).
            if tokens.isCapitalized(at: k) && isTitlePronoun(tokens, at: k) { continue }
            guard mayOpenReference(tokens.lower(at: k)) else { continue }
            if let m = reference(tokens, at: k) {
                mentions.append(m)
                for t in m.tokens { consumed[t] = true }
            }
        }

        awardTitles(tokens, text: text, consumed: &consumed, into: &mentions)

        // Runs of capitalized words.
        var k = 0
        // Where the last title read from a verb's slot ended: a list may go on from it
        // ("worked on Succession and His Dark Materials").
        var slotEnd = -1, slotItems = 0
        // Where the last title of any kind ended ("Reputation and Lover").
        var workEnd = -1
        while k < n {
            // A run opens at a capital, or at a number that opens a title.
            guard !consumed[k], tokens.isCapitalized(at: k) || tokens.isNumber(at: k) && (isOrdinalStart(tokens, at: k) || isBareNumberTitle(tokens, at: k, text: text)
                    || (slotEnd >= 0 && k == slotEnd + 1 && isListedNumberTitle(tokens, at: k))
                    || isLeadingNumberTitle(tokens, at: k)) else { k += 1; continue }
            var e = k + 1
            // ", and" closes a list of three or more; after one title it starts a new
            // clause ("by Craig Mazin, the writer of Chernobyl, and Druckmann").
            let listed = slotEnd >= 0 && ((k == slotEnd + 1 && [",", "and", "or"].contains(tokens.lower(at: slotEnd)))
                || (slotItems >= 2 && k == slotEnd + 2 && tokens.text(at: slotEnd) == "," && ["and", "or"].contains(tokens.lower(at: slotEnd + 1))))
            // "the singles X and Y": a plural work noun opens a list too.
            let pluralCue = k > 0 && Self.endsInS(tokens.lower(at: k - 1)) && !tokens.possessive(at: k - 1) && workCue(tokens, before: k, listAllowed: false) != nil
            let verbSlot = listed || pluralCue || isVerbTitleSlot(tokens, at: k)
            let titleSlot = verbSlot || isTitleSlot(tokens, at: k)
            // Once a colon has opened a subtitle the run is a title, and small words bridge it.
            var subtitled = false
            // A versus joiner, an epithet or a short subtitle was read: only titles have them.
            var marked = tokens.isNumber(at: k) && isLeadingNumberTitle(tokens, at: k)
            let compoundCue = isCompoundCue(tokens, at: k)
            if !tokens.possessive(at: k) && !compoundCue {
                let opensWithArticle = startsWithArticle(tokens, k)
                while e < n, !consumed[e] {
                    if isCompoundCue(tokens, at: e) { break }
                    // "Tarantino's Once Upon a Time in Hollywood": a title opened by a small
                    // word and already bridged may end in a place name.
                    // "Wild at Heart, starring A": a title cue after the bridged run.
                    let cuedAfter = !tokens.isCapitalized(at: e) && titleCueAfterBridge(tokens, at: e)
                    let pastPlaces = cuedAfter || titleSlot && opensWithArticle
                        && (k..<e).contains { !tokens.isCapitalized(at: $0) && Self.bridgeWords.contains(tokens.lower(at: $0)) }
                    if titleSlot || subtitled || opensWithArticle || cuedAfter,
                       let bridged = titleBridge(tokens, at: e, consumed: consumed, allowFor: titleSlot && (!verbSlot || forBridgesAfterVerb(tokens, at: e)),
                                                 allowFrom: verbSlot, pastPlaces: pastPlaces) {
                        e = bridged
                        continue
                    }
                    // "Compartment No. 6"; "Coppola's first feature, Dementia 13".
                    if tokens.isNumber(at: e), isNumberingWord(tokens[e - 1]) || (titleSlot && tokens.isCapitalized(at: e - 1) && !tokens.possessive(at: e - 1)
                                                                                  && (e + 1 >= n || !tokens.isCapitalized(at: e + 1))) {
                        e += 1
                        continue
                    }
                    if tokens.text(at: e) == ".", tokens.lower(at: e - 1) == "no", e + 1 < n, tokens.isNumber(at: e + 1) {
                        e += 2
                        continue
                    }

                    // A number inside a name ("Apollo 13 Mission"), not after a capitalized
                    // small word ("In 2019 Netflix released").
                    if tokens.isCapitalized(at: e) || (tokens.isNumber(at: e) && e > k && tokens.isCapitalized(at: e - 1) && e + 1 < n && tokens.isCapitalized(at: e + 1)
                                                       && !lexicon.stopWords.contains(tokens.lower(at: e - 1))) {
                        e += 1
                        if tokens.possessive(at: e - 1) && !possessiveInsideTitle(tokens, k..<e, consumed: consumed, text: text) { break }
                        continue
                    }
                    if tokens.text(at: e) == ":", !headline, e + 2 < n, Self.articles.contains(tokens.lower(at: e + 1)), tokens.isCapitalized(at: e + 1),
                       tokens.isCapitalized(at: e + 2), !consumed[e + 1], !consumed[e + 2] {
                        e += 2          // "Stranger Things: The First Shadow"
                        continue
                    }
                    // "Ride or Die": in a subtitle "or" joins, where "and" may still list.
                    if subtitled, tokens.lower(at: e) == "or", e + 1 < n, !consumed[e + 1], tokens.isCapitalized(at: e + 1) {
                        e += 2
                        continue
                    }
                    if tokens.text(at: e) == ":", isSubtitleColon(tokens, run: k, at: e, headline: headline, consumed: consumed) {
                        e += 2          // "Bad Boys: Ride or Die"
                        subtitled = true
                        continue
                    }
                    if isVersusJoiner(tokens, at: e, consumed: consumed) || isEpithetTitle(tokens, run: k, at: e, consumed: consumed) {
                        e += 2          // "Godzilla x Kong", "Kraven the Hunter"
                        marked = true
                        continue
                    }
                    if let sub = shortSubtitleEnd(tokens, run: k, at: e, headline: headline, consumed: consumed, marked: marked) {
                        e = sub.end     // "Dune: Part Two", "Spider-Man: Into the Spider-Verse"
                        subtitled = sub.open
                        marked = true
                        continue
                    }
                    // "Mission: Impossible - Dead Reckoning Part One": a title already split by
                    // a colon takes a further part after a spaced dash.
                    if subtitled || marked, ["-", "\u{2013}"].contains(tokens.text(at: e)), !headline, e + 1 < n, !consumed[e + 1],
                       tokens.isCapitalized(at: e + 1), (k..<e).contains(where: { tokens.text(at: $0) == ":" }) {
                        e += 2
                        subtitled = true
                        continue
                    }
                    if tokens.text(at: e) == "*", isStarredAcronym(tokens, at: e) {
                        e += 2          // "M*A*S*H"
                        continue
                    }
                    if tokens.text(at: e) == "&", e + 1 < n, tokens.isCapitalized(at: e + 1), !consumed[e + 1] {
                        e += 1          // "Ellis & Vane"
                        continue
                    }
                    // "The Good, the Bad and the Ugly": "The X" then ", the Y" parts closed by
                    // "and the Z" is one title.
                    if tokens.text(at: e) == ",", e - k == 2, tokens.text(at: k) == "The", let joined = commaTitle(tokens, at: e, consumed: consumed) {
                        e = joined
                        break
                    }
                    // "Brontë Film and TV": two company words joined by "and" end one name.
                    // "National Film and Television School" goes on after it.
                    if tokens.lower(at: e) == "and", e + 1 < n, !consumed[e + 1], lexicon.orgSuffixes.contains(tokens.lower(at: e - 1)),
                       lexicon.orgSuffixes.contains(tokens.lower(at: e + 1)), tokens.isCapitalized(at: e + 1) {
                        e += 2
                        continue
                    }
                    if tokens.lower(at: e) == "and", let joined = titleWithAndThe(tokens, run: k, at: e, consumed: consumed) {
                        e = joined      // "The Boy and the Heron", "Harry Potter and the Goblet of Fire"
                        continue
                    }
                    if tokens.lower(at: e) == "and", let joined = institutionJoinedByAnd(tokens, run: k, at: e, consumed: consumed) {
                        e = joined      // "Academy of Motion Picture Arts and Sciences"
                        break
                    }
                    if let paired = pairedTitle(tokens, run: k, at: e, consumed: consumed) {
                        e = paired
                        break
                    }
                    if tokens.lower(at: e) == "and", !(k > 0 && tokens.possessive(at: k - 1)),
                       let joined = titleJoinedByAnd(tokens, at: e, consumed: consumed) {
                        e = joined
                        break
                    }
                    if tokens.kind(at: e) == .word, lexicon.nameParticles.contains(tokens.lower(at: e)) || (tokens.lower(at: e) == "the" && tokens.lower(at: e - 1) == "of"),
                       e + 1 < n, !consumed[e + 1],
                       tokens.isCapitalized(at: e + 1) || (tokens.lower(at: e + 1) == "the" && e + 2 < n && tokens.isCapitalized(at: e + 2))
                        || (lexicon.nameParticles.contains(tokens.lower(at: e + 1)) && e + 2 < n && tokens.isCapitalized(at: e + 2) && !consumed[e + 2]) {
                        e += 1
                        continue
                    }
                    break
                }
            }
            if compoundCue {
                if let m = compoundPlace(tokens[k], at: k) { mentions.append(m) }
                k += 1
                continue
            }
            // "21 Laps Entertainment": a number before a company name belongs to it.
            var from = k
            // "Back to Black, produced by": a title cut at a small word joins again when
            // the credit after it shows it is one title.
            if k >= 2, Self.bridgeWords.contains(tokens.lower(at: k - 1)), !tokens.isCapitalized(at: k - 1), !consumed[k - 1],
               let last = mentions.last, last.tokens.upperBound == k - 1, last.type != .work, last.reference == .name,
               !tokens.possessive(at: k - 2), isCreditedByAfter(tokens, runEnd: e) {
                from = mentions.removeLast().tokens.lowerBound
            }
            if k > 0, tokens.isNumber(at: k - 1), tokens.text(at: k - 1).unicodeScalars.allSatisfy(\.isDigitFast), !consumed[k - 1],
               e - k >= 2, lexicon.orgSuffixes.contains(tokens.lower(at: e - 1)),
               // "won 10 Emmy Awards": before a ceremony the number counts its prizes.
               !lexicon.awardCues.contains(tokens.lower(at: e - 1)),
               !(k > 1 && (tokens.isNumber(at: k - 2) || tokens.isCapitalized(at: k - 2))) {
                from = k - 1
            }
            // A list item must end where a list goes on or stops: "and Mark Mylod will
            // direct" names a person, not a further title.
            let slot = verbSlot && (!listed || e >= n || [",", "and", "or", ".", ";", ")", "("].contains(tokens.lower(at: e)))
                || isCreditVerbObject(tokens, run: from, end: e)
            let coordinated = e == k + 1 && isCoordinatedBareTitle(tokens, at: k, afterWork: workEnd)
            let found = mentions.count
            classify(tokens, from..<e, text: text, headline: headline, slot: slot || marked || coordinated, into: &mentions)
            if hasWork(mentions, from: found, endingAt: e) {
                workEnd = e
                if slot {
                    slotItems = listed ? slotItems + 1 : 1
                    slotEnd = e
                }
            }
            k = e
        }

        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        markBracketed(&mentions, tokens)
        markSharedSurnames(&mentions, tokens)
        return mentions
    }

    /// Whether a mention from index `first` on is a work ending before token `end`.
    private func hasWork(_ mentions: [Mention], from first: Int, endingAt end: Int) -> Bool {
        (first..<mentions.count).contains { mentions[$0].type == .work && mentions[$0].tokens.upperBound == end }
    }

    /// Marks the mentions inside round brackets, in one sweep over the tokens.
    /// - Precondition: `mentions` are in order of their first token.
    private func markBracketed(_ mentions: inout [Mention], _ tokens: [Token]) {
        var depth = 0, t = 0
        for index in mentions.indices {
            let first = mentions[index].tokens.lowerBound
            while t < first {
                if tokens.text(at: t) == "(" { depth += 1 } else if tokens.text(at: t) == ")" { depth = max(0, depth - 1) }
                t += 1
            }
            mentions[index].bracketed = depth > 0
        }
    }

    /// A line whose long words are nearly all capitalized: names in it are only guesses.
    func isHeadline(_ tokens: [Token]) -> Bool {
        // Headlines carry no final period; titles in quotes and brackets do not count.
        if let last = tokens.last, last.text == "." { return false }
        var long = 0, capitalized = 0, inside = 0
        for t in tokens {
            switch t.kind {
            case .openQuote: inside += 1
            case .closeQuote: inside = max(0, inside - 1)
            case .punct where t.text == "(": inside += 1
            case .punct where t.text == ")": inside = max(0, inside - 1)
            case .word where inside == 0 && Self.hasMoreScalars(t.text, than: 3) && !t.isNumber:
                long += 1
                if t.isCapitalized { capitalized += 1 }
            default: break
            }
        }
        return long >= 4 && capitalized * 10 >= long * 7
    }

    /// Title Case: starts with a capital or digit, every other word capitalized or a short
    /// title word; at most 15 words.
    func isTitle(_ tokens: [Token], _ content: Range<Int>) -> Bool {
        let words = content.lazy.filter { tokens.kind(at: $0) == .word }
        let count = words.count
        guard count > 0, count <= 15, let first = words.first else { return false }
        guard tokens.isCapitalized(at: first) || tokens.isNumber(at: first) else { return false }
        if content.contains(where: { tokens.kind(at: $0) == .openQuote || tokens.kind(at: $0) == .closeQuote }) { return false }
        for w in words.dropFirst() where !(tokens.isCapitalized(at: w) || tokens.isNumber(at: w) || lexicon.titleWords.contains(tokens.lower(at: w))) {
            return false
        }
        if count == 1 && (lexicon.stopWords.contains(tokens.lower(at: first)) || lexicon.roles[tokens.lower(at: first)] != nil) {
            return false
        }
        return true
    }

    private func work(_ tokens: [Token], _ content: Range<Int>, text: SourceText, whole: Range<Int>) -> Mention {
        let start = tokens.start(at: content.lowerBound)
        let end = tokens.end(at: content.upperBound - 1)
        var m = Mention(tokens: whole, start: start, end: end, name: text.text(start..<end),
                        type: .work, strength: .strong)
        // A work noun and "new"/"upcoming" shortly before: "the new documentary, 'X'".
        var k = whole.lowerBound - 1
        var seen = 0
        while k >= 0, seen < 4 {
            if tokens.kind(at: k) == .word {
                let lower = tokens.lower(at: k)
                if m.workType == nil, let type = lexicon.workCues[lower] { m.workType = type }
                else if m.workType != nil, lexicon.referenceWords[lower] == true { m.focus = true }
                else if m.workType == nil && !tokens.isNumber(at: k) && lower != "cult" { break }
                seen += 1
            } else if tokens.text(at: k) != "," {
                break
            }
            k -= 1
        }
        if whole.upperBound < tokens.count, tokens.possessive(at: whole.upperBound) {
            m.possessive = true
        }
        if tokens.possessive(at: content.upperBound - 1) { m.possessive = true }
        return m
    }

    /// Whether `lower` is a word `reference` can start from: a pronoun, "it"/"its" or a
    /// work noun. Most words are turned away here, with no mention built for them.
    private func mayOpenReference(_ lower: String) -> Bool {
        !lexicon.classes(of: lower).isDisjoint(with: WordClasses.referencePronoun.union(.workCue))
    }

    private func reference(_ tokens: [Token], at k: Int) -> Mention? {
        let lower = tokens.lower(at: k)
        if Self.pronouns.contains(lower) {
            var m = Mention(tokens: k..<(k + 1), start: tokens.start(at: k), end: tokens.end(at: k), name: tokens.text(at: k), type: .person, strength: .weak)
            m.reference = .pronoun
            m.possessive = lower == "his" || lower == "her"
            return m
        }
        if lower == "it" || lower == "its", let m = workPronoun(tokens, at: k) { return m }
        // "the sequel" is another work than the one before it, so it refers to none.
        guard let type = lexicon.workCues[lower], Self.hasMoreScalars(lower, than: 1), !Self.endsInS(lower) || type == "series", type != "sequel" else { return nil }
        // "the film 'X'" and "the film, 'X'" introduce X; they do not refer back.
        for ahead in (k + 1)..<min(tokens.count, k + 3) where !tokens.possessive(at: k) {
            if tokens.kind(at: ahead) == .openQuote || tokens.isCapitalized(at: ahead) { return nil }
            if tokens.text(at: ahead) != "," { break }
        }
        var first = k - 1
        var focus = false
        var determiner: Int? = nil
        while first >= 0, first >= k - 3 {
            guard tokens.kind(at: first) == .word else { return nil }
            if let isFocus = lexicon.referenceWords[tokens.lower(at: first)] {
                if !isFocus { determiner = first; break }
                focus = true
            } else if tokens.isCapitalized(at: first) || tokens.possessive(at: first) {
                return nil
            }
            first -= 1
        }
        guard let determiner else { return nil }
        first = determiner
        var m = Mention(tokens: first..<(k + 1), start: tokens.start(at: first), end: tokens.end(at: k),
                        name: tokens.lower(at: k), type: .work, workType: type, strength: .weak)
        m.reference = .definite(workType: type)
        m.focus = focus
        m.possessive = tokens.possessive(at: k)
        return m
    }

    /// "Pride and Prejudice by Jane Austen": a run after "and" that ends right before
    /// "by" and a name continues the title; returns the end of the joined run.
    private func titleJoinedByAnd(_ tokens: [Token], at e: Int, consumed: [Bool]) -> Int? {
        // "X and in the US by Y" joins no title: the part after "and" opens with a capital.
        guard e + 1 < tokens.count, tokens.isCapitalized(at: e + 1) else { return nil }
        var j = e + 1
        while j < tokens.count, j - e <= 8, !consumed[j], tokens.lower(at: j) != "by",
              tokens.isCapitalized(at: j) || lexicon.titleWords.contains(tokens.lower(at: j)) {
            j += 1
        }
        guard j > e + 1, j + 1 < tokens.count, tokens.lower(at: j) == "by", tokens.isCapitalized(at: j + 1),
              tokens.isCapitalized(at: j - 1) else { return nil }
        return j
    }

    /// In a sentence about a prize, the capitalized title right after "for" or "with" is
    /// the winning work ("won for Eve Green", "in 1994 with Gold Dust").
    private func awardTitles(_ tokens: [Token], text: SourceText, consumed: inout [Bool], into mentions: inout [Mention]) {
        let n = tokens.count
        guard n >= 2 else { return }
        // Whether the sentence speaks of a prize: looked for at the first "for" or "with"
        // before a capital, since most sentences have none.
        lazy var aboutPrize = tokens.indices.contains { lexicon.awardCues.contains(tokens.lower(at: $0)) }
        for k in 0..<(n - 1) where !consumed[k + 1] && tokens.isCapitalized(at: k + 1) && (tokens.lower(at: k) == "for" || tokens.lower(at: k) == "with")
            && aboutPrize
            && !(k > 0 && lexicon.notEntitySuffixes.contains(tokens.lower(at: k - 1)))      // "Prize for Fiction": a category
            && !(k > 1 && tokens.lower(at: k - 2) == "acting")      // "acting prizes for A, B and C": people
            && (tokens.lower(at: k) == "for" || isNearAwardCue(tokens, before: k)) {
            var e = k + 1
            var last = e
            while e < n, !consumed[e], e - k <= 15 {
                if tokens.isCapitalized(at: e) || tokens.isNumber(at: e) {
                    last = e
                    e += 1
                    if tokens.possessive(at: last) { break }
                    continue
                }
                // Title words ("of the") inside a title, when a capital follows them.
                var j = e
                // "for"/"with" open the next title rather than continue this one.
                while j < n, j - e < 3, tokens.kind(at: j) == .word, lexicon.titleWords.contains(tokens.lower(at: j)),
                      tokens.lower(at: j) != "for", tokens.lower(at: j) != "with" { j += 1 }
                if j > e, j < n, tokens.isCapitalized(at: j) {
                    e = j
                    continue
                }
                break
            }
            var span = (k + 1)..<(last + 1)
            guard !tokens.possessive(at: last), !(last + 1 < n && tokens.possessive(at: last + 1)) else { continue }
            // "for Brokeback Mountain and Babel": two titles, the second one kept as well.
            if let and = span.first(where: { tokens.lower(at: $0) == "and" }), and > span.lowerBound, and + 1 < span.upperBound,
               tokens.isCapitalized(at: and - 1), tokens.isCapitalized(at: and + 1) {
                let second = (and + 1)..<span.upperBound
                let s2 = tokens.start(at: second.lowerBound), e2 = tokens.end(at: second.upperBound - 1)
                if !second.contains(where: { consumed[$0] }) {
                    mentions.append(Mention(tokens: second, start: s2, end: e2, name: text.text(s2..<e2), type: .work, strength: .plain))
                    for t in second { consumed[t] = true }
                }
                span = span.lowerBound..<and
                last = and - 1
            }
            let start = tokens.start(at: span.lowerBound), end = tokens.end(at: last)
            let name = text.text(start..<end)
            let lower = name.lowercased()
            let words = span.map { tokens.lower(at: $0) }
            if lexicon.organizations[lower] != nil || lexicon.places.contains(lower) || lexicon.isNotEntity(lower)
                || lexicon.personTitles.contains(words[0]) || words.allSatisfy({ lexicon.stopWords.contains($0) })
                || (words.count == 1 && !lexicon.stopWords.isDisjoint(with: words)) {
                continue
            }
            if words.count >= 2, lexicon.orgSuffixes.contains(words.last!) { continue }
            mentions.append(Mention(tokens: span, start: start, end: end, name: name, type: .work, strength: .plain))
            for t in span { consumed[t] = true }
        }
    }

    /// "London-based", "Kyiv-born": the first part is a place.
    private func isCompoundCue(_ tokens: [Token], at k: Int) -> Bool {
        guard tokens.kind(at: k) == .word else { return false }
        let lower = tokens.lower(at: k)
        // Both cues are ASCII, which no other characters match: a word ending in one ends
        // in its bytes, "d" or "n" last and the hyphen five or six bytes before the end.
        let mayEndInCue = lower.utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count, hyphen = UInt8(ascii: "-")
            return (n >= 6 && bytes[n - 1] == UInt8(ascii: "d") && bytes[n - 6] == hyphen)
                || (n >= 5 && bytes[n - 1] == UInt8(ascii: "n") && bytes[n - 5] == hyphen)
        } ?? true
        return mayEndInCue && (lower.hasSuffix("-based") || lower.hasSuffix("-born"))
    }

    private func compoundPlace(_ t: Token, at k: Int) -> Mention? {
        guard let dash = t.text.lastIndex(of: "-") else { return nil }
        let name = String(t.text[..<dash])
        guard !name.isEmpty else { return nil }
        var m = Mention(tokens: k..<(k + 1), start: t.start, end: t.start + name.unicodeScalars.count,
                        name: name, type: .place, strength: .strong)
        m.compound = t.lower.hasSuffix("-born") ? "born" : "based"
        return m
    }
}

extension MentionFinder {
    /// `word.hasSuffix("s")`, the last byte tested first: a word whose last character is
    /// "s" ends in that byte, and most words do not.
    @inline(__always)
    static func endsInS(_ word: String) -> Bool {
        lastByte(word) == UInt8(ascii: "s") && word.hasSuffix("s")
    }

    /// The last UTF-8 byte of `word`, nil when it is empty. A small ASCII string (nearly
    /// every word) gives it from its two machine words (`smallASCIIWords`); any other is
    /// read through its UTF-8 view.
    @inline(__always)
    static func lastByte(_ word: String) -> UInt8? {
        if let (w0, w1, count) = word.smallASCIIWords {
            guard count > 0 else { return nil }
            let m = count - 1
            return UInt8(truncatingIfNeeded: m < 8 ? w0 >> (8 * UInt64(m)) : w1 >> (8 * UInt64(m - 8)))
        }
        return word.utf8.last
    }

    /// Whether `word` has more than `limit` Unicode scalars, counted from its UTF-8 bytes
    /// (each byte that does not continue a scalar starts one) without decoding them. A
    /// small ASCII string (`smallASCIIWords`) holds as many scalars as bytes.
    static func hasMoreScalars(_ word: String, than limit: Int) -> Bool {
        if let small = word.smallASCIIWords { return small.count > limit }
        return word.utf8.withContiguousStorageIfAvailable { $0.lazy.filter { $0 & 0xC0 != 0x80 }.count > limit }
            ?? (word.unicodeScalars.count > limit)
    }
}

/// Fields of token `i`, read in place; the stage reads tokens only through these. Where
/// the optimizer does not inline the array's subscript (in a function as long as
/// `classify`, or one called at every run), every `tokens[i].lower` copies (retains and
/// releases) the whole token.
extension Array where Element == Token {
    @inline(__always)
    private func field<T>(_ i: Int, _ read: (Token) -> T) -> T {
        precondition(i >= 0 && i < count, "Index out of range")
        return withUnsafeBufferPointer { read($0[i]) }
    }

    @inline(__always) func lower(at i: Int) -> String { field(i) { $0.lower } }
    @inline(__always) func text(at i: Int) -> String { field(i) { $0.text } }
    @inline(__always) func start(at i: Int) -> Int { field(i) { $0.start } }
    @inline(__always) func end(at i: Int) -> Int { field(i) { $0.end } }
    @inline(__always) func kind(at i: Int) -> Token.Kind { field(i) { $0.kind } }
    @inline(__always) func possessive(at i: Int) -> Bool { field(i) { $0.possessive } }
    @inline(__always) func isCapitalized(at i: Int) -> Bool { field(i) { $0.isCapitalized } }
    @inline(__always) func isNumber(at i: Int) -> Bool { field(i) { $0.isNumber } }

    /// The lower-cased words of the tokens in `range` joined by single spaces (the
    /// gazetteers' form of a phrase), appended one by one rather than gathered into an
    /// array and joined.
    func lowerPhrase(_ range: Range<Int>) -> String {
        guard range.count != 1 else { return lower(at: range.lowerBound) }
        var phrase = ""
        for i in range {
            if i > range.lowerBound { phrase.append(" ") }
            phrase.append(lower(at: i))
        }
        return phrase
    }
}
