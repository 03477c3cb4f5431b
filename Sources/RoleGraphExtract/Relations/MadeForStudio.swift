/// "W is directed by A for Legendary", "produced by A and B for Netflix": the company a
/// work is made for produced it.
extension Clause {
    static let makingParticiples: WordSet = ["directed", "produced", "made", "developed", "written", "created", "shot"]

    /// - Complexity: O(n) in the items of the sentence.
    func madeForStudio() {
        for v in items.indices where Self.makingParticiples.contains(word(v)) && word(v + 1) == "by" {
            var k = v + 2
            guard isPerson(k) else { continue }
            while k < items.count, (isPerson(k) && !items[k].possessive) || (word(k).isOne(of: "and", ",") && isPerson(k + 1)) { k += 1 }
            guard word(k) == "for" else { continue }
            var o = k + 1
            if word(o) == "the" { o += 1 }
            guard isType(o, .organization), !items[o].possessive, let studio = items[o].entity,
                  !events.contains(studio), !festivals.contains(studio) else { continue }
            // The clause's subject, not a work its apposition names ("W, a follow-up to V,
            // is directed by A for S").
            guard let w = (0..<v).first(where: { items[$0].type == .work && !items[$0].modifier && !items[$0].bracketed && !items[$0].possessive }),
                  let work = items[w].entity else { continue }
            add(work, studio, .other, "produced_by", 0.6)
        }
    }
}
