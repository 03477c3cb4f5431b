extension MentionFinder {
    static let workVerbs: WordSet = ["worked", "work", "works", "working", "collaborated", "teamed"]
    static let partnerPronouns: WordSet = ["her", "him", "them", "me", "us"]

    /// "worked with Ida Lund on X", "first worked with her on X", "teamed up with them on
    /// X": the "on" at `on` follows a partner of a working verb, so a title comes next.
    /// - Complexity: O(1): six tokens back at most.
    func workedWithSomeone(_ tokens: [Token], before on: Int) -> Bool {
        var k = on - 1
        if k >= 0, Self.partnerPronouns.contains(tokens.lower(at: k)) {
            k -= 1
        } else {
            var names = 0
            while k >= 0, names < 4, tokens.isCapitalized(at: k), !tokens.possessive(at: k) { k -= 1; names += 1 }
            guard names >= 1 else { return false }
        }
        guard k >= 1, tokens.lower(at: k) == "with" else { return false }
        var v = k - 1
        if v >= 0, tokens.lower(at: v) == "up" { v -= 1 }
        return v >= 0 && Self.workVerbs.contains(tokens.lower(at: v))
    }
}
