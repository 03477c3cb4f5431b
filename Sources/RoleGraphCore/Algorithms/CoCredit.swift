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
    /// counted once per shared work). Each person scans the casts of their works, marking
    /// co-workers with a larger index; people split across cores.
    ///
    /// - Complexity: O(Σ over works of cast²) time, O(workers × V) memory.
    public func coCreditPairCount() -> (pairs: Int, weight: Int) {
        let n = nodeCount
        let workers = Parallel.workers(limit: max(1, targets.count / 100_000))
        // Split people by index so that each part has a similar amount of scanning.
        let ranges = Parallel.balancedRanges(offsets: offsets, parts: workers * 8)
        var pairs = [Int](repeating: 0, count: ranges.count)
        var weights = [Int](repeating: 0, count: ranges.count)
        let pairsP = pairs.withUnsafeMutableBufferPointer { SharedPointer($0.baseAddress!) }
        let weightsP = weights.withUnsafeMutableBufferPointer { SharedPointer($0.baseAddress!) }
        let personCode = EntityType.person.code
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                types.withUnsafeBufferPointer { ty in
                    Parallel.forEach(workers) { w in
                        var mark = [Int32](repeating: -1, count: n)
                        mark.withUnsafeMutableBufferPointer { mark in
                            var part = w
                            while part < ranges.count {
                                var p = 0, wt = 0
                                for u in ranges[part] where ty[u] == personCode {
                                    var lastWork: Int32 = -1
                                    for i in Int(off[u])..<Int(off[u + 1]) {
                                        let x = tg[i]
                                        if x == lastWork || ty[Int(x)] == personCode { continue }
                                        lastWork = x
                                        var lastQ: Int32 = -1
                                        for j in Int(off[Int(x)])..<Int(off[Int(x) + 1]) {
                                            let q = tg[j]
                                            if Int(q) <= u || q == lastQ || ty[Int(q)] != personCode { continue }
                                            lastQ = q
                                            wt += 1
                                            if mark[Int(q)] != Int32(u) { mark[Int(q)] = Int32(u); p += 1 }
                                        }
                                    }
                                }
                                pairsP.base[part] = p
                                weightsP.base[part] = wt
                                part += workers
                            }
                        }
                    }
                }
            }
        }
        return (pairs.reduce(0, +), weights.reduce(0, +))
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
