extension Resolver {
    /// Which of several people a lone surname names: news style names relatives in full
    /// and keeps the bare surname for the story's main person, so the one mentioned most
    /// so far wins when one has at least twice the mentions of the others; else the one
    /// seen last.
    /// - Complexity: O(c) in the number of candidates.
    func preferredBearer(_ candidates: [Int], entities: [EntityRecord], lastSeen: [Int: Int]) -> Int? {
        let recent = candidates.max { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) }
        guard candidates.count > 1, let most = candidates.max(by: { entities[$0].mentions < entities[$1].mentions }) else { return recent }
        let others = candidates.filter { $0 != most }.map { entities[$0].mentions }.max() ?? 0
        return entities[most].mentions >= 2 * max(others, 1) ? most : recent
    }
}
