import Foundation
import RoleGraph

// ExtractBench [--megabytes N] [--dump DIR] [FILE...]
// Extraction throughput on one core. The text is the given files, or else every article
// the project ships (seeds/ and the annotated test fixtures), repeated as separate
// documents until at least N MB (default 10) have been read. Prints MB/s of input.

let usage = """
    usage: ExtractBench [--megabytes N] [--dump DIR] [FILE...]
      --megabytes N   read at least N MB of text (default 10), repeating the documents
      --dump DIR      write each document's graph as JSON to DIR instead of timing
      FILE...         the documents (default: every article the project ships)
    """

/// A one-line message on standard error and a non-zero exit, never a crash.
func fail(_ message: String, usage show: Bool = false) -> Never {
    FileHandle.standardError.write(Data(("ExtractBench: " + message + "\n" + (show ? usage + "\n" : "")).utf8))
    exit(2)
}

var megabytes = 10.0
var dumpDirectory: String? = nil
var files: [String] = []
var rest = Array(CommandLine.arguments.dropFirst())[...]
while let arg = rest.popFirst() {
    switch arg {
    case "--help", "-h":
        print(usage)
        exit(0)
    case "--megabytes":
        guard let value = rest.popFirst(), let number = Double(value), number > 0, number.isFinite else {
            fail("--megabytes needs a positive number", usage: true)
        }
        megabytes = number
    case "--dump":
        guard let value = rest.popFirst() else { fail("--dump needs a directory", usage: true) }
        dumpDirectory = value
    case "--":
        files += rest
        rest = []
    default:
        if arg.hasPrefix("-") && arg != "-" { fail("unknown option \(arg)", usage: true) }
        files.append(arg)
    }
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
if files.isEmpty {
    for folder in ["seeds", "Tests/RoleGraphEvalTests/Fixtures/articles", "Tests/RoleGraphExtractTests/Fixtures"] {
        let dir = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        files += names.filter { [".txt", ".md", ".html"].contains(where: $0.hasSuffix) }.sorted().map { dir.appendingPathComponent($0).path }
    }
    if files.isEmpty { fail("no documents found under \(root.path); give files to read") }
}
let documents: [(path: String, text: String)]
let extractor: Extractor
do {
    documents = try files.map { (path: $0, text: try TextFile.read($0)) }
    extractor = try Extractor()
} catch {
    fail("\(error)")
}
// --dump DIR: write each document's graph as JSON instead of timing, so that two builds
// can be checked for identical output on the same files.
if let dumpDirectory {
    let dir = URL(fileURLWithPath: dumpDirectory)
    do {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for doc in documents {
            let name = URL(fileURLWithPath: doc.path).lastPathComponent
            let graph = extractor.extract(text: doc.text, document: name, format: TextFormat.guess(path: doc.path, text: doc.text))
            try JSONGraphWriter.write(graph).write(to: dir.appendingPathComponent(name + ".json"), atomically: false, encoding: .utf8)
        }
    } catch {
        fail("cannot write to \(dumpDirectory): \(error.localizedDescription)")
    }
    exit(0)
}
if documents.allSatisfy({ $0.text.utf8.isEmpty }) { fail("the documents hold no text") }     // else the loop below never ends
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
