import ArgumentParser
import Foundation
import RoleGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read documents and print the graph of people, roles and works they describe.",
        discussion: """
        Each FILE (or - for standard input) is read as UTF-8 text: plain text, Markdown or HTML, guessed from the name and content unless --input-format says. Site furniture (share buttons, newsletter prompts, bylines, photo credits) is ignored.

        The graphs of all files are merged: the same name gives one node, and every edge lists each sentence that states it, with its document and character offsets (Unicode scalars, into the file as read, HTML tags included). Edges carry a confidence between 0 and 1; --min-confidence drops the weaker ones.

        Examples:
          rolegraph extract article.txt --format json
          rolegraph extract notes.md page.html --min-confidence 0.7 > graph.json
          cat story.html | rolegraph extract - --input-format html
        """
    )

    /// Formats `extract` can print; each case is one writer.
    enum OutputFormat: String, CaseIterable {
        case json

        func write(_ graph: Graph) -> String {
            switch self {
            case .json: JSONGraphWriter.write(graph)
            }
        }
    }

    enum InputFormat: String, CaseIterable {
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

    // Formats are read as text and checked in `validate()`, so a wrong one gets the same
    // one-line message as every other failure.
    @Option(help: ArgumentHelp("Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: String = OutputFormat.json.rawValue

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Keep only edges at least this sure (0 to 1).", valueName: "x"))
    var minConfidence: Double = 0

    @Option(name: .customLong("input-format"), help: ArgumentHelp("How the documents are marked up: auto, plain, markdown or html.", valueName: "kind"))
    var inputFormat: String = InputFormat.auto.rawValue

    func validate() throws {
        try CommandFailure.report {
            guard !files.isEmpty else { throw UsageError("give at least one file (or - for standard input)") }
            guard (0...1).contains(minConfidence) else { throw UsageError("--min-confidence must be between 0 and 1, not \(minConfidence)") }
            guard OutputFormat(rawValue: format) != nil else {
                throw UsageError("unknown --format '\(format)' (known: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard InputFormat(rawValue: inputFormat) != nil else {
                throw UsageError("unknown --input-format '\(inputFormat)' (known: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
    }

    func run() throws {
        try CommandFailure.report {
            let extractor = try Extractor()
            var graph = Graph()
            for file in files {
                let text = try TextFile.read(file)
                graph.merge(extractor.extract(text: text, document: file, format: (InputFormat(rawValue: inputFormat) ?? .auto).resolve(path: file, text: text)))
            }
            if minConfidence > 0 { graph.filterEdges { $0.confidence >= minConfidence } }
            let writer = OutputFormat(rawValue: format) ?? .json
            FileHandle.standardOutput.write(Data(writer.write(graph).utf8))
        }
    }
}
