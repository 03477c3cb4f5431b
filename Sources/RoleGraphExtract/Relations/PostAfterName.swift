/// "Ida Lund, Harbor Films's president, said", "directed by A, the studio's president":
/// a post at a company in apposition after a person's name.
extension Clause {
    static let companyReferences: WordSet = ["studio", "company", "label", "publisher", "network", "broadcaster", "streamer", "group", "firm"]

    /// - Complexity: O(n) in the items of the sentence.
    func postAfterName() {
        for p in items.indices where isPerson(p) && items[p].reference == .name && !items[p].possessive && word(p + 1) == "," {
            var k = p + 2
            var company: Int? = nil
            if isType(k, .organization), items[k].possessive {
                company = items[k].entity
            } else if word(k) == "the", items.indices.contains(k + 1), items[k + 1].isWord, Self.companyReferences.contains(Self.withoutPossessive(word(k + 1))) {
                // "the studio's": the company the story last read as a distributor.
                company = recentStudio
                k += 1
            }
            guard let company else { continue }
            var words: [String] = []
            var r = k + 1
            while r < items.count, r - k <= 3, items[r].isWord, items[r].type == nil, !word(r).isOne(of: ",", ".", ";", "and") {
                words.append(word(r))
                r += 1
            }
            guard let head = words.last, lexicon.affiliationRoles.contains(head), word(r).isOne(of: ",", ".", ";", "and", "") else { continue }
            add(items[p].entity, company, .affiliation, words.joined(separator: " "), 0.6)
        }
    }

    static func withoutPossessive(_ w: String) -> String {
        for ending in ["'s", "\u{2019}s"] where w.hasSuffix(ending) { return String(w.dropLast(2)) }
        return w
    }
}
