import Foundation
import Testing
@testable import RoleGraphCore

@Suite struct OutputFileTests {
    func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("outputfile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func regularFilesAreReplacedAndLinksKept() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old".write(toFile: dir + "/target.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: dir + "/target.txt")
        try OutputFile.write("new", to: dir + "/link.txt")
        #expect(try String(contentsOfFile: dir + "/target.txt", encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.txt") == dir + "/target.txt")
        try OutputFile.write("fresh", to: dir + "/made.txt")
        #expect(try String(contentsOfFile: dir + "/made.txt", encoding: .utf8) == "fresh")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["link.txt", "made.txt", "target.txt"])
    }

    @Test func pipesAreWrittenInPlaceNotReplaced() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Hold the read end open so the write does not block, then drain it.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try OutputFile.write("through the pipe", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "through the pipe")
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func directoriesAndMissingFoldersAreErrors() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: InputError.unwritable(dir, reason: "it is a directory")) { try OutputFile.write("x", to: dir) }
        #expect(throws: InputError.self) { try OutputFile.write("x", to: dir + "/no/such/dir/file.txt") }
    }
}
