/// JSON answers of the query commands (CONTRACT.md), with nodes and edges written exactly
/// as in the graph JSON.
public enum QueryJSON {
    /// `{"length": L, "nodes": [...], "edges": [...]}` in path order.
    public static func path(_ p: PathExplanation) -> String {
        "{\"length\": \(p.length), " + body(p) + "}\n"
    }

    /// Every shortest path: `{"length": L, "paths": [{"nodes": ..., "edges": ...}], "truncated": B}`.
    public static func paths(_ ps: [PathExplanation], truncated: Bool) -> String {
        let length = ps.first?.length ?? 0
        let items = ps.map { "\n    {" + body($0) + "}" }.joined(separator: ",")
        return "{\"length\": \(length), \"paths\": [\(items)\(ps.isEmpty ? "" : "\n  ")], \"truncated\": \(truncated)}\n"
    }

    /// `{"from": ID, "histogram": {"0": 1, ...}, "unreachable": K}`.
    public static func separation(from id: String, _ h: SeparationHistogram) -> String {
        let bins = h.counts.enumerated().map { "\"\($0.offset)\": \($0.element)" }.joined(separator: ", ")
        return "{\"from\": \(quote(id)), \"histogram\": {\(bins)}, \"unreachable\": \(h.unreachable)}\n"
    }

    private static func body(_ p: PathExplanation) -> String {
        "\"nodes\": [" + p.nodes.map(JSONGraphWriter.node).joined(separator: ", ") + "], "
            + "\"edges\": [" + p.edges.map(JSONGraphWriter.edge).joined(separator: ", ") + "]"
    }

    static func quote(_ s: String) -> String { JSONText.quote(s) }
}
