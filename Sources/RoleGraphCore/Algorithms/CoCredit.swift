/// Two people who share credited work, with the works they share.
public struct CoCredit: Sendable, Hashable {
    public var a: String
    public var b: String
    /// Ids of the shared works, sorted.
    public var works: [String]
    public var weight: Int { works.count }
}

extension CompactGraph {
    /// People who share a work with `person`, with how many works they share, heaviest
    /// first (ties: lower index).
    ///
    /// - Complexity: O(Σ size of the person's works' casts).
    public func collaborators(of person: Int32) -> [(node: Int32, sharedWorks: Int)] {
        var count: [Int32: Int] = [:]
        var lastWork: Int32 = -1
        for w in neighbors(person) where !isPerson(w) && w != lastWork {
            lastWork = w
            var last: Int32 = -1
            for q in neighbors(w) where q != person && q != last && isPerson(q) {
                last = q
                count[q, default: 0] += 1
            }
        }
        return count.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// The number of distinct pairs of people who share at least one work, i.e. the edge
    /// count of the people–people co-credit projection, and the total weight (pairs
    /// counted once per shared work).
    ///
    /// Each person scans the casts of their works and counts co-workers with a larger
    /// index not yet seen. "Seen" is a bitset over all nodes (180 KB per million nodes,
    /// so it stays in L2 cache, unlike a 4-byte marker per node) whose non-person bits are
    /// set from the start and whose person bits are cleared after each person. People
    /// split across `threads` cores (0: all), each with its own bitset.
    ///
    /// - Complexity: O(Σ over works of cast²) time, O(workers × V / 64) extra memory.
    public func coCreditPairCount(threads: Int = 0) -> (pairs: Int, weight: Int) {
        let n = nodeCount
        let words = (n + 63) / 64
        var notPerson = [UInt64](repeating: 0, count: words)
        for v in 0..<n where types[v] != EntityType.person.code { notPerson[v >> 6] |= 1 << UInt64(v & 63) }
        let workers = Parallel.workers(requested: threads, limit: max(1, targets.count / 100_000))
        // Many small parts dealt round-robin even out the heavy-tailed work per person.
        let ranges = Parallel.balancedRanges(offsets: offsets, parts: workers * 16)
        var pairs = [Int](repeating: 0, count: ranges.count)
        let pairsP = pairs.withUnsafeMutableBufferPointer { SharedPointer($0.baseAddress!) }
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                notPerson.withUnsafeBufferPointer { np in
                    Parallel.forEach(workers) { w in
                        var seen = Array(np)
                        var touched: [Int32] = []
                        seen.withUnsafeMutableBufferPointer { seen in
                            var part = w
                            while part < ranges.count {
                                var p = 0
                                for u in ranges[part] where np[u >> 6] & (1 << UInt64(u & 63)) == 0 {
                                    var lastWork: Int32 = -1
                                    for i in Int(off[u])..<Int(off[u + 1]) {
                                        let x = tg[i]
                                        if x == lastWork || np[Int(x) >> 6] & (1 << UInt64(x & 63)) == 0 { continue }
                                        lastWork = x
                                        for j in Int(off[Int(x)])..<Int(off[Int(x) + 1]) {
                                            let q = Int(tg[j])
                                            if q <= u { continue }
                                            let bit: UInt64 = 1 << UInt64(q & 63)
                                            if seen[q >> 6] & bit == 0 {
                                                seen[q >> 6] |= bit
                                                touched.append(Int32(q))
                                            }
                                        }
                                    }
                                    p += touched.count
                                    for q in touched { seen[Int(q) >> 6] &= ~(1 << UInt64(q & 63)) }
                                    touched.removeAll(keepingCapacity: true)
                                }
                                pairsP.base[part] = p
                                part += workers
                            }
                        }
                    }
                }
            }
        }
        // The weight needs no marks: each work contributes k(k-1)/2 for its k distinct people.
        var weight = 0
        for x in 0..<n where types[x] != EntityType.person.code {
            var k = 0, last: Int32 = -1
            for q in neighbors(Int32(x)) where q != last && isPerson(q) { last = q; k += 1 }
            weight += k * (k - 1) / 2
        }
        return (pairs.reduce(0, +), weight)
    }
}

extension Graph {
    /// The people–people co-credit projection: every pair of people credited on the same
    /// work, with the works they share ("who worked with whom, on what"), sorted by pair.
    ///
    /// - Complexity: O(E log E + Σ over works of cast²).
    public func coCreditProjection() -> [CoCredit] {
        var cast: [String: Set<String>] = [:]
        for e in edges where e.kind == .credit && node(e.source)?.type == .person {
            cast[e.target, default: []].insert(e.source)
        }
        var shared: [Pair: [String]] = [:]
        for (work, people) in cast {
            let sorted = people.sorted()
            for i in sorted.indices { for j in (i + 1)..<sorted.count {
                shared[Pair(a: sorted[i], b: sorted[j]), default: []].append(work)
            } }
        }
        return shared.map { CoCredit(a: $0.key.a, b: $0.key.b, works: $0.value.sorted()) }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    private struct Pair: Hashable { var a: String; var b: String }
}
