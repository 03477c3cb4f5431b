import ArgumentParser
import Foundation
import RoleGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Network measures: size, connected components, most-connected nodes, PageRank, betweenness.",
        discussion: """
        Betweenness is exact when --betweenness-sources is 0 (every node; slow on big
        graphs), else estimated from that many seeded random sources.

        Example:
          rolegraph stats graph.rgx --top 5 --betweenness-sources 100
        """.reflowed
    )

    @Argument(help: "Graph JSON or .rgx snapshot.") var graph: String
    @Option(help: "How many nodes to list per measure.") var top = 10
    @Option(help: "Betweenness from this many sampled sources (0: exact; omit to skip).")
    var betweennessSources: Int?
    @Option(help: "Seed for sampling and community detection.") var seed: UInt64 = 1
    @Flag(help: "Also find communities (label propagation).") var communities = false

    func run() throws {
        let g = try loadGraphForQuery(path: graph).compact
        func name(_ v: Int32) -> String { "\(g.label(v)) (\(g.id(v)))" }
        print("nodes: \(g.nodeCount)\nedges: \(g.edgeCount)")
        let comp = g.connectedComponents()
        let largest = comp.bySize.first.map { comp.sizes[$0] } ?? 0
        print("connected components: \(comp.count), largest has \(largest) nodes")
        print("most edges:")
        for (v, d) in g.topByDegree(top) { print("  \(d)  \(name(v))") }
        print("PageRank (20 iterations, damping 0.85):")
        for (v, r) in CompactGraph.top(top, of: g.pageRank()) { print("  " + String(format: "%.6f", r) + "  \(name(v))") }
        if let k = betweennessSources {
            let bc = k == 0 ? g.betweenness() : g.betweenness(sources: g.sampleSources(k, seed: seed))
            print("betweenness (\(k == 0 ? "exact" : "estimated from \(k) sources")):")
            for (v, b) in CompactGraph.top(top, of: bc) { print("  " + String(format: "%.1f", b) + "  \(name(v))") }
        }
        if communities {
            let (com, rounds) = g.communities(seed: seed)
            var sizes: [Int32: Int] = [:]
            for c in com { sizes[c, default: 0] += 1 }
            let biggest = sizes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(top)
            print("communities: \(sizes.count) (label propagation, \(rounds) rounds); largest: "
                + biggest.map { String($0.value) }.joined(separator: ", "))
        }
    }
}
