extension Resolver {
    static let relativePronouns: WordSet = ["who", "whom", "whose", "which"]

    /// For each token, whether it lies in a relative clause ("who had written for X,",
    /// "whose love theme ..."): from "who", "whom", "whose" or "which" after a comma to
    /// the next comma or the sentence end. Works named there are asides, so "the series"
    /// in a later sentence does not refer to them.
    /// - Complexity: O(n) in the tokens of the sentence.
    func relativeClauseMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var inside = false
        for k in tokens.indices {
            if tokens[k].kind == .word, Self.relativePronouns.contains(tokens[k].lower), k > 0, tokens[k - 1].text == "," {
                inside = true
            } else if tokens[k].text == "," || tokens[k].text == ";" {
                inside = false
            }
            mask[k] = inside
        }
        return mask
    }
}
