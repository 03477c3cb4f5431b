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

    /// The graph in a single-text format; nil for `neo4j`, which is two files (see
    /// `files`). `dotOptions` shape the DOT diagram; the Markdown report embeds the
    /// Mermaid diagram.
    public static func text(_ graph: Graph, format: ExportFormat, dotOptions: DOTOptions = .init()) -> String? {
        switch format {
        case .json: JSONGraphWriter.write(graph)
        case .dot: DOTWriter.write(graph, options: dotOptions)
        case .graphml: GraphMLWriter.write(graph)
        case .gexf: GEXFWriter.write(graph)
        case .mermaid: MermaidWriter.write(graph)
        case .cypher: CypherWriter.write(graph)
        case .markdown: MarkdownReportWriter.write(graph, diagram: nil)
        case .neo4j: nil
        }
    }

    /// The files a format writes, as (file name, text) pairs in a stable order:
    /// `BASE.EXT` for single-text formats, `BASE-nodes.csv` and `BASE-relationships.csv`
    /// for `neo4j`.
    public static func files(_ graph: Graph, format: ExportFormat, baseName: String, dotOptions: DOTOptions = .init()) -> [(name: String, text: String)] {
        if format == .neo4j {
            let csv = Neo4jCSVWriter.write(graph)
            return [("\(baseName)-nodes.csv", csv.nodes), ("\(baseName)-relationships.csv", csv.relationships)]
        }
        return text(graph, format: format, dotOptions: dotOptions).map { [("\(baseName).\(format.fileExtension)", $0)] } ?? []
    }
}
