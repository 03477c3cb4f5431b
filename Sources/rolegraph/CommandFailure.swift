import ArgumentParser
import Foundation

/// Prints a failure as the one line `rolegraph: <message>` on standard error and exits
/// non-zero, instead of the parser's multi-line error report.
enum CommandFailure {
    static func report(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            let message = String(describing: error)
            let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
            FileHandle.standardError.write(Data("rolegraph: \(line)\n".utf8))
            throw ExitCode.failure
        }
    }
}

/// A mistake in how the command was called, reported like any other failure.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
