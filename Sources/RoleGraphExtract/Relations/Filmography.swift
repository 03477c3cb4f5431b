/// Credits of obituaries and profiles that list a career: "His other films included W1
/// (1973), A's W2 (1976); W3 (1978) and W4", "Altman then cast him as ... in W".
extension Clause {
    /// Nouns for a person's body of work before "include(d)"; "credits" and "work" are read
    /// by `workOn`.
    static let careerNouns: WordSet = ["films", "movies", "pictures", "roles", "parts", "performances", "plays", "books", "novels", "albums", "records"]
    static let careerIncludeVerbs: WordSet = ["include", "includes", "included", "including"]

    /// "his other films included W1, W2; A's W3 and W4": every title listed (each after a
    /// comma, semicolon or "and", maybe behind a maker's possessive) gets the owner's role:
    /// the role the story gives them, else actor for "roles", else `worked_on`.
    /// - Complexity: O(1) per cue: at most 80 items after it.
    func careerList() {
        for t in items.indices where Self.careerNouns.contains(word(t)) && Self.careerIncludeVerbs.contains(word(t + 1)) {
            var owner: Int? = nil
            var k = t - 1
            while k >= 0, t - k <= 4 {
                if isPerson(k) {
                    if items[k].possessive { owner = items[k].entity }
                    break
                }
                guard items[k].isWord, items[k].type == nil else { break }
                k -= 1
            }
            guard let owner else { continue }
            let role = titleRoles[owner] ?? (word(t).isOne(of: "roles", "parts", "performances") ? "actor" : nil)
            var w = t + 2
            var opensItem = true
            // A list ends with its sentence; 80 items bound a list with no end.
            while w < items.count, w - t <= 80, word(w) != "." {
                if isWork(w), items[w].reference == .name, !items[w].bracketed, opensItem {
                    if let role { add(owner, items[w].entity, .credit, role, 0.65) }
                    else { add(owner, items[w].entity, .other, "worked_on", 0.5) }
                    opensItem = false
                } else if word(w).isOne(of: ",", ";", "and") {
                    opensItem = true
                } else if isPerson(w), items[w].possessive {
                    // "A's W": the maker's possessive leaves the item open.
                } else if !items[w].bracketed, word(w) != "(", word(w) != ")" {
                    opensItem = false
                }
                w += 1
            }
        }
    }

    static let knownAsVerbs: WordSet = ["cast", "recast", "knew", "know", "remember", "remembered"]

    /// "Altman then cast him as the surgeon in W": the person cast is an actor of the work.
    func castPronounAs() {
        // "knew him as the tyrant N in W", "remembered her as N in W": known for a part.
        for c in items.indices where Self.knownAsVerbs.contains(word(c)) && items[c + 1 < items.count ? c + 1 : c].reference == .pronoun
            && word(c + 2) == "as" {
            guard let person = items[c + 1].entity else { continue }
            var w = c + 3
            while w < items.count, w - c <= 10, word(w) != "in", !word(w).isOne(of: ".", ";", ",") { w += 1 }
            guard word(w) == "in", isWork(w + 1), items[w + 1].reference == .name else { continue }
            add(person, items[w + 1].entity, .credit, "actor", 0.6)
        }
    }
}

extension MentionFinder {
    /// Verbs whose "as" introduces a part played.
    static let actingVerbs: WordSet = [
        "cast", "recast", "play", "plays", "played", "playing", "star", "stars", "starred", "starring",
        "knew", "know", "known", "remembered", "appeared", "appears",
    ]
}

extension Clause {
    /// For the comma at `end` closing ", developed by A from characters in B's W,": the work
    /// before the opening comma, when a participle opens the phrase and no verb of its own
    /// closes it.
    /// - Complexity: O(1): at most 24 items back.
    func workBeforeParticiple(endingAt end: Int) -> Int? {
        var c = end - 1
        while c > 0, end - c <= 24, word(c) != ",", word(c) != ";", word(c) != "." { c -= 1 }
        guard word(c) == ",", c + 1 < end, items[c + 1].isWord, items[c + 1].type == nil,
              lexicon.roleVerbs[word(c + 1)] != nil || word(c + 1).isOne(of: "based", "set", "adapted", "inspired"),
              isWork(c - 1), !items[c - 1].bracketed, !items[c - 1].possessive else { return nil }
        return c - 1
    }
}

extension Clause {
    /// Reviews name the cast by their parts: "A, who is also a producer, plays Lord X",
    /// "B, as the interpreter Mariko, gives the series its heart": each acts in the work
    /// in view.
    func playsAPart() {
        for p in items.indices where isPerson(p) && !items[p].possessive && !items[p].bracketed && items[p].reference == .name {
            var k = p + 1
            // Past an aside: ", who is also a producer on the show,".
            if word(k) == ",", word(k + 1) == "who" {
                var c = k + 2
                while c < items.count, c - k <= 12, word(c) != ",", word(c) != "." { c += 1 }
                guard word(c) == "," else { continue }
                k = c + 1
            }
            let plays = word(k).isOne(of: "plays", "portrays") && isPerson(k + 1) && !items[k + 1].possessive
                && word(k + 2).isOne(of: ",", ".", ";", "and", "a", "an", "the", "who")
            let asPart = word(k) == "," && word(k + 1) == "as" && word(k + 2).isOne(of: "the", "a", "an")
            guard plays || asPart, let anchor = anchorOutsideAsides(near: p) ?? heldWork.map({ ($0, false) }) else { continue }
            if asPart {
                // The aside must close before a verb: "B, as the interpreter Mariko, gives".
                var c = k + 3
                while c < items.count, c - k <= 8, word(c) != ",", word(c) != "." { c += 1 }
                guard word(c) == ",", items.indices.contains(c + 1), items[c + 1].isWord, items[c + 1].type == nil else { continue }
            }
            add(items[p].entity, anchor.work, .credit, "actor", anchor.sameSentence ? 0.55 : 0.5)
        }
    }
}
