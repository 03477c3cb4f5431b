import Foundation

/// What an input file holds, as guessed from its name and first bytes, or as the user
/// says with `--input-format`.
public enum InputFormat: String, Sendable, CaseIterable, Hashable {
    /// Guess from the name and the content.
    case auto
    /// Prose: plain text, Markdown or HTML (told apart by name and content).
    case text, markdown, html
    /// A graph JSON written by RoleGraph (node-link, CONTRACT.md).
    case graph
    /// Structured credits: IMDb TSV (plain or .gz), algs4 cast lists, `person,role,work` CSV.
    case imdb, algs4, csv

    /// Guesses the format of one input.
    ///
    /// - Complexity: O(1); looks at the name and at most the first few kilobytes.
    public static func guess(path: String, head: [UInt8]) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") || looksLikeGraphJSON(head) { return .graph }
        if let credits = CreditFormat.detect(path: path, head: head) {
            switch credits {
            case .algs4: return .algs4
            case .csv: return .csv
            default: return .imdb
            }
        }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || looksLikeHTML(head) { return .html }
        return .text
    }

    private static func looksLikeGraphJSON(_ head: [UInt8]) -> Bool {
        guard let first = head.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }),
              first == UInt8(ascii: "{") else { return false }
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        return text.contains("\"nodes\"") || text.contains("\"format\"")
    }

    private static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(1024), as: UTF8.self).lowercased()
        return text.contains("<!doctype html") || text.contains("<html") || text.contains("<body")
    }
}
