/// Writes a graph as the node-link JSON document of CONTRACT.md (`format: rolegraph/1`),
/// the shape NetworkX's `node_link_graph` reads. Nodes are sorted by id and edges by
/// (source, target, kind, relation), so equal graphs give byte-identical text.
public enum JSONGraphWriter {
    public static let format = "rolegraph/1"

    /// - Complexity: O(V log V + E log E) plus the size of the text.
    public static func write(_ graph: Graph) -> String {
        var out = "{\n"
        out += "  \"format\": \(JSONText.quote(format)),\n"
        out += "  \"directed\": true,\n"
        out += "  \"multigraph\": true,\n"
        out += "  \"graph\": {},\n"
        out += "  \"nodes\": ["
        out += graph.nodes.map { "\n    " + node($0) }.joined(separator: ",")
        out += graph.nodeCount == 0 ? "],\n" : "\n  ],\n"
        out += "  \"edges\": ["
        out += graph.edges.map { "\n    " + edge($0) }.joined(separator: ",")
        out += graph.edgeCount == 0 ? "]\n" : "\n  ]\n"
        out += "}\n"
        return out
    }

    /// One node as a single-line JSON object (also used by `path --format json`).
    public static func node(_ n: Node) -> String {
        var fields = [
            "\"id\": \(JSONText.quote(n.id))",
            "\"label\": \(JSONText.quote(n.label))",
            "\"type\": \(JSONText.quote(n.type.rawValue))",
        ]
        if let w = n.workType { fields.append("\"work_type\": \(JSONText.quote(w))") }
        fields.append("\"aliases\": [\(n.aliases.map(JSONText.quote).joined(separator: ", "))]")
        fields.append("\"mentions\": \(n.mentions)")
        if !n.externalIDs.isEmpty {
            fields.append("\"external_ids\": [\(n.externalIDs.map(JSONText.quote).joined(separator: ", "))]")
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// One edge as a single-line JSON object, its evidence included.
    public static func edge(_ e: Edge) -> String {
        let evidence = e.evidence.map { ev in
            "{\"document\": \(JSONText.quote(ev.document)), \"start\": \(ev.start), \"end\": \(ev.end), \"text\": \(JSONText.quote(ev.text))}"
        }
        return "{\"source\": \(JSONText.quote(e.source)), \"target\": \(JSONText.quote(e.target)), "
            + "\"kind\": \(JSONText.quote(e.kind.rawValue)), \"relation\": \(JSONText.quote(e.relation)), "
            + "\"confidence\": \(JSONText.number(e.confidence)), \"evidence\": [\(evidence.joined(separator: ", "))]}"
    }
}
