import ArgumentParser
import RoleGraph

extension InputFormat: ExpressibleByArgument {}

/// How inputs are read: shared by every command that takes documents or credit files.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "What the inputs are: auto (guess from name and content), text, markdown, html, graph (a RoleGraph JSON), imdb, algs4, csv.",
        valueName: "kind"))
    var inputFormat: InputFormat = .auto

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp(
        "Leave out facts read from text with less confidence than this (0 to 1).", valueName: "x"))
    var minConfidence: Double = 0

    @Flag(help: "No progress lines on standard error while importing big credit files.")
    var quiet = false

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    /// Reads and merges every input.
    func load(_ paths: [String]) throws -> Graph {
        var loader = GraphLoader(minimumConfidence: minConfidence, importOptions: ImportOptions(quiet: quiet))
        return try loader.load(paths, format: inputFormat)
    }
}
