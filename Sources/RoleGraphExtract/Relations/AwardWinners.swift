/// Winners named without the ceremony in their sentence: "Three craft awards went to A,
/// B and C", "X was named best actor", "Y won the supporting actor award", "the jury
/// gave its prize to W". When the story names exactly one festival or ceremony, each
/// winner won there.
extension Clause {
    static let prizeWords: WordSet = ["award", "awards", "prize", "prizes", "best", "cup", "lion", "bear", "palm", "palme", "prix", "oscar", "oscars", "trophy", "medal"]
    /// Verbs of winning or being named before a prize ("won the supporting actor award").
    static let winningVerbs: WordSet = ["won", "wins", "win", "took", "takes", "named", "collected", "collecting", "picked"]

    func winnersOfTheEvent() {
        guard let event = events.count == 1 ? events.first : nil,
              items.indices.contains(where: { items[$0].isWord && Self.prizeWords.contains(word($0)) }),
              !items.indices.contains(where: { items[$0].type == .organization && items[$0].entity != nil && items[$0].entity != event && !items[$0].possessive })
        else { return }
        // The ceremony's own sentence is read by the award rule.
        if items.indices.contains(where: { items[$0].entity == event && items[$0].type == .organization }) { return }
        // Each word is compared with the module's `==` or looked up once (a `switch` over
        // strings would call out of line for every case that does not match).
        for i in items.indices {
            if word(i) == "to" {
                // "... went to A (...), B and C", "gave its prize to W and its other prize to V".
                var b = i - 1
                var given = false
                while b >= 0, i - b <= 8, !word(b).isOne(of: ".", ";") {
                    if word(b).isOne(of: "went", "go", "goes", "gave", "give", "gives", "given", "presented", "awarded") || Self.prizeWords.contains(word(b)) { given = true; break }
                    b -= 1
                }
                guard given else { continue }
                var k = i + 1
                while k < items.count, k - i <= 40 {
                    if !items[k].bracketed, (isWork(k) && items[k].reference == .name) || (isPerson(k) && !items[k].possessive) {
                        add(items[k].entity, event, .other, "award_won", 0.55)
                    } else if !(items[k].bracketed || word(k).isOne(of: "(", ")", ",", "and") || (isPerson(k) && items[k].possessive)
                                || lexicon.roles[word(k)] != nil) {
                        break
                    }
                    k += 1
                }
            } else if Self.winningVerbs.contains(word(i)) {
                // "X was named best actor", "Y won the supporting actor award".
                var k = i + 1
                var prize = false, otherCeremony = false
                while k < items.count, k - i <= 6, items[k].isWord, items[k].type == nil, !word(k).isOne(of: ".", ";", ",") {
                    if Self.prizeWords.contains(word(k)) { prize = true }
                    if namesCeremony(at: k) { otherCeremony = true }
                    k += 1
                }
                // "won the Academy Award for Best Actor" in a story whose one festival is
                // Cannes: the prize's own name says which ceremony gave it.
                guard prize, !otherCeremony else { continue }
                if let w = workWinner(before: i) { add(w, event, .other, "award_won", 0.55) }
                else if let p = person(before: i, within: 10) { add(p, event, .other, "award_won", 0.55) }
            }
        }
    }

    /// Whether the plain words at item `k` name a ceremony by its prize: "Academy Award"
    /// (the Academy Awards), "Emmy", "Golden Globe".
    func namesCeremony(at k: Int) -> Bool {
        let one = word(k)
        if lexicon.prizeForms.contains(one) || lexicon.organizations[one + "s"] != nil { return true }
        guard k + 1 < items.count, items[k + 1].isWord else { return false }
        return lexicon.organizations[one + " " + word(k + 1) + "s"] != nil
    }
}
