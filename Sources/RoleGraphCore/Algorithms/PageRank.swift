extension CompactGraph {
    /// PageRank over the undirected view (every edge links both ways; parallel edges count
    /// once each), with damping `damping`; the rank of nodes without edges is spread over
    /// all nodes. Runs exactly `iterations` rounds unless the L1 change falls below
    /// `tolerance` first. Pull-style: each node sums its neighbours' shares, so node
    /// ranges split across cores without atomics.
    ///
    /// - Complexity: O(iterations × (V + E)) time, O(V) extra memory.
    public func pageRank(damping: Double = 0.85, iterations: Int = 20, tolerance: Double = 0) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var rank = [Double](repeating: 1.0 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let workers = Parallel.workers(limit: max(1, targets.count / 100_000))
        let ranges = Parallel.balancedRanges(offsets: offsets, parts: workers)
        var partialDiff = [Double](repeating: 0, count: ranges.count)
        for _ in 0..<iterations {
            var dangling = 0.0
            rank.withUnsafeBufferPointer { r in
                share.withUnsafeMutableBufferPointer { sh in
                    offsets.withUnsafeBufferPointer { off in
                        for v in 0..<n {
                            let d = off[v + 1] - off[v]
                            if d == 0 { dangling += r[v]; sh[v] = 0 } else { sh[v] = r[v] / Double(d) }
                        }
                    }
                }
            }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            let nextP = next.withUnsafeMutableBufferPointer { SharedPointer($0.baseAddress!) }
            let diffP = partialDiff.withUnsafeMutableBufferPointer { SharedPointer($0.baseAddress!) }
            share.withUnsafeBufferPointer { sh in
                rank.withUnsafeBufferPointer { r in
                    offsets.withUnsafeBufferPointer { off in
                        targets.withUnsafeBufferPointer { tg in
                            Parallel.forEach(ranges.count) { part in
                                var diff = 0.0
                                for v in ranges[part] {
                                    var sum = 0.0
                                    for i in Int(off[v])..<Int(off[v + 1]) { sum += sh[Int(tg[i])] }
                                    let x = base + damping * sum
                                    nextP.base[v] = x
                                    diff += abs(x - r[v])
                                }
                                diffP.base[part] = diff
                            }
                        }
                    }
                }
            }
            swap(&rank, &next)
            if partialDiff.reduce(0, +) < tolerance { break }
        }
        return rank
    }
}
