import CMemoryHints

extension CompactGraph {
    /// Betweenness centrality on the undirected view, counting each unordered pair once
    /// (NetworkX's `normalized=False` for an undirected graph). Parallel edges count as
    /// separate shortest paths, as in a multigraph.
    ///
    /// Exact: Brandes from every node. Sampled (`sources` given): Brandes from those
    /// nodes only, scaled by V / k, an unbiased estimate. Sources split across cores;
    /// each worker keeps its own buffers and totals, summed in worker order at the end,
    /// so the same thread count gives the same figures every run. `threads` 0 uses every core.
    ///
    /// - Complexity: O(k × (V + E)) time for k sources, O(workers × V) memory.
    public func betweenness(sources: [Int32]? = nil, threads: Int = 0) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let list = sources ?? (0..<n).map { Int32($0) }
        let workers = Parallel.workers(requested: threads, limit: max(1, list.count))
        let totals = offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                Parallel.map(workers) { w in
                    // Levels in their own small array (every edge checks one). One Double per
                    // node holds its path count σ during the forward pass and, once the
                    // backward sweep has passed it, its term (1 + δ) / σ: nothing reads a
                    // node's σ after its term is known, so the two share a slot.
                    var level = [Int32](repeating: -1, count: n)
                    var state = [Double](repeating: 0, count: n)
                    var acc = [Double](repeating: 0, count: n)
                    var order = [Int32](repeating: 0, count: n)
                    acc.withUnsafeMutableBufferPointer { acc in
                    state.withUnsafeMutableBufferPointer { st in
                    level.withUnsafeMutableBufferPointer { dist in
                    order.withUnsafeMutableBufferPointer { order in
                        var k = w
                        while k < list.count {
                            let s = Int(list[k])
                            k += workers
                            // Forward: BFS order in `order`, shortest-path counts in sigma.
                            var head = 0, tail = 1
                            order[0] = Int32(s); dist[s] = 0; st[s] = 1
                            while head < tail {
                                // Nodes in BFS order are scattered: fetch ahead (see `prefetchAhead`).
                                prefetchAhead(order, head, tail, 1, off: off, tg: tg, level: dist.baseAddress!, state: st.baseAddress!)
                                let u = Int(order[head]); head += 1
                                let du = dist[u] + 1, su = st[u]
                                for i in Int(off[u])..<Int(off[u + 1]) {
                                    let v = Int(tg[i])
                                    let dv = dist[v]
                                    if dv < 0 {
                                        dist[v] = du; st[v] = su
                                        order[tail] = Int32(v); tail += 1
                                    } else if dv == du {
                                        st[v] += su
                                    }
                                }
                            }
                            // Backward, pulling from successors: delta(x) = sigma(x) ×
                            // Σ (1 + delta(w)) / sigma(w) over neighbours w one level further,
                            // each w's term computed once and kept in its slot.
                            var j = tail - 1
                            while j >= 0 {
                                prefetchAhead(order, j, -1, -1, off: off, tg: tg, level: dist.baseAddress!, state: st.baseAddress!)
                                let x = Int(order[j]); j -= 1
                                let next = dist[x] + 1
                                var sum = 0.0
                                for i in Int(off[x])..<Int(off[x + 1]) {
                                    let v = Int(tg[i])
                                    if dist[v] == next { sum += st[v] }
                                }
                                let sigma = st[x]
                                let delta = sigma * sum
                                if x != s { acc[x] += delta }
                                st[x] = (1 + delta) / sigma
                            }
                            // Reset only what this source touched.
                            for i in 0..<tail { let v = Int(order[i]); dist[v] = -1; st[v] = 0 }
                        }
                    }}}}
                    return acc
                }
            }
        }
        var result = totals[0]
        for w in 1..<workers { for v in 0..<n { result[v] += totals[w][v] } }
        let scale = (sources == nil ? 1.0 : Double(n) / Double(max(1, list.count))) / 2
        for v in 0..<n { result[v] *= scale }
        return result
    }

    /// For a walk over `order` from `at` towards `end` in steps of `step`: fetches the
    /// offsets of the node 8 steps ahead, the list of the node 4 ahead, and the level and
    /// state of the neighbours of the node 2 ahead (its list has arrived by then), so the
    /// cache misses of several nodes overlap.
    @inline(__always)
    private func prefetchAhead(_ order: UnsafeMutableBufferPointer<Int32>, _ at: Int, _ end: Int, _ step: Int,
                               off: UnsafeBufferPointer<Int32>, tg: UnsafeBufferPointer<Int32>,
                               level: UnsafeMutablePointer<Int32>, state: UnsafeMutablePointer<Double>) {
        let offP = off.baseAddress!, tgP = tg.baseAddress!
        let far = at + 8 * step, mid = at + 4 * step, near = at + 2 * step
        if step > 0 ? far < end : far > end { rg_prefetch(offP + Int(order[far])) }
        if step > 0 ? mid < end : mid > end { rg_prefetch(tgP + Int(offP[Int(order[mid])])) }
        if step > 0 ? near < end : near > end {
            let w = Int(order[near])
            for i in Int(offP[w])..<Int(offP[w + 1]) {
                let v = Int(tgP[i])
                rg_prefetch(level + v)
                rg_prefetch(state + v)
            }
        }
    }

    /// `k` distinct nodes drawn with a seeded generator (the same seed, the same nodes).
    ///
    /// - Complexity: O(k) expected when k ≪ V, O(V) memory at worst.
    public func sampleSources(_ k: Int, seed: UInt64) -> [Int32] {
        let k = min(k, nodeCount)
        var rng = SplitMix64(seed: seed)
        var chosen = Set<Int32>()
        var out: [Int32] = []
        while out.count < k {
            let v = Int32(truncatingIfNeeded: rng.next() % UInt64(nodeCount))
            if chosen.insert(v).inserted { out.append(v) }
        }
        return out
    }
}

/// A small, fast generator whose stream depends only on its seed (Steele et al., 2014).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
