extension String {
    /// Help text as paragraphs, so the argument parser wraps it to the terminal's width.
    ///
    /// Discussions are written in the source as short lines; printed as they are, a
    /// terminal narrower than the source lines breaks each one again and leaves ragged
    /// stubs. Lines of one paragraph are joined here; blank lines, indented lines
    /// (examples, tables) and the line after one ending in ':' keep their breaks.
    var reflowed: String {
        var out: [String] = []
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            let joinable = !line.isEmpty && line.first != " "
            if joinable, let last = out.last, !last.isEmpty, last.first != " ", last.last != ":" {
                out[out.count - 1] = last + " " + line
            } else {
                out.append(String(line))
            }
        }
        return out.joined(separator: "\n")
    }
}
