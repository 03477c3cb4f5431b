import ArgumentParser
import RoleGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how two entities connect, and why: a shortest path told as a chain of facts.",
        discussion: """
        GRAPH is a graph JSON (from 'rolegraph build' or 'extract --format json') or a .rgx
        snapshot (from 'rolegraph index'). FROM and TO match a node's id, name, alias or
        IMDb id (nm…, tt…), ignoring case; a name several nodes share is an error that
        lists their ids, so you can pick one.

        The text answer gives the chain on one line, then each fact with the sentences
        that state it. With --all, every shortest path is listed (up to --limit).
        The JSON answer is {"length": L, "nodes": [...], "edges": [...]}, L counting edges
        (person -> work -> person is 2).

        Examples:
          rolegraph path out/graph.json "Alec Baldwin" "Halyna Hutchins"
          rolegraph path imdb.rgx nm0000102 "Nicole Kidman" --format json
        """.reflowed
    )

    @Argument(help: "Graph JSON or .rgx snapshot.") var graph: String
    @Argument(help: "Where the path starts (id, name, alias or IMDb id).") var from: String
    @Argument(help: "Where the path ends.") var to: String
    @Option(help: "Output: text or json.") var format: QueryFormat = .text
    @Flag(help: "List every shortest path, not just one.") var all = false
    @Option(help: "With --all, list at most this many paths (the output says when there are more).")
    var limit = 100

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let q = try loadGraphForQuery(path: graph)
        let s = try q.resolve(from), t = try q.resolve(to)
        let names = "\(q.compact.label(s)) and \(q.compact.label(t))"
        if all {
            let (paths, truncated) = q.explainAllPaths(from: s, to: t, limit: limit)
            guard !paths.isEmpty else { throw QueryFailure("\(names) are not connected") }
            switch format {
            case .json: print(QueryJSON.paths(paths, truncated: truncated), terminator: "")
            case .text:
                for (i, p) in paths.enumerated() { print("Path \(i + 1):\n" + p.text) }
                if truncated { print("(more shortest paths exist; raise --limit to see them)") }
            }
        } else {
            guard let p = q.explainPath(from: s, to: t) else { throw QueryFailure("\(names) are not connected") }
            switch format {
            case .json: print(QueryJSON.path(p), terminator: "")
            case .text: print(p.text, terminator: "")
            }
        }
    }
}

enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// A query with no answer: the message is printed as the one-line error.
struct QueryFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
