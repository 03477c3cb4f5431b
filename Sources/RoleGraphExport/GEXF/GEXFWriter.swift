/// Writes a graph as GEXF 1.3, Gephi's own format, which NetworkX's `read_gexf` also reads.
///
/// Node labels and edge labels (the relation) are GEXF's own `label` attributes; the rest
/// are declared `<attributes>` with types: `type`, `work_type`, `aliases`, `external_ids`,
/// `mentions` (integer) for nodes; `kind`, `relation`, `confidence` (double), `evidence`,
/// `evidence_document`, `evidence_count` (integer) for edges. The edge `weight` is the
/// confidence, which Gephi uses for thickness; a node's `viz:color` is its type's
/// colour (`TypeColors`). Parallel edges are separate `<edge>`
/// elements; Gephi's import dialog decides whether to merge them. Characters XML 1.0
/// cannot carry become U+FFFD (see `XMLText`). No modification date is written, so the
/// same graph gives the same bytes.
public enum GEXFWriter {
    private struct Attribute {
        var id: String
        var type: String
    }

    private static let nodeAttributes = [
        Attribute(id: "type", type: "string"),
        Attribute(id: "work_type", type: "string"),
        Attribute(id: "aliases", type: "string"),
        Attribute(id: "mentions", type: "integer"),
        Attribute(id: "external_ids", type: "string"),
    ]

    private static let edgeAttributes = [
        Attribute(id: "kind", type: "string"),
        Attribute(id: "relation", type: "string"),
        Attribute(id: "confidence", type: "double"),
        Attribute(id: "evidence", type: "string"),
        Attribute(id: "evidence_document", type: "string"),
        Attribute(id: "evidence_count", type: "integer"),
    ]

    /// - Complexity: O(V log V + E log E) plus the size of the text.
    public static func write(_ graph: Graph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>RoleGraph</creator>
                <description>people, the roles they hold and the works they made</description>
              </meta>
              <graph defaultedgetype="directed" mode="static">

            """
        out += declarations("node", nodeAttributes)
        out += declarations("edge", edgeAttributes)
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.attribute(node.id))\" label=\"\(XMLText.attribute(node.label))\">\n"
            var values = [("type", node.type.rawValue)]
            if let workType = node.workType { values.append(("work_type", workType)) }
            if !node.aliases.isEmpty { values.append(("aliases", FlatFields.aliases(node))) }
            values.append(("mentions", String(node.mentions)))
            if !node.externalIDs.isEmpty { values.append(("external_ids", FlatFields.externalIDs(node))) }
            out += attvalues(values)
            let color = TypeColors.stroke(node.type)
            out += "        <viz:color r=\"\(color.r)\" g=\"\(color.g)\" b=\"\(color.b)\"/>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in graph.edges.enumerated() {
            let confidence = FlatFields.number(edge.confidence)
            out += "      <edge id=\"\(index)\" source=\"\(XMLText.attribute(edge.source))\" "
                + "target=\"\(XMLText.attribute(edge.target))\" label=\"\(XMLText.attribute(edge.relation))\" "
                + "weight=\"\(confidence)\">\n"
            var values = [
                ("kind", edge.kind.rawValue),
                ("relation", edge.relation),
                ("confidence", confidence),
            ]
            if let first = FlatFields.firstEvidence(edge) {
                values.append(("evidence", first.text))
                values.append(("evidence_document", first.document))
            }
            values.append(("evidence_count", String(edge.evidence.count)))
            out += attvalues(values)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func declarations(_ domain: String, _ attributes: [Attribute]) -> String {
        var out = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for a in attributes {
            out += "      <attribute id=\"\(a.id)\" title=\"\(a.id)\" type=\"\(a.type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func attvalues(_ values: [(String, String)]) -> String {
        var out = "        <attvalues>\n"
        for (key, value) in values {
            out += "          <attvalue for=\"\(key)\" value=\"\(XMLText.attribute(value))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }
}
