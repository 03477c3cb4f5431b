extension MentionFinder {
    static let playVerbs: WordSet = ["plays", "played", "playing", "portrays", "portrayed", "portraying"]
    static let phraseOpeners: WordSet = ["opposite", "alongside", "with", "beside", "against", "for", "in", "on", "to", "and", "or", "of", "by", "from", "as"]

    /// "who plays the handyman Neil Fak", "played the line cook Tina Marrero": after a
    /// playing verb, an article and a describing noun, the name is the part's, not a
    /// person's ("plays the director Ana Ruiz" would name a real person: role nouns stay out).
    /// - Complexity: O(1): four tokens back at most.
    func isDescribedPartAfterPlays(_ tokens: [Token], before a: Int) -> Bool {
        var k = a - 1
        var nouns = 0
        while k >= 0, nouns < 3, tokens.kind(at: k) == .word, !tokens.isCapitalized(at: k), !Self.articles.contains(tokens.lower(at: k)) {
            // "played a detective opposite Jane Fonda": a preposition starts a new phrase.
            if lexicon.roles[tokens.lower(at: k)] != nil || Self.phraseOpeners.contains(tokens.lower(at: k)) { return false }
            nouns += 1
            k -= 1
        }
        guard nouns >= 1, k >= 1, Self.articles.contains(tokens.lower(at: k)) else { return false }
        return Self.playVerbs.contains(tokens.lower(at: k - 1))
    }
}
