/// Writes a graph as a Cypher script for `cypher-shell -f FILE` (or Neo4j Browser), one
/// statement a line, with literals only (no parameters). `MERGE` on the `id` property
/// makes the script safe to run twice. The model is `Neo4jSchema`'s, the properties are
/// the CSV export's (`Neo4jCSVWriter`), with lists as Cypher lists.
public enum CypherWriter {
    /// - Complexity: O(V log V + E log E) plus the size of the text.
    public static func write(_ graph: Graph) -> String {
        let entity = Neo4jSchema.entityLabel
        var out = "// RoleGraph: \(graph.nodeCount) nodes, \(graph.edgeCount) relationships.\n"
        out += "CREATE CONSTRAINT rolegraph_entity_id IF NOT EXISTS FOR (n:\(entity)) REQUIRE n.id IS UNIQUE;\n"
        for node in graph.nodes {
            var sets = [
                "n:\(name(Neo4jSchema.label(node.type)))",
                "n.name = \(literal(node.label))",
                "n.type = \(literal(node.type.rawValue))",
            ]
            if let workType = node.workType { sets.append("n.work_type = \(literal(workType))") }
            if !node.aliases.isEmpty { sets.append("n.aliases = \(list(node.aliases))") }
            sets.append("n.mentions = \(node.mentions)")
            if !node.externalIDs.isEmpty { sets.append("n.external_ids = \(list(node.externalIDs))") }
            out += "MERGE (n:\(entity) {id: \(literal(node.id))}) SET \(sets.joined(separator: ", "));\n"
        }
        for edge in graph.edges {
            var sets = ["r.confidence = \(FlatFields.number(edge.confidence))"]
            if let first = FlatFields.firstEvidence(edge) {
                sets.append("r.evidence = \(literal(first.text))")
                sets.append("r.evidence_document = \(literal(first.document))")
            }
            sets.append("r.evidence_count = \(edge.evidence.count)")
            out += "MATCH (a:\(entity) {id: \(literal(edge.source))}), (b:\(entity) {id: \(literal(edge.target))}) "
                + "MERGE (a)-[r:\(name(Neo4jSchema.relationshipType(edge))) "
                + "{kind: \(literal(edge.kind.rawValue)), relation: \(literal(edge.relation))}]->(b) "
                + "SET \(sets.joined(separator: ", "));\n"
        }
        return out
    }

    /// A Cypher string literal in single quotes, with the escapes Cypher defines
    /// (`\\`, `\'`, `\n`, `\r`, `\t`, `\b`, `\f`) and `\uXXXX` for other control characters,
    /// so every statement stays on one line.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func literal(_ s: String) -> String {
        var out = "'"
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// A label or relationship type in backticks, a backtick inside doubled.
    public static func name(_ s: String) -> String {
        "`" + s.split(separator: "`", omittingEmptySubsequences: false).joined(separator: "``") + "`"
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(literal).joined(separator: ", ") + "]"
    }
}
