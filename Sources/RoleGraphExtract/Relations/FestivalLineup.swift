/// Festival line-up announcements: which works compete, which one opens the festival, and
/// who sits on the jury. The festival is the story's main one (named most, else first).
extension Clause {
    static let competitionWords: WordSet = ["competition", "compete", "competes", "competing", "contention"]
    static let openingVerbs: WordSet = ["opens", "open", "opened", "opening", "closes", "close", "closed", "closing"]
    static let juryWords: WordSet = ["jurors", "juror", "jury"]

    /// "Among the titles in competition: W1 (A), W2 (B)", "Also in the running are W3 and
    /// W4": each named work competes at the festival; "The festival opens with W": W
    /// premieres there.
    func festivalLineup() {
        guard let festival = mainFestival else { return }
        var competing = false
        for t in items.indices where items[t].isWord && items[t].type == nil {
            if Self.competitionWords.contains(word(t)) || (word(t) == "running" && word(t - 1) == "the" && word(t - 2) == "in") { competing = true }
            // "The festival opens with W", "the festival will close with W".
            if Self.openingVerbs.contains(word(t)), word(t + 1) == "with", isWork(t + 2), items[t + 2].reference == .name,
               (0..<t).contains(where: { word($0) == "festival" || items[$0].entity == festival }) {
                add(items[t + 2].entity, festival, .other, "premiered_at", 0.6)
            }
        }
        guard competing else { return }
        for w in items.indices where isWork(w) && items[w].reference == .name && !items[w].bracketed && !items[w].modifier {
            add(items[w].entity, festival, .other, "competed_at", 0.55)
        }
    }

    /// "A will preside over the international jury", "A, president of this year's jury",
    /// "the jury, chaired by A": the jury president; "her fellow jurors include the
    /// directors A, B and C and the actress D": jurors.
    func festivalJury() {
        guard let festival = mainFestival else { return }
        for t in items.indices where Self.juryWords.contains(word(t)) {
            if word(t) == "jury" {
                var president: Int? = nil
                if word(t - 1) == "international" || word(t - 1) == "the", (t - 5..<t).contains(where: { word($0) == "preside" || word($0) == "presides" || word($0) == "head" || word($0) == "heads" || word($0) == "chair" || word($0) == "chairs" }) {
                    president = person(before: t, within: 8)
                } else if word(t + 1) == ",", word(t + 2).isOne(of: "chaired", "headed", "led"), word(t + 3) == "by" {
                    var p = t + 4
                    while p < items.count, p - t <= 8, !isPerson(p) { p += 1 }
                    if isPerson(p) { president = items[p].entity }
                }
                if let president { add(president, festival, .affiliation, "jury president", 0.6) }
                continue
            }
            // "jurors include ...": the people listed after the verb, past role nouns.
            guard word(t + 1).isOne(of: "include", "includes", "included", "are", "were") else { continue }
            var p = t + 2
            while p < items.count, p - t <= 40, !word(p).isOne(of: ".", ";") {
                if isPerson(p), !items[p].possessive { add(items[p].entity, festival, .affiliation, "juror", 0.55) }
                p += 1
            }
        }
    }
}
