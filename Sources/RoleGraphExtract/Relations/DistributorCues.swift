/// The company behind a work as box-office and streaming news name it: "distributor O
/// said", "in its second weekend for O", "W, a O release", "O has ordered a second
/// season of W", "O dropped W".
extension Clause {
    /// Verbs by which a streamer or channel orders, keeps or ends a work.
    static let commissionVerbs: WordSet = [
        "renewed", "cancelled", "canceled", "ordered", "commissioned", "greenlit", "dropped", "axed", "scrapped",
    ]
    static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "last",
    ]
    /// Nouns of a release window: "for O" after them names the releasing company.
    static let releaseWindowNouns: WordSet = ["weekend", "weekends", "week", "release", "debut", "opening", "run"]

    /// - Complexity: O(n) in the items of the sentence.
    func distributorCues() {
        for i in items.indices where isType(i, .organization) && !items[i].possessive && !events.contains(items[i].entity ?? -1) {
            var work: Int? = nil
            if word(i - 1).isOne(of: "distributor", "distributors") || (word(i - 1) == "for" && Self.releaseWindowNouns.contains(word(i - 2))) {
                // "distributor Walt Disney Studios said", "its second weekend for Sony Pictures":
                // the work of the same sentence.
                work = anchorWork(near: i).flatMap { $0.sameSentence ? $0.work : nil }
            } else if word(i - 1).isOne(of: "a", "an"), word(i + 1) == "release", word(i - 2) == ",", isWork(i - 3) {
                work = items[i - 3].entity      // "The Garfield Movie, a Sony release"
            }
            if let work { add(work, items[i].entity, .other, releaseRelation(for: work, verb: "distributed"), 0.6) }
        }
    }
}
