/// "who also made the previous instalment, W": the work in view follows W.
extension Clause {
    static let earlierWords: WordSet = ["previous", "last", "earlier", "first", "original", "preceding"]
    static let instalmentNouns: WordSet = ["instalment", "installment", "film", "movie", "entry", "chapter", "season"]

    /// - Complexity: O(n) in the items of the sentence.
    func sequels() {
        for k in items.indices where Self.instalmentNouns.contains(word(k)) && Self.earlierWords.contains(word(k - 1)) && word(k - 2) == "the" {
            guard word(k + 1) == ",", isWork(k + 2), items[k + 2].reference == .name, let earlier = items[k + 2].entity else { continue }
            // The later work: the first other work the sentence speaks of, else the one in view.
            let later = items.indices.first(where: { $0 < k && isWork($0) && items[$0].entity != earlier && !items[$0].possessive })
                .flatMap { items[$0].entity } ?? previousWork
            guard let later, later != earlier else { continue }
            add(later, earlier, .other, "sequel_of", 0.6)
        }
    }
}
