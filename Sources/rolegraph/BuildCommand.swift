import ArgumentParser
import Foundation
import RoleGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read many inputs into one graph and write it to a folder in several formats.",
        discussion: """
        INPUTs may be articles (plain text, Markdown, HTML), credit files (IMDb TSV, algs4
        cast lists, person,role,work CSV) and graph JSONs, in any mix; '-' reads standard
        input. Everything is merged into one graph (the same person is one node) and written
        into DIR as NAME.EXT for each format:

          text formats:  json, dot, graphml, gexf, mermaid (.mmd), cypher,
                         neo4j (two CSVs), markdown (a report: the diagram
                         and every fact with its sentence)
          pictures:      svg, png, pdf (laid out by Graphviz in-process)

        Every file is complete or absent: all outputs are made in memory first, and each is
        written to a temporary file and renamed. The drawing options shape DOT and pictures.

        Examples:
          rolegraph build seeds/*.txt --output out
          rolegraph build article.txt credits.csv -o out --formats svg,png --dpi 150
          rolegraph build big.json -o out --formats svg --engine sfdp --view people
          rolegraph build story.html -o docs --formats svg --report
        """.reflowed
    )

    @Argument(help: ArgumentHelp("Articles, credit files or graph JSONs; - reads standard input.", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created when missing).", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp(
        "Comma-separated formats: \(BuildFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "list"),
        transform: BuildFormat.parseList)
    var formats: [BuildFormat] = [.json, .dot, .svg]

    @Option(help: ArgumentHelp("Base name of the files written.", valueName: "name"))
    var name = "graph"

    @Flag(help: "Also write NAME.md: the diagram, then a table of every fact and the sentence it came from.")
    var report = false

    @OptionGroup(title: "Input")
    var input: InputOptions

    @OptionGroup(title: "Layout")
    var layout: LayoutOptions

    @OptionGroup(title: "Drawing")
    var diagram: DiagramOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one input (or - for standard input)") }
        guard !name.isEmpty, !name.contains("/") else { throw ValidationError("--name must be a plain file name") }
    }

    func run() throws {
        let graph = try input.load(inputs)
        let dotOptions = try diagram.dotOptions(for: graph)
        var files: [(name: String, bytes: Data)] = []
        var picture: String? = nil
        // With --report the Markdown file is the report that links the picture.
        for format in formats where !(report && format == .markdown) {
            switch format {
            case .svg, .png, .pdf:
                let render = RenderFormat(rawValue: format.rawValue)!
                let bytes = try Graphviz().render(
                    graph, options: dotOptions, format: render, engine: layout.engine,
                    dpi: layout.dpi, limits: layout.limits(diagram: diagram))
                let file = "\(name).\(render.fileExtension)"
                files.append((file, Data(bytes)))
                if picture == nil || format == .svg { picture = file }
            default:
                let export = ExportFormat(rawValue: format.rawValue)!
                for file in ExportFormat.files(graph, format: export, baseName: name, dotOptions: dotOptions) {
                    files.append((file.name, Data(file.text.utf8)))
                }
            }
        }
        if report {
            let text = MarkdownReportWriter.write(graph, diagram: picture, title: "RoleGraph: \(name)")
            files.append(("\(name).md", Data(text.utf8)))
        }
        try AtomicFile.makeDirectory(output)
        for file in files {
            try OutputFile.write(file.bytes, to: (output as NSString).appendingPathComponent(file.name))
        }
        FileHandle.standardError.write(Data(
            "\(output): \(graph.nodeCount) nodes, \(graph.edgeCount) edges; wrote \(files.map(\.name).joined(separator: ", "))\n".utf8))
    }
}

/// Everything `build` can write: the exporters' text formats and Graphviz's pictures.
enum BuildFormat: String, CaseIterable, ExpressibleByArgument {
    case json, dot, graphml, gexf, mermaid, cypher, neo4j, markdown, svg, png, pdf

    static func parseList(_ list: String) throws -> [BuildFormat] {
        var seen: [BuildFormat] = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !item.isEmpty {
            guard let format = BuildFormat(rawValue: item) else {
                throw ValidationError("unknown format '\(item)'; choose from \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !seen.contains(format) { seen.append(format) }
        }
        guard !seen.isEmpty else { throw ValidationError("--formats needs at least one format") }
        return seen
    }
}
