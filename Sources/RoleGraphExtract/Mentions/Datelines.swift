/// A wire dateline opening a sentence: "LOS ANGELES, June 16 -", "PARIS -". It tells where a story was filed, not what it is about, so like a byline it
/// names no entity.
extension MentionFinder {
    static let monthWords: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
        // Reuters style writes the short forms without a period ("BERLIN, Jan 22 -").
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The token after the dateline's place words, or nil when the sentence has none.
    /// - Complexity: O(length of the dateline).
    func datelineEnd(_ tokens: [Token]) -> Int? {
        var k = 0
        // Words in capitals only, each at least two letters ("LOS ANGELES").
        while k < tokens.count, tokens.kind(at: k) == .word, Self.hasMoreScalars(tokens.text(at: k), than: 1),
              tokens.text(at: k).unicodeScalars.allSatisfy({ !$0.isLowerFast }),
              tokens.text(at: k).unicodeScalars.contains(where: { $0.isUpperFast }) {
            k += 1
        }
        guard k > 0, k + 1 < tokens.count else { return nil }
        let next = tokens.text(at: k)
        if ["-", "\u{2013}", "\u{2014}"].contains(next) { return k }
        if next == ",", Self.monthWords.contains(tokens.lower(at: k + 1)) { return k }
        return nil
    }
}
