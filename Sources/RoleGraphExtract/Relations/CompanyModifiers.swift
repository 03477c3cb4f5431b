/// "the Hulu comedy Ramy", "the HBO series The Wire": a company name used as a modifier
/// of a work noun, followed by the work's title.
extension Clause {
    /// The work named after the company at `o` and a work noun (with up to two describing
    /// words), and the work noun's type; nil when the company is not such a modifier.
    /// - Complexity: O(1).
    func workAfterCompanyModifier(_ o: Int) -> (Int, String)? {
        guard isType(o, .organization), !items[o].possessive else { return nil }
        var k = o + 1
        while k < items.count, k - o <= 3, items[k].isWord, items[k].type == nil {
            if let type = lexicon.workCues[word(k)], isWork(k + 1), items[k + 1].reference == .name, let work = items[k + 1].entity {
                return (work, type)
            }
            k += 1
        }
        return nil
    }
}
