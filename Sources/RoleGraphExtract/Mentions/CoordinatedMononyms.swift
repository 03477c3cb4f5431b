/// A one-word name listed with full names of people is a person known by one name:
/// "Timothée Chalamet and Zendaya return", "with Zendaya, Josh O'Connor and Mike Faist".
extension MentionFinder {
    /// Whether the one-word run `a..<b` (not at the sentence start) is joined by "and" or
    /// a comma to a run of two or more capitalized words on either side, neither of them
    /// a known organization or place.
    /// - Complexity: O(1): a few tokens each side.
    func isCoordinatedWithFullName(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        guard a > 0, b == a + 1 else { return false }
        let before = tokens.lower(at: a - 1), after = b < tokens.count ? tokens.lower(at: b) : ""
        let joinedBefore = (before == "and" || before == ",") && a >= 2, joinedAfter = after == "and" || after == ","
        guard joinedBefore || joinedAfter, !lexicon.stopWords.contains(tokens.lower(at: a)),
              Self.isNameLike(tokens.text(at: a)) else { return false }
        func fullName(from s: Int, step: Int) -> Bool {
            var k = s, count = 0
            while k >= 0, k < tokens.count, tokens.isCapitalized(at: k), !lexicon.stopWords.contains(tokens.lower(at: k)) {
                count += 1
                if step > 0, tokens.possessive(at: k) { break }
                k += step
            }
            guard count >= 2, count <= 4 else { return false }
            let first = step > 0 ? s : k + 1, last = step > 0 ? k - 1 : s
            let words = tokens.lowerPhrase(first..<(last + 1))
            return lexicon.organizations[words] == nil && !lexicon.places.contains(words)
                && !lexicon.orgSuffixes.contains(tokens.lower(at: last)) && lexicon.givenNames.contains(tokens.lower(at: first))
        }
        return (joinedBefore && fullName(from: a - 2, step: -1)) || (joinedAfter && fullName(from: b + 1, step: 1))
    }

    /// Whether a word has three characters or more and a letter that is not upper case
    /// ("Zendaya", not "SZA"). An ASCII word (nearly every one) is read byte by byte,
    /// each byte one character; any other takes the character test.
    static func isNameLike(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.count >= 3 && bytes.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        }
        if let ascii = ascii ?? nil { return ascii }
        return word.count >= 3 && !word.allSatisfy({ $0.isUppercase || !$0.isLetter })
    }
}
