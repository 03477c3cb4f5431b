import ArgumentParser
import Foundation
import RoleGraph

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph as SVG, PNG or PDF (or Graphviz's text formats), in-process.",
        discussion: """
        GRAPH is a graph JSON file written by 'rolegraph extract --format json'
        or 'build', or a DOT file (.dot, .gv), which is laid out as it is.
        '-' reads standard input (JSON if it starts with '{', DOT otherwise).

        The format comes from --format, else from the -o file's extension,
        else SVG. Binary formats go to standard output only when it is not a
        terminal.

        The dot engine draws credits in layers and is the default; it takes
        minutes on dense graphs, so RoleGraph refuses graphs beyond a size
        guard and says so. Then switch to --engine sfdp, draw a neighbourhood
        with --focus NAME --hops K, or raise the guard (--max-nodes,
        --max-edges, --max-extra-edges, --max-components). dot, neato, circo, twopi and sfdp give
        the same picture every run (sfdp through a fixed seed); fdp does only
        without boxes, so add --no-legend and leave out --clusters.

        Examples:
          rolegraph render out/graph.json -o graph.svg
          rolegraph render out/graph.json --format png --dpi 150 -o graph.png
          rolegraph render out/graph.json --view roles --theme print -o roles.pdf
          rolegraph render big.json --focus "Ada Park" --hops 2 -o ada.svg
          rolegraph render big.json --engine sfdp --view people -o people.svg
          rolegraph render out/graph.json --format dot > laid-out.dot
          rolegraph render drawing.gv --engine neato -o drawing.png
        """.reflowed
    )

    @Argument(help: ArgumentHelp("A graph JSON file, a .dot/.gv file, or - for standard input.", valueName: "graph"))
    var graph: String

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Output format: svg, png, pdf, or Graphviz's dot, canon, xdot, plain, json.",
        valueName: "format"))
    var format: RenderFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup(title: "Layout")
    var layout: LayoutOptions

    @OptionGroup(title: "Drawing (graph JSON input only)")
    var diagram: DiagramOptions

    func run() throws {
        let format = try resolvedFormat()
        if output == nil || output == "-", format.isBinary, isatty(STDOUT_FILENO) != 0 {
            throw RenderCommandError.binaryToTerminal(format.rawValue)
        }
        let bytes = try TextFile.bytes(at: graph)
        let dot: String
        if try isDOT(bytes) {
            if diagram.isCustomized {
                throw RenderCommandError.drawingOptionsOnDOT(graph)
            }
            dot = try TextFile.decode(bytes, name: graph)
        } else {
            let parsed = try JSONGraphReader.read(bytes, name: graph)
            dot = DOTWriter.write(parsed, options: try diagram.dotOptions(for: parsed))
        }
        let picture: [UInt8]
        do throws(any Error) {
            picture = try Graphviz().render(
                dot: dot, format: format, engine: layout.engine, dpi: layout.dpi,
                limits: layout.limits(diagram: diagram)
            )
        } catch RenderError.badDOT(let message) {
            // Name the input: the user may have passed several files to other commands.
            throw RenderCommandError.badDOT(graph, message)
        }
        if let output, output != "-" {
            try OutputFile.write(Data(picture), to: output)
        } else {
            FileHandle.standardOutput.write(Data(picture))
        }
    }

    private func resolvedFormat() throws -> RenderFormat {
        if let format { return format }
        guard let output, output != "-" else { return .svg }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if let known = RenderFormat(rawValue: ext) { return known }
        if ext == "gv" { return .dot }
        throw RenderCommandError.unknownExtension(output)
    }

    /// The name decides when it can; otherwise the first visible character does.
    private func isDOT(_ bytes: [UInt8]) throws -> Bool {
        switch URL(fileURLWithPath: graph).pathExtension.lowercased() {
        case "dot", "gv": return true
        case "json": return false
        default:
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            guard let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
                throw InputError.empty(graph)
            }
            return first != UInt8(ascii: "{")
        }
    }
}

enum RenderCommandError: Error, CustomStringConvertible {
    case binaryToTerminal(String)
    case drawingOptionsOnDOT(String)
    case unknownExtension(String)
    case badDOT(String, String)

    var description: String {
        switch self {
        case .binaryToTerminal(let format):
            "\(format.uppercased()) is binary and standard output is a terminal; write it to a file with -o FILE, or pipe it"
        case .drawingOptionsOnDOT(let path):
            "\(path) is DOT and is drawn as it is; --view, --theme, --focus and the other drawing options need a graph JSON input"
        case .unknownExtension(let path):
            "cannot tell the format from \(path); add --format svg|png|pdf|dot|canon|xdot|plain|json"
        case .badDOT(let path, let message):
            "\(path): not valid DOT: \(message)"
        }
    }
}
