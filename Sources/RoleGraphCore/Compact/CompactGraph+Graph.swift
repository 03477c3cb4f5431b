extension CompactGraph {
    /// The compact form of a rich graph: node i is the i-th node in id order, so indices
    /// (and every tie-break that uses them) follow the ids.
    ///
    /// - Complexity: O(V log V + E log E)
    public init(_ graph: Graph) {
        var b = CompactGraphBuilder()
        let nodes = graph.nodes
        let edges = graph.edges
        b.reserve(nodes: nodes.count, edges: edges.count)
        var index: [String: Int32] = [:]
        index.reserveCapacity(nodes.count)
        for n in nodes {
            let v = b.addNode(id: n.id, label: n.label, type: n.type, externalID: n.externalIDs.first)
            index[n.id] = v
            for a in n.aliases { b.addAlias(v, a) }
            for x in n.externalIDs.dropFirst() { b.addAlias(v, x) }
        }
        for e in edges {
            let r = b.relation(kind: e.kind, name: e.relation)
            b.addEdge(index[e.source]!, index[e.target]!, relation: r)
        }
        // A Graph holds far fewer than 2^31 edges in memory, so this cannot fail.
        self = try! b.build()
    }

    /// The index of the node with exactly this id, if any.
    ///
    /// - Complexity: O(V) over the id bytes.
    public func index(ofID id: String) -> Int32? {
        let key = Array(id.utf8)
        for v in 0..<nodeCount where ids.bytes(v).elementsEqual(key) { return Int32(v) }
        if let slash = key.firstIndex(of: 47) {
            let ext = key[(slash + 1)...]
            for v in 0..<nodeCount where ids.starts[v] == ids.starts[v + 1] && externalIDs.bytes(v).elementsEqual(ext)
                && self.id(Int32(v)) == id { return Int32(v) }
        }
        return nil
    }
}
