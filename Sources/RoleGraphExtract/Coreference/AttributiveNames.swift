extension Resolver {
    /// "Before the Swift years, he ...": a name between "the" and a lower-case noun
    /// qualifies the noun, and a later pronoun does not stand for it.
    /// - Complexity: O(1).
    func isAttributiveName(_ m: Mention, in tokens: [Token]) -> Bool {
        guard m.tokens.lowerBound > 0, m.tokens.upperBound < tokens.count, !m.possessive else { return false }
        let next = tokens[m.tokens.upperBound]
        return tokens[m.tokens.lowerBound - 1].lower == "the" && next.kind == .word && !next.isCapitalized
            && !["and", "or", "of", "who", "was", "is", "said", "has", "had"].contains(next.lower)
    }
}
