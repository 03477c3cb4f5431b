import Foundation
import RoleGraph

// rolegraph-bench DIR [--only op,op] [--repeat N] [--read-threads N] [--save GRAPH.rgx]
// DIR holds title.principals.tsv from gen_credits.py (or IMDb). Prints one line per
// measurement: operation, wall seconds, CPU seconds, and the result checked. The file is
// read by the library's own importer (`CreditImporter.read`, labels files left out).

struct Timing {
    var wall: Double
    var cpu: Double
}

func cpuSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6
        + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

func measure<T>(_ body: () throws -> T) rethrows -> (T, Timing) {
    let c0 = cpuSeconds()
    let t0 = DispatchTime.now().uptimeNanoseconds
    let r = try body()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    return (r, Timing(wall: wall, cpu: cpuSeconds() - c0))
}

func report(_ op: String, _ times: [Timing], _ result: String) {
    let best = times.min { $0.wall < $1.wall }!
    let sorted = times.map(\.wall).sorted()
    let median = sorted[sorted.count / 2]
    let line = String(format: "%-34@ best %8.4f s  median %8.4f s  cpu %8.4f s  runs %d  %@",
                      op as NSString, best.wall, median, best.cpu, times.count, result as NSString)
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

var args = Array(CommandLine.arguments.dropFirst())
guard let dir = args.first else {
    FileHandle.standardError.write(Data("usage: rolegraph-bench DIR [--only ops] [--repeat N]\n".utf8))
    exit(2)
}
let only: Set<String>? = args.firstIndex(of: "--only").map { Set(args[$0 + 1].split(separator: ",").map(String.init)) }
let repeats = args.firstIndex(of: "--repeat").flatMap { Int(args[$0 + 1]) } ?? 3
let readThreads = args.firstIndex(of: "--read-threads").flatMap { Int(args[$0 + 1]) } ?? ProcessInfo.processInfo.activeProcessorCount
@MainActor func wanted(_ op: String) -> Bool { only == nil || only!.contains(op) }

print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; data: \(dir)")

// Read + build.
var sink = CompactCreditSink()
let (stats, parseTime) = try measure {
    try CreditImporter.read([dir + "/title.principals.tsv"], format: .imdbPrincipals,
                            options: ImportOptions(quiet: true, readCompanions: false, threads: readThreads), into: &sink)
}
report("read title.principals.tsv", [parseTime], "\(stats.credits) credits, \(stats.lines) lines")
let (graph, buildTime) = try measure { try sink.build() }
report("build CSR", [buildTime], "\(graph.nodeCount) nodes, \(graph.edgeCount) edges")
let g = graph

if wanted("snapshot") {
    let path = NSTemporaryDirectory() + "/rolegraph-bench-\(getpid()).rgx"
    let (_, w) = try measure { try Snapshot.write(g, to: path) }
    report("snapshot write", [w], "")
    var times: [Timing] = []
    var loaded = 0
    for _ in 0..<repeats {
        let (h, t) = try measure { try Snapshot.read(path) }
        loaded = h.nodeCount
        times.append(t)
    }
    report("snapshot load (+ validation)", times, "\(loaded) nodes")
    if let i = args.firstIndex(of: "--save") {
        try? FileManager.default.removeItem(atPath: args[i + 1])
        try FileManager.default.moveItem(atPath: path, toPath: args[i + 1])
    } else {
        try? FileManager.default.removeItem(atPath: path)
    }
}

// People with credits, in a seeded order, for path endpoints and sources.
var people: [Int32] = []
for v in 0..<Int32(g.nodeCount) where g.isPerson(v) && g.degree(v) > 0 { people.append(v) }
var rng = SplitMix64(seed: 1)
let pairs = (0..<100).map { _ in (people[Int(rng.next() % UInt64(people.count))], people[Int(rng.next() % UInt64(people.count))]) }

if wanted("paths") {
    var ws = SearchWorkspace(nodeCount: g.nodeCount)
    var times: [Timing] = []
    var total = 0
    for _ in 0..<max(repeats, 5) {
        let (sum, t) = measure { pairs.reduce(0) { $0 + (g.shortestPath(from: $1.0, to: $1.1, workspace: &ws)?.count ?? 0) } }
        total = sum
        times.append(t)
    }
    report("100 person-person shortest paths", times, "total nodes on paths \(total)")
}

if wanted("components") {
    var times: [Timing] = []
    var desc = ""
    for _ in 0..<repeats {
        let (c, t) = measure { g.connectedComponents() }
        desc = "\(c.count) components, largest \(c.sizes[c.bySize[0]])"
        times.append(t)
    }
    report("connected components", times, desc)
}

for threads in [1, 2] where wanted("pagerank") {
    var times: [Timing] = []
    var top = ""
    for _ in 0..<repeats {
        let (pr, t) = measure { g.pageRank(iterations: 20, threads: threads) }
        let best = CompactGraph.top(1, of: pr)[0]
        top = String(format: "top %@ %.3e, sum %.6f", g.id(best.node), best.value, pr.reduce(0, +))
        times.append(t)
    }
    report("PageRank 20 iterations, \(threads) thr", times, top)
}

for threads in [1, 2] where wanted("cocredit") {
    var times: [Timing] = []
    var desc = ""
    for _ in 0..<repeats {
        let (c, t) = measure { g.coCreditPairCount(threads: threads) }
        desc = "\(c.pairs) distinct pairs, weight \(c.weight)"
        times.append(t)
    }
    report("co-credit pair count, \(threads) thr", times, desc)
}

if wanted("separation") {
    let hub = g.topByDegree(1, type: .person)[0].node
    var times: [Timing] = []
    var desc = ""
    for _ in 0..<repeats {
        let (h, t) = measure { g.separation(from: hub) }
        desc = "from \(g.id(hub)): \(h.counts), unreachable \(h.unreachable)"
        times.append(t)
    }
    report("separation histogram", times, desc)
}

let bcSources = args.firstIndex(of: "--bc-sources").flatMap { Int(args[$0 + 1]) } ?? 100
let sources = g.sampleSources(bcSources, seed: 1)
for threads in [1, 2] where wanted("betweenness") || (wanted("betweenness1") && threads == 1) {
    let (bc, t) = measure { g.betweenness(sources: sources, threads: threads) }
    let best = CompactGraph.top(1, of: bc)[0]
    report("betweenness \(bcSources) sources, \(threads) thr", [t], String(format: "top %@ %.4e", g.id(best.node), best.value))
}
