extension Resolver {
    /// Words that open a relative clause or a describing aside after a comma.
    static let clauseOpeners: WordSet = ["who", "whom", "whose", "which", "so", "best", "known", "fresh"]

    /// For each token, whether it lies in an aside, in either of two kinds; works named
    /// there are asides, so "the series" in a later sentence does not refer to them.
    ///
    /// - A relative clause ("who had written for X,", "whose love theme ..."): from "who",
    ///   "whom", "whose" or "which" after a comma to the next comma or the sentence end.
    /// - A description of someone's past credits ("the writer of Chernobyl,", "from the
    ///   director of A, B and C"): from "the ROLE of" to the sentence end, or to a comma
    ///   that a lower-case word other than "and"/"or" follows.
    ///
    /// Both are read in one pass that looks at each token once: "based on" and "adapted
    /// from" ("is based on W, the biography by ...": a source, not the work in view) open
    /// a description at the token after them.
    /// The mask is written into `mask`, so that one buffer serves a whole document, one
    /// append per token.
    /// - Complexity: O(n) in the tokens of the sentence.
    func fillAsideMask(_ mask: inout [Bool], for tokens: [Token]) {
        mask.removeAll(keepingCapacity: true)
        mask.reserveCapacity(tokens.count)
        var inRelative = false
        var inCredit = false
        var creditOpensNext = false
        for k in tokens.indices {
            var creditOpens = creditOpensNext
            creditOpensNext = false
            // Each token is compared only with what its kind can be: the standard `==`
            // (which the module's own falls back to for text other than short ASCII, such
            // as curly quotes and dashes) is slow for an unequal pair.
            switch tokens[k].kind {
            case .word:
                if tokens[k].lower == "of" {
                    creditOpens = creditOpens || isRoleOf(tokens, at: k)
                } else if tokens[k].lower == "on" {
                    creditOpensNext = k >= 1 && tokens[k - 1].lower == "based"
                } else if tokens[k].lower == "from" {
                    creditOpensNext = k >= 1 && tokens[k - 1].lower == "adapted"
                }
                // ", so memorable in X", ", best known for X": a describing aside as well.
                if k > 0, tokens[k - 1].kind == .punct, tokens[k - 1].text == ",", Self.clauseOpeners.contains(tokens[k].lower) {
                    inRelative = true
                }
                if creditOpens { inCredit = true }
            case .punct:
                if tokens[k].text == "," || tokens[k].text == ";" { inRelative = false }
                if creditOpens {
                    inCredit = true
                } else if tokens[k].text == ";" || tokens[k].text == "." {
                    inCredit = false
                } else if tokens[k].text == ",", k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                          tokens[k + 1].lower != "and", tokens[k + 1].lower != "or" {
                    inCredit = false
                }
            case .openQuote, .closeQuote:
                if creditOpens { inCredit = true }
            }
            mask.append(inRelative || inCredit)
        }
    }

    /// Whether the word "of" at `k` is that of "the ROLE of", "a ROLE of".
    private func isRoleOf(_ tokens: [Token], at k: Int) -> Bool {
        k >= 2 && tokens[k].kind == .word && lexicon.roles[tokens[k - 1].lower] != nil && !tokens[k - 1].possessive
            && (tokens[k - 2].lower == "the" || tokens[k - 2].lower == "a" || tokens[k - 2].lower == "an")
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
}
