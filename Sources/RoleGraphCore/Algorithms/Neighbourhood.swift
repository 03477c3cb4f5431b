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

extension CompactGraph {
    /// The subgraph induced by `nodes` as a rich `Graph` (without evidence, which the
    /// compact form does not keep), each stored edge once.
    ///
    /// - Complexity: O(Σ degree of the nodes + output size × log)
    public func subgraph(_ nodes: [Int32]) -> Graph {
        let inside = Set(nodes)
        var g = Graph()
        for v in nodes { g.add(node(v)) }
        for u in nodes {
            for i in Int(offsets[Int(u)])..<Int(offsets[Int(u) + 1]) {
                let v = targets[i], info = EdgeInfo(raw: infos[i])
                // Each edge is listed at both ends; take it from its source's list.
                guard !info.isReversed, inside.contains(v) else { continue }
                let r = relations[Int(info.relation)]
                g.add(Edge(source: id(u), target: id(v), kind: r.kind, relation: r.name))
            }
        }
        return g
    }
}

extension QueryGraph {
    /// The ego graph of `center` within `hops` edges, with evidence when the graph came
    /// from text.
    ///
    /// - Complexity: O(size of the neighbourhood and its edges)
    public func neighbourhood(of center: Int32, hops: Int) -> Graph {
        let nodes = compact.neighbourhood(of: center, hops: hops)
        if let g = graph { return g.subgraph(Set(nodes.map { compact.id($0) })) }
        return compact.subgraph(nodes)
    }
}
