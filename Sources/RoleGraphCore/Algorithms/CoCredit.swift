import CMemoryHints

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
                        var batch = CoCreditBatch()
                        return marks.withUnsafeMutableBufferPointer { mark in
                            var p = 0
                            var part = w
                            while part < ranges.count {
                                var u = ranges[part].lowerBound
                                while u < ranges[part].upperBound {
                                    u = batch.load(from: u, to: ranges[part].upperBound, off: off, tg: tg, ty: ty, personCode: personCode)
                                    p += batch.count(off: off, tg: tg, mark: mark)
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

/// A few people's works, loaded together: the casts they need are scattered over the
/// adjacency array, so their addresses are gathered and prefetched first and the misses
/// overlap instead of stalling one after another.
struct CoCreditBatch {
    /// People are added until the batch holds this many works (a hub's whole list goes in).
    static let capacity = 64
    var person: [Int32] = []
    var castStart: [Int32] = []
    var castEnd: [Int32] = []

    /// Gathers the works of the people from `u` on (stopping before `end` or when full);
    /// returns where the next batch starts.
    mutating func load(from u: Int, to end: Int, off: UnsafeBufferPointer<Int32>, tg: UnsafeBufferPointer<Int32>,
                       ty: UnsafeBufferPointer<UInt8>, personCode: UInt8) -> Int {
        person.removeAll(keepingCapacity: true)
        castStart.removeAll(keepingCapacity: true)
        castEnd.removeAll(keepingCapacity: true)
        var v = u
        while v < end && castStart.count < Self.capacity {
            if ty[v] == personCode {
                var last: Int32 = -1
                for i in Int(off[v])..<Int(off[v + 1]) {
                    let x = tg[i]
                    if x == last { continue }
                    last = x
                    rg_prefetch(off.baseAddress! + Int(x))
                    person.append(Int32(v))
                    castStart.append(x)
                }
            }
            v += 1
        }
        // Second stage: the offsets have arrived (or are on their way); fetch the casts.
        // Until now `castStart[k]` held the work itself; it becomes the start of its cast.
        for k in castStart.indices {
            let x = Int(castStart[k])
            if ty[x] == personCode {
                // A person-person edge: not a shared work.
                castStart[k] = 0; castEnd.append(0)
                continue
            }
            let lo = off[x], hi = off[x + 1]
            rg_prefetch(tg.baseAddress! + Int(lo))
            castStart[k] = lo
            castEnd.append(hi)
        }
        return v
    }

    /// Counts, for each (person, work) gathered, the co-workers q > person not yet marked
    /// with that person.
    func count(off: UnsafeBufferPointer<Int32>, tg: UnsafeBufferPointer<Int32>, mark: UnsafeMutableBufferPointer<Int32>) -> Int {
        var pairs = 0
        let ahead = 4
        for k in 0..<min(ahead, person.count) { prefetchMarks(k, tg: tg, mark: mark) }
        for k in person.indices {
            if k + ahead < person.count { prefetchMarks(k + ahead, tg: tg, mark: mark) }
            let me = person[k]
            for j in Int(castStart[k])..<Int(castEnd[k]) {
                let q = tg[j]
                if q <= me { continue }
                let mq = mark[Int(q)]
                if mq != me && mq != -2 { mark[Int(q)] = me; pairs += 1 }
            }
        }
        return pairs
    }

    /// The marks a (person, work) entry will test, fetched ahead of use.
    @inline(__always)
    private func prefetchMarks(_ k: Int, tg: UnsafeBufferPointer<Int32>, mark: UnsafeMutableBufferPointer<Int32>) {
        for j in Int(castStart[k])..<Int(castEnd[k]) { rg_prefetch_write(mark.baseAddress! + Int(tg[j])) }
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
