extension MentionFinder {
    /// Types one run of capitalized words (after trimming words that only happen to be
    /// capitalized), returning no mention for prizes, dates and lone common words.
    func classify(_ tokens: [Token], _ run: Range<Int>, text: SourceText, headline: Bool) -> [Mention] {
        var a = run.lowerBound, b = run.upperBound
        let afterPossessive = a > 0 && tokens[a - 1].possessive
        let keepArticle = afterPossessive && ["the", "a", "an"].contains(tokens[a].lower) && b - a >= 2
        // A gazetteer name keeps its words even when they look like common ones
        // ("New Mexico", "American Cinematographer").
        let known = (a..<b).first { start in
            let lower = text.text(tokens[start].start..<tokens[b - 1].end).lowercased()
            return lexicon.organizations[lower] != nil || lexicon.places.contains(lower)
        }
        if let known {
            a = known
        } else if !keepArticle {
            while a < b, lexicon.stopWords.contains(tokens[a].lower) || lexicon.roles[tokens[a].lower] != nil
                    || lexicon.workCues[tokens[a].lower] != nil || lexicon.roleVerbs[tokens[a].lower] != nil {
                a += 1
            }
        }
        while a < b, tokens[b - 1].kind == .word, !tokens[b - 1].isCapitalized { b -= 1 }
        guard a < b else { return [] }
        // A role noun inside ("Rust Armorer Hannah") splits the run; keep the part after it.
        if known == nil, !lexicon.orgSuffixes.contains(tokens[b - 1].lower),
           let roleAt = (a..<b).last(where: { lexicon.roles[tokens[$0].lower] != nil && $0 > a }) {
            return classify(tokens, (roleAt + 1)..<b, text: text, headline: headline)
        }
        // Prize adjectives: "Oscar-winning", "Emmy-award", "Academy Award-nominated".
        for t in a..<b {
            let parts = tokens[t].lower.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" })
            if parts.count > 1, parts.contains(where: { lexicon.notEntitySuffixes.contains(String($0)) }) { return [] }
        }
        let words = (a..<b).map { tokens[$0].lower }
        let start = tokens[a].start, end = tokens[b - 1].end
        let name = text.text(start..<end)
        let lower = name.lowercased()
        if lexicon.notEntities.contains(lower) || lexicon.notEntitySuffixes.contains(words.last!) { return [] }
        if words.allSatisfy({ lexicon.stopWords.contains($0) }) { return [] }

        var m = Mention(tokens: a..<b, start: start, end: end, name: name, type: .person, strength: .plain)
        m.possessive = tokens[b - 1].possessive
        var extra: [Mention] = []
        let previous = a > 0 ? tokens[a - 1].lower : ""
        let next = b < tokens.count ? tokens[b].lower : ""

        if let canonical = lexicon.organizations[lower] {
            m.type = .organization
            m.strength = .strong
            if canonical.lowercased() != lower { m.canonical = canonical }
        } else if lexicon.places.contains(lower) {
            m.type = .place
            m.strength = .strong
        } else if lexicon.personTitles.contains(words[0]) && words.count >= 2 {
            m.strength = .strong
        } else if let namesPerson = lexicon.orgPrefixes[words[0]], words.count >= 3, words[1] == "of" {
            m.type = .organization
            m.strength = .strong
            if namesPerson {
                var inner = Mention(tokens: (a + 2)..<b, start: tokens[a + 2].start, end: end,
                                    name: text.text(tokens[a + 2].start..<end), type: .person, strength: .plain)
                inner.possessive = m.possessive
                extra.append(inner)
            }
        } else if words.count >= 2, lexicon.orgSuffixes.contains(words.last!) {
            m.type = .organization
            m.strength = .strong
        } else if words.count >= 2, lexicon.placeSuffixes.contains(words.last!) {
            m.type = .place
            m.strength = .strong
        } else if placeCue(tokens, before: a) != nil {
            m.type = .place
            m.strength = .strong
        } else if let type = workCue(tokens, before: a) {
            m.type = .work
            m.workType = type
            m.strength = .strong
        } else if keepArticle {
            m.type = .work
            m.strength = .plain
        } else if words.count == 1 && isCamelCase(tokens[a].text) {
            m.type = .organization
            m.strength = .strong
        } else if words.count == 1 {
            m.strength = .weak
            if lexicon.sayingVerbs.contains(next) || lexicon.roles[previous] != nil
                || lexicon.personTitles.contains(previous) {
                m.cuedPerson = true
            }
        }
        if headline && (m.strength != .strong || m.type == .work) { m.strength = .weak }
        return [m] + extra
    }

    /// The relation of a place phrase ending right before token `a` ("born in").
    func placeCue(_ tokens: [Token], before a: Int) -> String? {
        for length in [3, 2] where a - length >= 0 {
            let phrase = tokens[(a - length)..<a].map(\.lower).joined(separator: " ")
            if let relation = lexicon.placeCues[phrase] { return relation }
        }
        return nil
    }

    /// The work type of a work noun right before token `a` ("her book Small Island").
    func workCue(_ tokens: [Token], before a: Int) -> String? {
        guard a > 0, tokens[a - 1].kind == .word, !tokens[a - 1].possessive else { return nil }
        return lexicon.workCues[tokens[a - 1].lower]
    }

    /// "RadicalMedia", "HuffPost": a capital after a lower-case letter inside one word.
    func isCamelCase(_ word: String) -> Bool {
        var sawLower = false
        for s in word.unicodeScalars {
            if s.properties.isLowercase { sawLower = true }
            else if s.properties.isUppercase && sawLower { return true }
        }
        return false
    }
}
