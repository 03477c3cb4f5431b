import CGraphviz
import Foundation

/// Collects what Graphviz reports through its error callback, so messages become Swift
/// errors instead of lines on standard error.
///
/// cgraph's callback is a plain C function pointer with no context argument, so the text
/// has to land in storage the callback can reach without captures. The storage is only
/// touched while `GraphvizLock` is held, which every Graphviz call in the process takes.
final class ErrorCapture: @unchecked Sendable {
    static let shared = ErrorCapture()

    private var pieces: [String] = []

    /// Starts a job: installs the callback and forgets earlier errors. Caller holds the lock.
    func begin() {
        pieces.removeAll(keepingCapacity: true)
        _ = agseterrf { message in
            if let message { ErrorCapture.shared.pieces.append(String(cString: message)) }
            return 0
        }
        _ = agreseterrors()
    }

    /// Everything reported since `begin()`, folded to one line.
    func message(fallback: String) -> String {
        RenderError.oneLine(pieces, fallback: fallback)
    }

    /// True once Graphviz has reported an error (warnings do not count).
    var hasErrors: Bool { agerrors() != 0 }
}

/// The one lock every Graphviz call in the process goes through: cgraph keeps global
/// state (the parser, the error level, plugin tables) and crashes when two threads use
/// it, even with separate contexts.
enum GraphvizLock {
    private static let lock = NSLock()

    static func run<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
