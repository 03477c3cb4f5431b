/// Writes a graph as the two CSV files `neo4j-admin database import` reads:
///
///     neo4j-admin database import full --nodes=nodes.csv \
///         --relationships=relationships.csv --multiline-fields=true \
///         --legacy-style-quoting=false neo4j
///
/// Nodes: `id:ID` (the RoleGraph id), `name`, `:LABEL` (`Entity;Person`, ...), `type`,
/// `work_type`, `aliases:string[]`, `mentions:int`, `external_ids:string[]`.
/// Relationships: `:START_ID`, `:END_ID`, `:TYPE` (see `Neo4jSchema`), `kind`, `relation`,
/// `confidence:double`, `evidence` (the first statement), `evidence_document`,
/// `evidence_count:int`.
///
/// Fields are quoted as RFC 4180 says (a field with a comma, quote or line break is
/// quoted, quotes doubled) and records end in CRLF. `--multiline-fields=true` is needed
/// because names and sentences may hold line breaks; `--legacy-style-quoting=false` (the
/// default in current versions) keeps a name that ends in a backslash from escaping the
/// closing quote. Arrays use neo4j-admin's default
/// delimiter `;`, which has no escape: an alias that itself contains `;` is split in two
/// on import (the CSV text itself stays exact).
public enum Neo4jCSVWriter {
    public static let nodeHeader = ["id:ID", "name", ":LABEL", "type", "work_type",
                                    "aliases:string[]", "mentions:int", "external_ids:string[]"]
    public static let relationshipHeader = [":START_ID", ":END_ID", ":TYPE", "kind", "relation",
                                            "confidence:double", "evidence", "evidence_document",
                                            "evidence_count:int"]
    public static let arrayDelimiter = ";"

    /// - Complexity: O(V log V + E log E) plus the size of the text.
    public static func write(_ graph: Graph) -> (nodes: String, relationships: String) {
        var nodes = record(nodeHeader)
        for node in graph.nodes {
            nodes += record([
                node.id,
                node.label,
                "\(Neo4jSchema.entityLabel)\(arrayDelimiter)\(Neo4jSchema.label(node.type))",
                node.type.rawValue,
                node.workType,
                node.aliases.isEmpty ? nil : node.aliases.joined(separator: arrayDelimiter),
                String(node.mentions),
                node.externalIDs.isEmpty ? nil : node.externalIDs.joined(separator: arrayDelimiter),
            ])
        }
        var relationships = record(relationshipHeader)
        for edge in graph.edges {
            let first = FlatFields.firstEvidence(edge)
            relationships += record([
                edge.source,
                edge.target,
                Neo4jSchema.relationshipType(edge),
                edge.kind.rawValue,
                edge.relation,
                FlatFields.number(edge.confidence),
                first?.text,
                first?.document,
                String(edge.evidence.count),
            ])
        }
        return (nodes, relationships)
    }

    /// One CSV field. Nil is the empty, unquoted field that neo4j-admin reads as "no
    /// property"; an empty string is written `""` so that it stays a value.
    ///
    /// - Complexity: O(n) in the length of the value.
    public static func field(_ value: String?) -> String {
        guard let value else { return "" }
        let needsQuotes = value.isEmpty || value.unicodeScalars.contains {
            $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
        } || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    private static func record(_ fields: [String?]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
