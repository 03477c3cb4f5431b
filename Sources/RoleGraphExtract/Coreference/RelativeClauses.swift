extension Resolver {
    /// Words that open a relative clause or a describing aside after a comma.
    static let clauseOpeners: WordSet = ["who", "whom", "whose", "which", "so", "best", "known", "fresh"]

    /// For each token, whether it lies in a relative clause ("who had written for X,",
    /// "whose love theme ..."): from "who", "whom", "whose" or "which" after a comma to
    /// the next comma or the sentence end. Works named there are asides, so "the series"
    /// in a later sentence does not refer to them.
    /// - Complexity: O(n) in the tokens of the sentence.
    func relativeClauseMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var inside = false
        for k in tokens.indices {
            // ", so memorable in X", ", best known for X": a describing aside as well.
            if tokens[k].kind == .word, Self.clauseOpeners.contains(tokens[k].lower), k > 0, tokens[k - 1].text == "," {
                inside = true
            } else if tokens[k].text == "," || tokens[k].text == ";" {
                inside = false
            }
            mask[k] = inside
        }
        return mask
    }

    /// For each token, whether it lies in a "which" clause after a company ("Warner Bros.,
    /// which distributed W, said"): such a clause names the company by the work the story
    /// is about, so a work named there stays in view, unlike one in an aside about a person.
    /// - Complexity: O(n + m) in the tokens and mentions of the sentence (each clause runs
    ///   to the next comma, so clauses do not overlap).
    func companyClauseMask(_ tokens: [Token], _ mentions: [Mention]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        for m in mentions where m.type == .organization && m.reference == .name {
            var k = m.tokens.upperBound
            guard k + 1 < tokens.count, tokens[k].text == ",", tokens[k + 1].lower == "which" else { continue }
            k += 1
            while k < tokens.count, tokens[k].text != ",", tokens[k].text != ";" {
                mask[k] = true
                k += 1
            }
        }
        return mask
    }

    /// For each token, whether it lies in a description of someone's past credits ("the
    /// writer of Chernobyl,", "from the director of A, B and C"): from "the ROLE of" to
    /// the sentence end, or to a comma that a lower-case word other than "and"/"or"
    /// follows. Works named there are asides, like those of a relative clause.
    /// - Complexity: O(n) in the tokens of the sentence.
    func creditAsideMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var inside = false
        for k in tokens.indices {
            if tokens[k].kind == .word, tokens[k].lower == "of", k >= 2, lexicon.roles[tokens[k - 1].lower] != nil, !tokens[k - 1].possessive,
               ["the", "a", "an"].contains(tokens[k - 2].lower) {
                inside = true
            } else if k >= 2, (tokens[k - 2].lower == "based" && tokens[k - 1].lower == "on") || (tokens[k - 2].lower == "adapted" && tokens[k - 1].lower == "from") {
                // "is based on W, the biography by ...": a source, not the work in view.
                inside = true
            } else if tokens[k].text == ";" || tokens[k].text == "." {
                inside = false
            } else if tokens[k].text == ",", k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                      !["and", "or"].contains(tokens[k + 1].lower) {
                inside = false
            }
            mask[k] = inside
        }
        return mask
    }
}
