extension CompactGraph {
    /// Nodes at most `hops` edges from `center` over the undirected view, in index order.
    ///
    /// - Complexity: O(size of the neighbourhood and its edges)
    public func neighbourhood(of center: Int32, hops: Int) -> [Int32] {
        var depth: [Int32: Int] = [center: 0]
        var front: [Int32] = [center]
        var level = 0
        while !front.isEmpty && level < hops {
            level += 1
            var next: [Int32] = []
            for u in front { for v in neighbors(u) where depth[v] == nil { depth[v] = level; next.append(v) } }
            front = next
        }
        return depth.keys.sorted()
    }
}

extension Graph {
    /// The ego graph: every node within `hops` edges of `id` (directions ignored) and the
    /// edges among them.
    ///
    /// - Complexity: O(V log V + E log E) to index the graph, then the neighbourhood's size.
    public func neighbourhood(of id: String, hops: Int) -> Graph {
        guard contains(id) else { return Graph() }
        let compact = CompactGraph(self)
        guard let c = compact.index(ofID: id) else { return Graph() }
        return subgraph(Set(compact.neighbourhood(of: c, hops: hops).map { compact.id($0) }))
    }
}
