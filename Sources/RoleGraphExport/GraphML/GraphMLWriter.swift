/// Writes a graph as GraphML with typed attribute keys: the format NetworkX's
/// `read_graphml`, yEd and Gephi open.
///
/// Every node carries `label`, `type`, `mentions` (int) and, where present, `work_type`,
/// `aliases` and `external_ids` (joined with `"; "`). Every edge carries `label` (the
/// relation, which Gephi shows), `kind`, `relation`, `confidence` (double), `evidence`
/// (the first statement), `evidence_document` and `evidence_count` (int). Edges are
/// directed; two facts between the same pair are two parallel `<edge>` elements.
/// Characters XML 1.0 cannot carry become U+FFFD (see `XMLText`).
public enum GraphMLWriter {
    struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
    }

    static let keys: [Key] = [
        Key(id: "label", domain: "node", name: "label", type: "string"),
        Key(id: "type", domain: "node", name: "type", type: "string"),
        Key(id: "work_type", domain: "node", name: "work_type", type: "string"),
        Key(id: "aliases", domain: "node", name: "aliases", type: "string"),
        Key(id: "mentions", domain: "node", name: "mentions", type: "int"),
        Key(id: "external_ids", domain: "node", name: "external_ids", type: "string"),
        Key(id: "edge_label", domain: "edge", name: "label", type: "string"),
        Key(id: "kind", domain: "edge", name: "kind", type: "string"),
        Key(id: "relation", domain: "edge", name: "relation", type: "string"),
        Key(id: "confidence", domain: "edge", name: "confidence", type: "double"),
        Key(id: "evidence", domain: "edge", name: "evidence", type: "string"),
        Key(id: "evidence_document", domain: "edge", name: "evidence_document", type: "string"),
        Key(id: "evidence_count", domain: "edge", name: "evidence_count", type: "int"),
    ]

    /// - Complexity: O(V log V + E log E) plus the size of the text.
    public static func write(_ graph: Graph) -> String {
        let nodes = graph.nodes
        let edges = graph.edges
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        // Parse info lets a streaming reader size its tables; edge ids follow the
        // canonical e0, e1, ... scheme that `parse.edgeids` promises.
        out += "  <graph id=\"G\" edgedefault=\"directed\" parse.nodes=\"\(nodes.count)\" "
            + "parse.edges=\"\(edges.count)\" parse.order=\"nodesfirst\" "
            + "parse.nodeids=\"free\" parse.edgeids=\"canonical\">\n"
        for node in nodes {
            out += "    <node id=\"\(XMLText.attribute(node.id))\">\n"
            out += data("label", node.label)
            out += data("type", node.type.rawValue)
            if let workType = node.workType { out += data("work_type", workType) }
            if !node.aliases.isEmpty { out += data("aliases", FlatFields.aliases(node)) }
            out += data("mentions", String(node.mentions))
            if !node.externalIDs.isEmpty { out += data("external_ids", FlatFields.externalIDs(node)) }
            out += "    </node>\n"
        }
        for (index, edge) in edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLText.attribute(edge.source))\" "
                + "target=\"\(XMLText.attribute(edge.target))\">\n"
            out += data("edge_label", edge.relation)
            out += data("kind", edge.kind.rawValue)
            out += data("relation", edge.relation)
            out += data("confidence", FlatFields.number(edge.confidence))
            if let first = FlatFields.firstEvidence(edge) {
                out += data("evidence", first.text)
                out += data("evidence_document", first.document)
            }
            out += data("evidence_count", String(edge.evidence.count))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.content(value))</data>\n"
    }
}
