import ArgumentParser
import Foundation
import RoleGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read documents and print the graph of people, roles and works they describe.",
        discussion: """
        Each FILE (or - for standard input) is read as UTF-8 text: plain text, Markdown or
        HTML, guessed from the name and content unless --input-format says. Site furniture
        (share buttons, newsletter prompts, bylines, photo credits) is ignored. The graphs
        of all files are merged: the same name gives one node, and every edge lists each
        sentence that states it, with its document and character offsets.

        Edges carry a confidence between 0 and 1; --min-confidence drops the weaker ones.

        Example:
          rolegraph extract article.txt --format json
          rolegraph extract notes.md page.html --min-confidence 0.7 > graph.json
          curl -s https://example.org/a.html | rolegraph extract - --input-format html
        """.reflowed
    )

    /// Formats `extract` can print: every exporter that writes one text.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, dot, graphml, gexf, mermaid, cypher, markdown

        func write(_ graph: Graph) -> String {
            ExportFormat.text(graph, format: ExportFormat(rawValue: rawValue)!) ?? ""
        }
    }

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case auto, plain, markdown, html

        func resolve(path: String, text: String) -> TextFormat {
            switch self {
            case .auto: TextFormat.guess(path: path, text: text)
            case .plain: .plain
            case .markdown: .markdown
            case .html: .html
            }
        }
    }

    @Argument(help: ArgumentHelp("Documents to read; - reads standard input.", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .json

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Keep only edges at least this sure (0 to 1).", valueName: "x"))
    var minConfidence: Double = 0

    @Option(name: .customLong("input-format"), help: "How the documents are marked up: auto, plain, markdown or html.")
    var inputFormat: InputFormat = .auto

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file (or - for standard input)") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        let extractor = try Extractor()
        var graph = Graph()
        for file in files {
            let text = try TextFile.read(file)
            graph.merge(extractor.extract(text: text, document: file, format: inputFormat.resolve(path: file, text: text)))
        }
        if minConfidence > 0 { graph.filterEdges { $0.confidence >= minConfidence } }
        FileHandle.standardOutput.write(Data(format.write(graph).utf8))
    }
}
