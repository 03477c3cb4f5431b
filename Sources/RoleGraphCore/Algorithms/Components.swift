import CMemoryHints

/// The connected components of the undirected view.
public struct Components: Sendable, Equatable {
    /// Component of each node; components are numbered in order of their smallest node.
    public var componentOf: [Int32]
    /// Size of each component, by component number.
    public var sizes: [Int]

    public var count: Int { sizes.count }

    /// Component numbers, largest first (ties: lower number first).
    public var bySize: [Int] {
        sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }
}

extension CompactGraph {
    /// Connected components by union-find over the edges (union by smaller index, path
    /// halving), which reads the adjacency in one sequential sweep.
    ///
    /// - Complexity: O((V + E) α(V))
    public func connectedComponents() -> Components {
        var parent = [Int32](unsafeUninitializedCapacity: nodeCount) { buf, n in
            for i in 0..<nodeCount { buf[i] = Int32(i) }
            n = nodeCount
        }
        parent.withUnsafeMutableBufferPointer { p in
            @inline(__always) func find(_ x: Int32) -> Int32 {
                var x = x
                while p[Int(x)] != x {
                    let gp = p[Int(p[Int(x)])]
                    p[Int(x)] = gp
                    x = gp
                }
                return x
            }
            offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { tg in
                    // The sweep is in adjacency order, so the parent entry the edge 16
                    // entries on will need is known: fetch it ahead.
                    let total = Int(off[nodeCount]), tgP = tg.baseAddress!, pP = p.baseAddress!
                    for u in 0..<nodeCount {
                        for i in Int(off[u])..<Int(off[u + 1]) {
                            if i + 16 < total { rg_prefetch(pP + Int(tgP[i + 16])) }
                            let v = Int(tg[i])
                            // Each edge is listed at both ends; one visit suffices.
                            if v <= u { continue }
                            let a = find(Int32(u)), b = find(Int32(v))
                            if a != b { if a < b { p[Int(b)] = a } else { p[Int(a)] = b } }
                        }
                    }
                }
            }
        }
        // Roots are the smallest node of their component, so numbering in node order
        // numbers components by their smallest node.
        var sizes: [Int] = []
        var number = [Int32](repeating: -1, count: nodeCount)
        for v in 0..<nodeCount {
            var r = Int(parent[v])
            while Int(parent[r]) != r { r = Int(parent[r]) }
            if number[r] < 0 { number[r] = Int32(sizes.count); sizes.append(0) }
            parent[v] = Int32(r)
            number[v] = number[r]
            sizes[Int(number[r])] += 1
        }
        return Components(componentOf: number, sizes: sizes)
    }
}
