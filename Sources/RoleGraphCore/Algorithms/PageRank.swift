import CMemoryHints

extension CompactGraph {
    /// PageRank over the undirected view (every edge links both ways; parallel edges count
    /// once each), with damping `damping`; the rank of nodes without edges is spread over
    /// all nodes. Runs exactly `iterations` rounds unless the L1 change falls below
    /// `tolerance` first. `threads` 0 uses every core.
    ///
    /// Pull-style, so node ranges split across cores without atomics: each node sums its
    /// neighbours' shares (rank / degree), and the same pass writes the node's share for
    /// the next round, so each round reads the adjacency once and nothing else twice.
    ///
    /// - Complexity: O(iterations × (V + E)) time, O(V) extra memory.
    public func pageRank(damping: Double = 0.85, iterations: Int = 20, tolerance: Double = 0, threads: Int = 0) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var rank = [Double](repeating: 1.0 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var share = [Double](repeating: 0, count: n)
        var nextShare = [Double](repeating: 0, count: n)
        var dangling = 0.0
        for v in 0..<n {
            let d = offsets[v + 1] - offsets[v]
            if d == 0 { dangling += rank[v] } else { share[v] = rank[v] / Double(d) }
        }
        let workers = Parallel.workers(requested: threads, limit: threads > 0 ? n : max(1, targets.count / 100_000))
        let ranges = Parallel.balancedRanges(offsets: offsets, parts: workers)
        var partDangling = [Double](repeating: 0, count: ranges.count)
        var partDiff = [Double](repeating: 0, count: ranges.count)
        let measureChange = tolerance > 0
        for _ in 0..<iterations {
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
            share.withUnsafeBufferPointer { sh in
            rank.withUnsafeBufferPointer { r in
            next.withUnsafeMutableBufferPointer { nx in
            nextShare.withUnsafeMutableBufferPointer { ns in
            partDangling.withUnsafeMutableBufferPointer { pd in
            partDiff.withUnsafeMutableBufferPointer { pf in
                let nxP = SharedPointer(nx.baseAddress!), nsP = SharedPointer(ns.baseAddress!)
                let pdP = SharedPointer(pd.baseAddress!), pfP = SharedPointer(pf.baseAddress!)
                Parallel.forEach(ranges.count) { part in
                    var lost = 0.0, diff = 0.0
                    // The adjacency is read in order, so the neighbour whose share is
                    // needed 32 entries from now is known: fetch it ahead.
                    let shP = sh.baseAddress!, tgP = tg.baseAddress!
                    let stop = Int(off[ranges[part].upperBound])
                    for v in ranges[part] {
                        let lo = Int(off[v]), hi = Int(off[v + 1])
                        var sum = 0.0
                        var i = lo
                        while i < hi {
                            if i + 32 < stop { rg_prefetch(shP + Int(tgP[i + 32])) }
                            sum += sh[Int(tg[i])]; i += 1
                        }
                        let x = base + damping * sum
                        nxP.base[v] = x
                        if hi == lo { lost += x; nsP.base[v] = 0 } else { nsP.base[v] = x / Double(hi - lo) }
                        if measureChange { diff += abs(x - r[v]) }
                    }
                    pdP.base[part] = lost
                    pfP.base[part] = diff
                }
            }}}}}}}}
            swap(&rank, &next)
            swap(&share, &nextShare)
            dangling = partDangling.reduce(0, +)
            if measureChange && partDiff.reduce(0, +) < tolerance { break }
        }
        return rank
    }
}
