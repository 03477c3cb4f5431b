extension Resolver {
    /// "Altman then cast him", "Redford directed him": "him" right after a person and a verb
    /// (with at most a few adverbs between, no punctuation) is the verb's object, so it is
    /// someone other than that person.
    func isObjectOfSubject(_ pronoun: Mention, after subject: Mention, in tokens: [Token], word: String) -> Bool {
        guard word == "him", subject.reference == .name, !subject.possessive else { return false }
        let gap = subject.tokens.upperBound..<pronoun.tokens.lowerBound
        guard gap.count >= 1, gap.count <= 4 else { return false }
        return gap.allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }
}
