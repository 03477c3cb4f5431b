import ArgumentParser
import Foundation
import RoleGraph

@main
struct RoleGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rolegraph",
        abstract: "Read text about people and their work; graph who did what, on which work, and how they connect.",
        discussion: """
        RoleGraph reads news, obituaries, press releases and credit lists, finds the people,
        the roles they hold and the works they made, and writes the graph as DOT, JSON and
        rendered images (SVG, PNG, PDF). Every edge keeps the sentence it came from.

        Typical use:
          rolegraph extract article.txt --format dot > article.dot
          rolegraph build seeds/*.txt --output out --formats dot,json,svg,png
          rolegraph path out/graph.json "Alec Baldwin" "Rachel Mason"
        """.reflowed,
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self,
            BuildCommand.self,
            RenderCommand.self,
            PathCommand.self,
            SeparationCommand.self,
            NeighbourhoodCommand.self,
            IndexCommand.self,
            StatsCommand.self,
            EvaluateCommand.self,
        ]
    )

    /// Parses, runs, and reports a failure as one line `rolegraph: <message>` on standard
    /// error with a non-zero exit; usage errors and --help keep the parser's own output.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            // The parser's own errors (help requests, usage) keep its output and exit code.
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
                exit(withError: error)
            }
            let line = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
            FileHandle.standardError.write(Data("rolegraph: \(line)\n".utf8))
            Foundation.exit(1)
        }
    }
}
