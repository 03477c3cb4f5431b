import ArgumentParser
import Foundation
import RoleGraph

struct NeighbourhoodCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbourhood",
        abstract: "Export the ego graph of one entity: everything within K edges of it, as graph JSON.",
        discussion: """
        The output is the graph JSON of CONTRACT.md, so 'rolegraph render' and other tools
        read it. Edges are followed in both directions; a person's works are 1 edge away,
        their co-workers 2.

        A neighbourhood larger than --max-nodes is an error rather than a silent cut:
        lower --hops or raise the limit.

        Example:
          rolegraph neighbourhood graph.rgx "Kevin Bacon" --hops 2 -o bacon.json
        """.reflowed,
        aliases: ["ego"]
    )

    @Argument(help: "Graph JSON or .rgx snapshot.") var graph: String
    @Argument(help: "The centre (id, name, alias or IMDb id).") var center: String
    @Option(help: "How many edges out to go.") var hops = 1
    @Option(help: "Refuse neighbourhoods with more nodes than this.") var maxNodes = 10_000
    @Option(name: [.short, .customLong("output")], help: "Write here instead of standard output.") var output: String?

    func validate() throws {
        if hops < 0 { throw ValidationError("--hops must be 0 or more") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
    }

    func run() throws {
        let q = try loadGraphForQuery(path: graph)
        let c = try q.resolve(center)
        let count = q.compact.neighbourhood(of: c, hops: hops).count
        guard count <= maxNodes else {
            throw QueryFailure("the \(hops)-hop neighbourhood of \(q.compact.label(c)) has \(count) nodes, more than --max-nodes \(maxNodes); lower --hops or raise --max-nodes")
        }
        let json = JSONGraphWriter.write(q.neighbourhood(of: c, hops: hops))
        if let output { try OutputFile.write(json, to: output) } else { print(json, terminator: "") }
    }
}
