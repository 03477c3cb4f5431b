/// Whether a word is a year a story about film, music or books would name: four ASCII
/// digits from 1870 to 2099.
/// - Complexity: O(1).
func isYearText(_ word: String) -> Bool {
    let u = word.utf8
    guard u.count == 4 else { return false }
    var value = 0
    for byte in u {
        guard byte >= 0x30 && byte <= 0x39 else { return false }
        value = value * 10 + Int(byte - 0x30)
    }
    return value >= 1870 && value <= 2099
}
