/// How the table-like formats (GraphML, GEXF, CSV, Cypher, the Markdown report) flatten
/// the parts of a graph that are lists: one place, so every format says the same thing.
public enum FlatFields {
    /// Joins aliases and external ids in formats without list values.
    public static let listSeparator = "; "

    public static func aliases(_ node: Node) -> String {
        node.aliases.joined(separator: listSeparator)
    }

    public static func externalIDs(_ node: Node) -> String {
        node.externalIDs.joined(separator: listSeparator)
    }

    /// The statement that represents an edge: the first in (document, offset) order.
    /// The formats write it with the number of statements; the JSON keeps them all.
    public static func firstEvidence(_ edge: Edge) -> Evidence? {
        edge.evidence.first
    }

    /// The confidence as a decimal that every reader parses: shortest round-trip form,
    /// and 0 for a value that is not finite.
    public static func number(_ x: Double) -> String {
        x.isFinite ? "\(x)" : "0.0"
    }
}
