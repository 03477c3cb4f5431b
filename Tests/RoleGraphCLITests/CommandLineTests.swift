import Foundation
import Testing
import RoleGraph

/// The `rolegraph` executable as a user meets it: exit codes, one-line errors, files that
/// are complete or absent.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `swift test` builds the executable beside the test bundle.
    static let executable: URL = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = here.deletingLastPathComponent()
        // The test runner may sit inside a .xctest bundle directory.
        while dir.path.hasSuffix(".xctest") || dir.lastPathComponent == "Contents" || dir.lastPathComponent == "MacOS" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("rolegraph")
    }()

    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    static func scratch(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rolegraph-cli-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func executableIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "expected \(Self.executable.path)")
    }

    @Test(arguments: [
        ("missing", Data(), "no such file"),
        ("empty.txt", Data(), "is empty"),
        ("binary.txt", Data([0x41, 0x00, 0x42, 0x00]), "binary"),
        ("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x41, 0x62, 0x63]), "not valid UTF-8"),
    ])
    func badInputIsOneLineError(name: String, bytes: Data, message: String) throws {
        let dir = try Self.scratch("bad-\(name)")
        let path = dir.appendingPathComponent(name).path
        if name != "missing" { try bytes.write(to: URL(fileURLWithPath: path)) }
        for command in [["extract", path], ["build", path, "-o", dir.appendingPathComponent("out").path]] {
            let run = try Self.run(command)
            #expect(run.status != 0)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("rolegraph: "))
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(run.stderr.filter { $0 == "\n" }.count == 1, "one line, got: \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func extractReadsStandardInput() throws {
        let text = "The documentary was directed by Rachel Mason.\n"
        let run = try Self.run(["extract", "-", "--format", "json"], stdin: Data(text.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let graph = try JSONGraphReader.read(Array(run.stdout.utf8), name: "stdout")
        #expect(graph.node("person/rachel-mason") != nil)
    }

    @Test func failedBuildLeavesNoFiles() throws {
        let dir = try Self.scratch("failed-build")
        let input = dir.appendingPathComponent("g.json")
        try Data(JSONGraphWriter.write(Self.hostileGraph()).utf8).write(to: input)
        let out = dir.appendingPathComponent("out")
        // The size guard refuses the layout after the text formats were made: none may land.
        let run = try Self.run(["build", input.path, "-o", out.path, "--formats", "json,dot,svg", "--max-edges", "1"])
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("rolegraph: "))
        let left = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(left.isEmpty, "left behind: \(left)")
    }

    static func hostileGraph() -> Graph {
        let names = ["Ann \"Quote\" Lee", "Back\\slash\\", "New\nLine", "<b>Bold</b> & Co", "digraph", "\\N"]
        var g = Graph()
        g.add(Node(label: "The \"Work\" <1>", type: .work))
        for name in names {
            let person = Node(label: name, type: .person)
            g.add(person)
            g.add(Edge(source: person.id, target: NodeID.make(type: .work, name: "The \"Work\" <1>"),
                       kind: .credit, relation: "actor",
                       evidence: [Evidence(document: "x", start: 0, end: 1, text: "said \"\(name)\"")]))
        }
        return g
    }

    @Test func hostileNamesBuildIntoEveryFormat() throws {
        let dir = try Self.scratch("hostile")
        let input = dir.appendingPathComponent("g.json")
        try Data(JSONGraphWriter.write(Self.hostileGraph()).utf8).write(to: input)
        let out = dir.appendingPathComponent("out")
        let run = try Self.run(["build", input.path, "-o", out.path, "--formats", "json,dot,svg,png,pdf,graphml,gexf,mermaid,cypher,neo4j", "--report"])
        #expect(run.status == 0, "\(run.stderr)")
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        let parsed = try Graphviz().parse(dot: dot)
        #expect(parsed.edgeCount >= 6)
        let labels = Set(parsed.nodes.compactMap { $0.attributes["label"] })
        // The DOT writer spells `&` as `&amp;` so that Graphviz draws names literally.
        #expect(labels.contains("<b>Bold</b> &amp; Co"))
        for name in ["Ann \"Quote\" Lee", "The \"Work\" <1>", "digraph"] {
            #expect(labels.contains(name), "label \(name) lost: \(labels)")
        }
        let png = try Data(contentsOf: out.appendingPathComponent("graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let json = try Data(contentsOf: out.appendingPathComponent("graph.json"))
        #expect(try JSONGraphReader.read(Array(json), name: "graph.json").nodeCount == 7)
        for file in ["graph.svg", "graph.pdf", "graph.graphml", "graph.gexf", "graph.mmd", "graph.cypher", "graph-nodes.csv", "graph-relationships.csv", "graph.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file) missing")
        }
    }

    @Test(arguments: ["extract", "build", "render", "path", "separation", "neighbourhood", "index", "stats", "evaluate"])
    func helpTeachesWithExamples(command: String) throws {
        let run = try Self.run([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: rolegraph \(command)"))
        #expect(run.stdout.lowercased().contains("example"), "\(command) --help has no example")
    }

    /// Prose is wrapped by the parser to the width of the output, so a line inside a
    /// paragraph is never a stub of one or two words left over from a second wrapping.
    @Test(arguments: ["", "extract", "build", "render", "path", "separation", "neighbourhood", "index", "stats", "evaluate"])
    func helpParagraphsWrapCleanly(command: String) throws {
        let run = try Self.run(command.isEmpty ? ["--help"] : [command, "--help"])
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        func prose(_ i: Int) -> Bool { lines.indices.contains(i) && !lines[i].isEmpty && lines[i].first != " " }
        for i in lines.indices where prose(i - 1) && prose(i) && prose(i + 1) {
            #expect(lines[i].count > 40, "'\(command) --help' breaks a paragraph at: \(lines[i - 1]) / \(lines[i])")
        }
        // Examples and tables are indented; one too wide for the output would be broken
        // into a line that starts at the margin.
        for i in lines.indices where i > 0 && prose(i) && lines[i - 1].first == " " {
            Issue.record("'\(command) --help' wraps an indented line: \(lines[i - 1]) / \(lines[i])")
        }
    }

    @Test func unknownFormatIsAUsageError() throws {
        let run = try Self.run(["build", "x.txt", "-o", "/tmp/never", "--formats", "json,bmp"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown format 'bmp'"))
    }
}
