import ArgumentParser
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
        """,
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
        ]
    )
}
