/// The text formats a graph can be exported to, for the command line's `--format` and
/// `--formats` options.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, dot, graphml, gexf, mermaid, cypher, neo4j, markdown

    /// The extension of the file the format is written to. `neo4j` writes two CSV files
    /// (see `files(_:format:baseName:)`).
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .dot: "dot"
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .mermaid: "mmd"
        case .cypher: "cypher"
        case .neo4j: "csv"
        case .markdown: "md"
        }
    }

    /// The graph in a single-text format; nil for the formats that are not one text
    /// written here: `dot` (the DOT writer) and `neo4j` (two files, see `files`).
    /// The Markdown report embeds the Mermaid diagram.
    public static func text(_ graph: Graph, format: ExportFormat) -> String? {
        switch format {
        case .json: JSONGraphWriter.write(graph)
        case .graphml: GraphMLWriter.write(graph)
        case .gexf: GEXFWriter.write(graph)
        case .mermaid: MermaidWriter.write(graph)
        case .cypher: CypherWriter.write(graph)
        case .markdown: MarkdownReportWriter.write(graph, diagram: nil)
        case .dot, .neo4j: nil
        }
    }

    /// The files a format writes, as (file name, text) pairs in a stable order:
    /// `BASE.EXT` for single-text formats, `BASE-nodes.csv` and `BASE-relationships.csv`
    /// for `neo4j`. Nil for `dot`, which the DOT writer produces.
    public static func files(_ graph: Graph, format: ExportFormat, baseName: String) -> [(name: String, text: String)]? {
        if format == .neo4j {
            let csv = Neo4jCSVWriter.write(graph)
            return [("\(baseName)-nodes.csv", csv.nodes), ("\(baseName)-relationships.csv", csv.relationships)]
        }
        return text(graph, format: format).map { [("\(baseName).\(format.fileExtension)", $0)] }
    }
}
