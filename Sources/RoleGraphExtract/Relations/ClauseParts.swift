/// Parts of a clause the credit rules share: the subject behind an aside or apposition,
/// the part of a work a verb names ("wrote the script"), and lists of titles.
extension Clause {
    /// "A, the daughter of B and C, directed X", "A, a friend of B, wrote X": the person an
    /// apposition closing at the comma `k` describes, not the people named inside it.
    func appositionOwner(closingAt k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 8, (isPerson(j) && !items[j].possessive) || word(j).isOne(of: "and", ",") { j -= 1 }
        guard j < k - 1, word(j) == "of" else { return nil }
        j -= 1
        var nouns = 0
        while j >= 0, nouns < 4, items[j].isWord, items[j].type == nil, word(j) != "," { j -= 1; nouns += 1 }
        guard nouns >= 1, word(j) == ",", isPerson(j - 1), !items[j - 1].possessive else { return nil }
        return j - 1
    }

    /// "Brandt, who has directed Okafor twice, wrote X": the person before a relative
    /// aside that closes at the comma `k`.
    func personBeforeAside(endingAt k: Int) -> Int? {
        guard k >= 2, isAside(k - 1) else { return nil }
        var j = k - 1
        while j >= 0, isAside(j) { j -= 1 }
        return j >= 0 && isPerson(j) && !items[j].possessive ? j : nil
    }

    /// Nouns naming a part of a work: writing or scoring them is a credit on the work.
    static let workParts: WordSet = ["lyrics", "music", "score", "script", "screenplay", "story", "songs", "theme", "soundtrack", "libretto",
                                     "episodes", "episode", "pilot", "finale"]

    /// When the verb's object (within five words from `start`) is a part of a work
    /// ("all of the lyrics", "the script"), the item after that noun.
    func partOfWork(after start: Int) -> Int? {
        var k = start
        while k < items.count, k - start < 5, items[k].isWord, items[k].type == nil {
            if Self.workParts.contains(word(k)) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// Works continuing a list after item `start`: joined by commas, "and", years in
    /// brackets, and possessive makers ("A's 'X' and B's 'Y'").
    func workList(from start: Int) -> [Int] {
        var out: [Int] = []
        var k = start
        while k < items.count {
            if isWork(k) && items[k].reference == .name { out.append(k) }
            else if items[k].bracketed || word(k).isOne(of: "(", ")", ",", "and", "or") || (isPerson(k) && items[k].possessive) {}
            else { break }
            k += 1
        }
        return out
    }
}
