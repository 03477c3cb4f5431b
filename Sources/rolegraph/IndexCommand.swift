import ArgumentParser
import Foundation
import RoleGraph

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Save a graph as a binary snapshot (.rgx) that later queries load in an instant.",
        discussion: """
        Reads the inputs once, builds the compact graph (interned names, Int32 ids, CSR
        adjacency) and writes it atomically. Graph JSONs given together are merged: the
        same id is one node.

        Example:
          rolegraph index out/graph.json -o graph.rgx
          rolegraph path graph.rgx "Kevin Bacon" "Cary Grant"
        """.reflowed
    )

    @Argument(help: "Graph JSON inputs (or one .rgx snapshot to rewrite).") var inputs: [String]
    @Option(name: [.short, .customLong("output")], help: "The snapshot to write.") var output: String
    @Flag(help: "Say nothing on success.") var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input") }
    }

    func run() throws {
        let start = Date()
        let g = try loadGraphForIndex(paths: inputs)
        try Snapshot.write(g, to: output)
        if !quiet {
            let s = String(format: "%.2f", Date().timeIntervalSince(start))
            FileHandle.standardError.write(Data("\(output): \(g.nodeCount) nodes, \(g.edgeCount) edges (\(s) s)\n".utf8))
        }
    }
}
