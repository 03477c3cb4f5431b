/// Credits trade news gives before or while a work is made: "with A attached to star",
/// "B is attached to direct", "C signed on to produce", "adds A, B and C to the cast",
/// "brings back A and B", "with D in the title role". The work is the one the verb names
/// or the one in view.
extension Clause {
    static let attachmentCues: WordSet = ["attached", "signed", "tapped", "set", "slated", "cast", "back", "role"]
    /// Words that may stand between the people and "attached" or "signed".
    static let attachmentBridge: WordSet = ["is", "are", "was", "were", "has", "have", "been", "also", "now", "reportedly", "already", "both"]
    /// Verbs before a list of people and "to the cast".
    static let castAddVerbs: WordSet = ["adds", "added", "add", "adding", "welcomes", "welcomed"]

    func attachments() {
        // One look-up finds the cue words; the switch then compares only those.
        for t in items.indices where items[t].isWord && Self.attachmentCues.contains(word(t)) {
            switch word(t) {
            case "attached", "signed", "tapped", "set", "slated":
                // "A is attached to direct", "with A attached to star", "A signed on to produce".
                var k = t + 1
                if word(k) == "on" { k += 1 }
                guard word(k) == "to", items.indices.contains(k + 1), items[k + 1].isWord, let role = lexicon.roleVerbs[word(k + 1)] else { continue }
                var p = t - 1
                while p >= 0, items[p].isWord, Self.attachmentBridge.contains(word(p)) { p -= 1 }
                guard isPerson(p), !items[p].possessive, !items[p].bracketed, let first = items[p].entity,
                      let work = workAfter(k + 2) ?? anchorOutsideAsides(near: t)?.work else { continue }
                for q in [first] + coordinatedPeople(before: p, subjectAt: first) { add(q, work, .credit, role, 0.6) }
            case "cast":
                // "adds A, B and C to the cast".
                guard word(t - 1) == "the", word(t - 2) == "to", isPerson(t - 3), !items[t - 3].possessive, let first = items[t - 3].entity else { continue }
                let people = [first] + coordinatedPeople(before: t - 3, subjectAt: first)
                var v = t - 4
                while v >= 0, isPerson(v) || word(v).isOne(of: "and", ",") { v -= 1 }
                guard Self.castAddVerbs.contains(word(v)), let work = anchorOutsideAsides(near: t)?.work ?? heldWork else { continue }
                for q in people { add(q, work, .credit, "actor", 0.6) }
            case "back":
                // "brings back A and B", "brought back A".
                guard word(t - 1).isOne(of: "brings", "brought", "bring", "bringing"), isPerson(t + 1),
                      let work = anchorOutsideAsides(near: t)?.work ?? heldWork else { continue }
                for q in personList(from: t + 1) { add(items[q].entity, work, .credit, "actor", 0.55) }
            case "role":
                // "with D in the title role", "A in the lead role".
                guard word(t - 1).isOne(of: "title", "lead", "leading", "main"), word(t - 2) == "the", word(t - 3) == "in",
                      isPerson(t - 4), !items[t - 4].possessive, let work = anchorOutsideAsides(near: t)?.work ?? heldWork else { continue }
                add(items[t - 4].entity, work, .credit, "actor", 0.6)
            default:
                continue
            }
        }
    }

    /// A work named within a few items from `start` ("to direct the film version of W").
    func workAfter(_ start: Int) -> Int? {
        var k = start
        while k < items.count, k - start <= 4, !word(k).isOne(of: ".", ";", ",") {
            if isWork(k), !items[k].bracketed { return items[k].entity }
            k += 1
        }
        return nil
    }
}
