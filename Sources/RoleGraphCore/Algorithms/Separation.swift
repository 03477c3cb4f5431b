/// Degrees of separation from one person: how many people are 0, 1, 2, ... steps away,
/// where a step joins two people who share a work (or any other non-person node), or who
/// are linked directly. These are Bacon numbers.
public struct SeparationHistogram: Sendable, Equatable {
    /// `counts[k]` people are k steps away; `counts[0] == 1` (the person).
    public var counts: [Int]
    /// People with no chain of steps to the person.
    public var unreachable: Int

    public init(counts: [Int], unreachable: Int) {
        self.counts = counts
        self.unreachable = unreachable
    }
}

extension CompactGraph {
    /// The separation histogram from `source`, counting people only.
    ///
    /// A BFS over people whose expansion goes through each non-person node once: the
    /// first time a work is reached, all its people are one step further, so no work's
    /// cast is scanned twice.
    ///
    /// - Complexity: O(V + E)
    public func separation(from source: Int32) -> SeparationHistogram {
        var seen = [Bool](repeating: false, count: nodeCount)
        var counts: [Int] = [1]
        var front: [Int32] = [source], next: [Int32] = []
        var reached = isPerson(source) ? 1 : 0
        if !isPerson(source) { counts[0] = 0 }
        let personCode = EntityType.person.code
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                types.withUnsafeBufferPointer { ty in
                    seen.withUnsafeMutableBufferPointer { seen in
                        seen[Int(source)] = true
                        while !front.isEmpty {
                            next.removeAll(keepingCapacity: true)
                            for u in front {
                                for i in Int(off[Int(u)])..<Int(off[Int(u) + 1]) {
                                    let x = Int(tg[i])
                                    if seen[x] { continue }
                                    seen[x] = true
                                    if ty[x] == personCode { next.append(Int32(x)); continue }
                                    for j in Int(off[x])..<Int(off[x + 1]) {
                                        let y = Int(tg[j])
                                        if !seen[y] && ty[y] == personCode { seen[y] = true; next.append(Int32(y)) }
                                    }
                                }
                            }
                            if next.isEmpty { break }
                            counts.append(next.count)
                            reached += next.count
                            swap(&front, &next)
                        }
                    }
                }
            }
        }
        let people = types.reduce(0) { $1 == personCode ? $0 + 1 : $0 }
        return SeparationHistogram(counts: counts, unreachable: people - reached)
    }
}
