import CMemoryHints

/// Reusable buffers for searches on one `CompactGraph`. A generation stamp marks what the
/// current search has seen, so a query touches only the nodes it visits instead of
/// clearing (or first-touching) arrays the size of the graph each time.
public struct SearchWorkspace: Sendable {
    var seenF: [UInt32]
    var seenB: [UInt32]
    var parentF: [Int32]
    var parentB: [Int32]
    var generation: UInt32 = 0

    public init(nodeCount: Int) {
        seenF = [UInt32](repeating: 0, count: nodeCount)
        seenB = seenF
        parentF = [Int32](repeating: -1, count: nodeCount)
        parentB = parentF
    }

    mutating func nextGeneration() -> UInt32 {
        if generation == UInt32.max {
            generation = 0
            for i in seenF.indices { seenF[i] = 0; seenB[i] = 0 }
        }
        generation += 1
        return generation
    }
}

extension CompactGraph {
    /// A shortest path from `s` to `t` over the undirected view, as node indices from s to t;
    /// nil when t cannot be reached. Bidirectional BFS: each round expands the side whose
    /// frontier has fewer adjacency entries, so a path across a million nodes usually
    /// visits a few thousand. The result is the same on every run (lists are sorted and
    /// the first meeting found wins).
    ///
    /// - Complexity: O(V + E) worst case; typically far less.
    public func shortestPath(from s: Int32, to t: Int32, workspace ws: inout SearchWorkspace) -> [Int32]? {
        if s == t { return [s] }
        let gen = ws.nextGeneration()
        var meet: Int32 = -1
        var frontF: [Int32] = [s], frontB: [Int32] = [t]
        var next: [Int32] = []
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                ws.seenF.withUnsafeMutableBufferPointer { seenF in
                    ws.seenB.withUnsafeMutableBufferPointer { seenB in
                        ws.parentF.withUnsafeMutableBufferPointer { parF in
                            ws.parentB.withUnsafeMutableBufferPointer { parB in
                                seenF[Int(s)] = gen; parF[Int(s)] = -1
                                seenB[Int(t)] = gen; parB[Int(t)] = -1
                                var costF = Int(off[Int(s) + 1] - off[Int(s)])
                                var costB = Int(off[Int(t) + 1] - off[Int(t)])
                                while !frontF.isEmpty && !frontB.isEmpty {
                                    let forward = costF <= costB
                                    let front = forward ? frontF : frontB
                                    let mine = forward ? seenF : seenB, other = forward ? seenB : seenF
                                    let par = forward ? parF : parB
                                    next.removeAll(keepingCapacity: true)
                                    var cost = 0
                                    // Frontier nodes are scattered: fetch the offsets of the
                                    // node 8 ahead and the list of the node 4 ahead, so the
                                    // misses overlap with the work on this one.
                                    let offP = off.baseAddress!, tgP = tg.baseAddress!
                                    for k in 0..<min(8, front.count) { rg_prefetch(offP + Int(front[k])) }
                                    for k in 0..<min(4, front.count) { rg_prefetch(tgP + Int(offP[Int(front[k])])) }
                                    search: for (k, u) in front.enumerated() {
                                        if k + 8 < front.count { rg_prefetch(offP + Int(front[k + 8])) }
                                        if k + 4 < front.count { rg_prefetch(tgP + Int(offP[Int(front[k + 4])])) }
                                        if k + 2 < front.count {
                                            // Its list has arrived by now: fetch what its neighbours need.
                                            let w = Int(front[k + 2])
                                            for i in Int(offP[w])..<Int(offP[w + 1]) {
                                                let v = Int(tgP[i])
                                                rg_prefetch(mine.baseAddress! + v)
                                                rg_prefetch(offP + v)
                                            }
                                        }
                                        for i in Int(off[Int(u)])..<Int(off[Int(u) + 1]) {
                                            let v = tg[i]
                                            if mine[Int(v)] == gen { continue }
                                            mine[Int(v)] = gen
                                            par[Int(v)] = u
                                            if other[Int(v)] == gen { meet = v; break search }
                                            next.append(v)
                                            cost += Int(off[Int(v) + 1] - off[Int(v)])
                                        }
                                    }
                                    if meet >= 0 { break }
                                    if forward { swap(&frontF, &next); costF = cost } else { swap(&frontB, &next); costB = cost }
                                }
                            }
                        }
                    }
                }
            }
        }
        guard meet >= 0 else { return nil }
        var path: [Int32] = []
        var v = meet
        while v >= 0 { path.append(v); v = ws.parentF[Int(v)] }
        path.reverse()
        v = ws.parentB[Int(meet)]
        while v >= 0 { path.append(v); v = ws.parentB[Int(v)] }
        return path
    }

    public func shortestPath(from s: Int32, to t: Int32) -> [Int32]? {
        var ws = SearchWorkspace(nodeCount: nodeCount)
        return shortestPath(from: s, to: t, workspace: &ws)
    }

    /// Hop distances from `s` (-1 where unreachable), stopping after `maxDepth` levels.
    ///
    /// - Complexity: O(V + E)
    public func distances(from s: Int32, maxDepth: Int = Int.max) -> [Int32] {
        var dist = [Int32](repeating: -1, count: nodeCount)
        var front: [Int32] = [s], next: [Int32] = []
        dist[Int(s)] = 0
        var depth: Int32 = 0
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                dist.withUnsafeMutableBufferPointer { d in
                    while !front.isEmpty && Int(depth) < maxDepth {
                        depth += 1
                        next.removeAll(keepingCapacity: true)
                        for u in front {
                            for i in Int(off[Int(u)])..<Int(off[Int(u) + 1]) where d[Int(tg[i])] < 0 {
                                d[Int(tg[i])] = depth
                                next.append(tg[i])
                            }
                        }
                        swap(&front, &next)
                    }
                }
            }
        }
        return dist
    }

    /// Every shortest path from `s` to `t`, in lexicographic order of node indices, at most
    /// `limit` of them; `truncated` says whether more exist (their number can grow
    /// exponentially with the length, so the caller picks the bound and is told).
    ///
    /// - Complexity: O(V + E) for two BFS, plus O(L) per path listed.
    public func allShortestPaths(from s: Int32, to t: Int32, limit: Int) -> (paths: [[Int32]], truncated: Bool) {
        if s == t { return ([[s]], false) }
        let fromS = distances(from: s)
        let length = fromS[Int(t)]
        guard length > 0 else { return ([], false) }
        let toT = distances(from: t, maxDepth: Int(length))
        var paths: [[Int32]] = []
        var truncated = false
        var stack: [Int32] = [s]
        func extend(_ u: Int32) {
            if truncated { return }
            if u == t {
                if paths.count == limit { truncated = true } else { paths.append(stack) }
                return
            }
            var last: Int32 = -1
            for v in neighbors(u) where v != last {
                last = v
                let dv = fromS[Int(v)]
                if dv == fromS[Int(u)] + 1 && toT[Int(v)] >= 0 && dv + toT[Int(v)] == length {
                    stack.append(v)
                    extend(v)
                    stack.removeLast()
                }
            }
        }
        extend(s)
        return (paths, truncated)
    }
}
