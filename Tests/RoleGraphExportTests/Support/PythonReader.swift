import Foundation

/// Runs the real readers (NetworkX, Python's csv) in a Python process over files the test
/// wrote, and hands back what they read as JSON. Tests that need it are enabled only when
/// `python3` and the module exist, so a machine without them shows the tests as skipped.
enum PythonReader {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static let hasNetworkX = hasModule("networkx")

    static func hasModule(_ name: String) -> Bool {
        guard executable != nil else { return false }
        return (try? run("import \(name)\nprint('{}')", arguments: [])) != nil
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `script` with `arguments` as `sys.argv[1...]` and decodes its standard output
    /// as JSON. A non-zero exit (the reader rejected the file) throws with its stderr.
    static func run(_ script: String, arguments: [String]) throws -> Any {
        guard let executable else { throw Failure(description: "python3 not found") }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("rolegraph-py-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let scriptURL = dir.appendingPathComponent("reader.py")
        let outURL = dir.appendingPathComponent("out.json")
        let errURL = dir.appendingPathComponent("err.txt")
        try Data(script.utf8).write(to: scriptURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [scriptURL.path] + arguments
        // Files, not pipes: a big answer cannot fill a pipe buffer and stall the reader.
        process.standardOutput = out
        process.standardError = err
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 exited \(process.terminationStatus): \(message.suffix(2000))")
        }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: outURL), options: [.fragmentsAllowed])
    }

    /// Writes `text` to a fresh temporary file and returns its path; the caller removes it.
    static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("rolegraph-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url
    }
}

/// Exact text equality, scalar by scalar: Swift's `==` treats canonically equivalent
/// strings as equal, which would hide a reader that normalised combining marks.
func sameScalars(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
}
