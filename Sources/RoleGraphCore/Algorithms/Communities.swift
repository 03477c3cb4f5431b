extension CompactGraph {
    /// Communities by label propagation: every node starts in its own community and, in a
    /// seeded random order, joins the community most common among its neighbours (ties:
    /// keep the current one if it is among the most common, else the smallest number),
    /// until a round changes nothing or `maxRounds` pass. Communities are then numbered in
    /// order of their smallest node. Same graph and seed, same communities.
    ///
    /// - Complexity: O(rounds × (V + E log d)).
    public func communities(seed: UInt64 = 1, maxRounds: Int = 100) -> (communityOf: [Int32], rounds: Int) {
        let n = nodeCount
        var label = (0..<n).map { Int32($0) }
        var order = label
        var rng = SplitMix64(seed: seed)
        order.shuffle(using: &rng)
        var seen: [Int32] = []
        var rounds = 0
        var changed = true
        while changed && rounds < maxRounds {
            changed = false
            rounds += 1
            for v in order {
                let nb = neighbors(v)
                if nb.isEmpty { continue }
                seen.removeAll(keepingCapacity: true)
                for u in nb where u != v { seen.append(label[Int(u)]) }
                if seen.isEmpty { continue }
                seen.sort()
                var best: Int32 = -1, bestCount = 0, currentCount = 0
                var i = 0
                while i < seen.count {
                    var j = i
                    while j < seen.count && seen[j] == seen[i] { j += 1 }
                    if j - i > bestCount { bestCount = j - i; best = seen[i] }
                    if seen[i] == label[Int(v)] { currentCount = j - i }
                    i = j
                }
                if currentCount < bestCount { label[Int(v)] = best; changed = true }
            }
        }
        var number = [Int32: Int32]()
        var result = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            let l = label[v]
            if let k = number[l] { result[v] = k } else { let k = Int32(number.count); number[l] = k; result[v] = k }
        }
        return (result, rounds)
    }
}
