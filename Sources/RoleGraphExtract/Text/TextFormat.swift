/// How a document marks up its text.
public enum TextFormat: String, Sendable, CaseIterable {
    case plain, markdown, html

    /// Guesses the format from the file name, then from the first kilobytes of text.
    ///
    /// - Complexity: O(1): looks at most at the first 4096 scalars.
    public static func guess(path: String, text: String) -> TextFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".txt") { return .plain }
        let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(4096))).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || head.contains("<p>") || head.contains("</p>") || head.contains("<div") {
            return .html
        }
        if head.hasPrefix("# ") || head.contains("\n# ") || head.contains("\n## ") || head.contains("](http") {
            return .markdown
        }
        return .plain
    }
}
