/// Acting credits stated by the verbs of box-office and casting news rather than by
/// "star": "A again voices X", "with A as the voice of", "A and B lead the cast", "led the
/// ensemble", "joins the cast", "stars ... opposite A and B".
extension Clause {
    /// Verbs that put their subjects at the head of, or into, a cast noun.
    static let castLeadVerbs: WordSet = ["lead", "leads", "led", "head", "heads", "headed", "join", "joins", "joined", "joining"]
    static let castNouns: WordSet = ["cast", "ensemble", "line-up", "lineup"]
    static let voiceVerbs: WordSet = ["voice", "voices", "voiced", "voicing"]
    /// Small words between a subject list and its verb ("A again voices", "B has joined").
    static let castFillers: WordSet = ["again", "also", "now", "will", "has", "have", "had", "to", "set", "once", "still"]

    /// - Complexity: O(n) in the items of the sentence; each subject list is read once.
    func castVerbs() {
        var p = 0
        while p < items.count {
            guard isPerson(p), !items[p].possessive, !items[p].bracketed, items[p].reference == .name else { p += 1; continue }
            // The coordinated subjects: "A and B", "A, B and C".
            var agents = [p]
            var k = p + 1
            while k + 1 < items.count, word(k).isOne(of: ",", "and"), isPerson(k + 1), !items[k + 1].possessive, !items[k + 1].bracketed {
                agents.append(k + 1)
                k += 2
            }
            let asVoice = word(p + 1) == "as" && word(p + 2) == "the" && word(p + 3) == "voice"     // "with A as the voice of"
            while k < items.count, Self.castFillers.contains(word(k)) { k += 1 }
            let verb = word(k)
            let leads = Self.castLeadVerbs.contains(verb) && word(k + 1) == "the" && Self.castNouns.contains(word(k + 2))
            let credited = asVoice || leads || Self.voiceVerbs.contains(verb)
            if credited, let anchor = anchorWork(near: p) ?? heldWork.map({ ($0, false) }) {
                for a in agents { add(items[a].entity, anchor.work, .credit, "actor", anchor.sameSentence ? 0.6 : 0.5) }
            }
            p = max(k, p + 1)
        }
        // "features the voices of A, B and C": an animated film's cast.
        for v in items.indices where word(v) == "voices" && word(v + 1) == "of" && isPerson(v + 2) && word(v - 1) == "the" {
            guard let anchor = anchorWork(near: v) ?? heldWork.map({ ($0, false) }) else { continue }
            for q in personList(from: v + 2) { add(items[q].entity, anchor.work, .credit, "actor", anchor.sameSentence ? 0.6 : 0.5) }
        }
        // "stars as a grieving therapist opposite A and B": the people opposite an actor
        // act in the same work.
        for o in items.indices where word(o) == "opposite" && isPerson(o + 1) {
            guard (0..<o).contains(where: { word($0).isOne(of: "stars", "starred", "star", "starring", "plays", "played", "play", "co-stars") }) else { continue }
            var people: [Int] = []
            var k = o + 1
            while k < items.count, isPerson(k), !items[k].possessive {
                people.append(k)
                guard word(k + 1).isOne(of: ",", "and") else { break }
                k += 2
            }
            // "played a detective opposite A in B's W": the work after the names.
            var w = k + 1
            if word(w) == "in" { w += 1; if isPerson(w), items[w].possessive { w += 1 } }
            let named = w > k + 1 && isWork(w) && items[w].reference == .name ? (work: items[w].entity!, sameSentence: true) : nil
            guard let anchor = named ?? anchorWork(near: o) ?? heldWork.map({ ($0, false) }) else { continue }
            for p in people { add(items[p].entity, anchor.work, .credit, "actor", anchor.sameSentence ? 0.6 : 0.5) }
        }
    }
}
