/// What can go wrong between DOT text and a picture. Each description is the one-line
/// message the command line prints.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Graphviz could not start (no context, or the plugin list is missing a kind).
    case unavailable(String)
    /// The DOT text did not parse; the message is Graphviz's, folded to one line.
    case badDOT(String)
    /// The layout engine failed.
    case layoutFailed(engine: String, message: String)
    /// The renderer failed to produce the format.
    case renderFailed(format: String, message: String)
    /// The graph is too big for the engine; the message says what to do instead.
    case tooBig(String)

    public var description: String {
        switch self {
        case .unavailable(let message):
            "Graphviz is not usable: \(message)"
        case .badDOT(let message):
            "invalid DOT: \(message)"
        case .layoutFailed(let engine, let message):
            "layout with \(engine) failed: \(message)"
        case .renderFailed(let format, let message):
            "rendering \(format) failed: \(message)"
        case .tooBig(let message):
            message
        }
    }
}

extension RenderError {
    /// Graphviz reports errors in pieces ("Error", ": ", "syntax error in line 1 ...\n")
    /// and sometimes several lines; a user wants one line.
    static func oneLine(_ pieces: [String], fallback: String) -> String {
        let text = pieces.joined()
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { line -> String in
                var text = line.trimmingCharacters(in: .whitespaces)
                for prefix in ["Error:", "Warning:"] where text.hasPrefix(prefix) {
                    text = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
                }
                return text
            }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        return text.isEmpty ? fallback : text
    }
}

import Foundation
