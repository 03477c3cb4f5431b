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
    /// Each person u scans the casts of their works and counts co-workers q > u not yet
    /// marked with u. The mark array doubles as the type test: non-people hold -2, so
    /// each cast member costs one load. People split across `threads` cores (0: all),
    /// each with its own marks.
    ///
    /// - Complexity: O(Σ over works of cast²) time, O(workers × V) extra memory.
    public func coCreditPairCount(threads: Int = 0) -> (pairs: Int, weight: Int) {
        let n = nodeCount
        let personCode = EntityType.person.code
        let initialMarks: [Int32] = types.map { $0 == personCode ? -1 : -2 }
        let workers = Parallel.workers(requested: threads, limit: threads > 0 ? max(1, n) : max(1, targets.count / 100_000))
        // Many small parts dealt round-robin even out the heavy-tailed work per person.
        let ranges = Parallel.balancedRanges(offsets: offsets, parts: workers * 16)
        let pairs = offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                types.withUnsafeBufferPointer { ty in
                    Parallel.map(workers) { w in
                        var marks = initialMarks
                        return marks.withUnsafeMutableBufferPointer { mark in
                            var p = 0
                            var part = w
                            while part < ranges.count {
                                for u in ranges[part] where ty[u] == personCode {
                                    let me = Int32(u)
                                    var lastWork: Int32 = -1
                                    for i in Int(off[u])..<Int(off[u + 1]) {
                                        let x = tg[i]
                                        if x == lastWork || mark[Int(x)] != -2 { continue }
                                        lastWork = x
                                        for j in Int(off[Int(x)])..<Int(off[Int(x) + 1]) {
                                            let q = Int(tg[j])
                                            if q <= u { continue }
                                            let mq = mark[q]
                                            if mq != me && mq != -2 { mark[q] = me; p += 1 }
                                        }
                                    }
                                }
                                part += workers
                            }
                            return p
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
