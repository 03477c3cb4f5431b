extension CompactGraph {
    /// The `k` nodes with most edges (parallel edges counted), optionally of one type;
    /// ties go to the lower index (for graphs from a `Graph`, the smaller id).
    ///
    /// - Complexity: O(V log k)
    public func topByDegree(_ k: Int, type: EntityType? = nil) -> [(node: Int32, degree: Int)] {
        guard k > 0 else { return [] }
        // Kept ascending by (degree, -index): the weakest entry is first and drops out.
        var top: [(node: Int32, degree: Int)] = []
        func weaker(_ a: (node: Int32, degree: Int), _ b: (node: Int32, degree: Int)) -> Bool {
            a.degree != b.degree ? a.degree < b.degree : a.node > b.node
        }
        for i in 0..<nodeCount {
            let v = Int32(i)
            if let t = type, self.type(v) != t { continue }
            let entry = (node: v, degree: degree(v))
            if top.count == k {
                if !weaker(top[0], entry) { continue }
                top.removeFirst()
            }
            let at = top.firstIndex { !weaker($0, entry) } ?? top.count
            top.insert(entry, at: at)
        }
        return top.reversed()
    }

    /// The k highest values of a per-node measure (PageRank, betweenness), ties to the
    /// lower index.
    ///
    /// - Complexity: O(V log V)
    public static func top(_ k: Int, of values: [Double]) -> [(node: Int32, value: Double)] {
        values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            .prefix(k).map { (Int32($0), values[$0]) }
    }
}
