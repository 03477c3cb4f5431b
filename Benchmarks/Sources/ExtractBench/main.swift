import Foundation
import RoleGraph

// ExtractBench [--megabytes N] [--dump DIR] [FILE...]
// Extraction throughput on one core. The text is the given files, or else every article
// the project ships (seeds/ and the annotated test fixtures), repeated as separate
// documents until at least N MB (default 10) have been read. Prints MB/s of input.

var args = Array(CommandLine.arguments.dropFirst())
var megabytes = 10.0
if let i = args.firstIndex(of: "--megabytes"), i + 1 < args.count {
    megabytes = Double(args[i + 1]) ?? 10
    args.removeSubrange(i...(i + 1))
}
var dumpDirectory: String? = nil
if let i = args.firstIndex(of: "--dump"), i + 1 < args.count {
    dumpDirectory = args[i + 1]
    args.removeSubrange(i...(i + 1))
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
var files = args
if files.isEmpty {
    for folder in ["seeds", "Tests/RoleGraphEvalTests/Fixtures/articles", "Tests/RoleGraphExtractTests/Fixtures"] {
        let dir = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        files += names.filter { [".txt", ".md", ".html"].contains(where: $0.hasSuffix) }.sorted().map { dir.appendingPathComponent($0).path }
    }
}
let documents = try files.map { (path: $0, text: try TextFile.read($0)) }
let extractor = try Extractor()
// --dump DIR: write each document's graph as JSON instead of timing, so that two builds
// can be checked for identical output on the same files.
if let dumpDirectory {
    let dir = URL(fileURLWithPath: dumpDirectory)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for doc in documents {
        let name = URL(fileURLWithPath: doc.path).lastPathComponent
        let graph = extractor.extract(text: doc.text, document: name, format: TextFormat.guess(path: doc.path, text: doc.text))
        try JSONGraphWriter.write(graph).write(to: dir.appendingPathComponent(name + ".json"), atomically: false, encoding: .utf8)
    }
    exit(0)
}
let target = Int(megabytes * 1_000_000)
var bytes = 0, nodes = 0, edges = 0, runs = 0
let start = DispatchTime.now().uptimeNanoseconds
while bytes < target {
    for doc in documents {
        let graph = extractor.extract(text: doc.text, document: doc.path, format: TextFormat.guess(path: doc.path, text: doc.text))
        bytes += doc.text.utf8.count
        nodes += graph.nodeCount
        edges += graph.edgeCount
    }
    runs += 1
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print(String(format: "extract: %d documents x %d = %.1f MB in %.2f s = %.2f MB/s (one core); %d nodes, %d edges in all",
             documents.count, runs, Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds, nodes, edges))
