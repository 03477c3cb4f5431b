import Foundation

/// Reads Markdown with markdown-it-py (CommonMark plus GFM tables), the parser family
/// that documentation sites use, and reports what a reader of the rendered page would
/// see: headings, fenced blocks, images and table rows as plain text. Any inline markup
/// other than `<br>` and images lands in `other`, so a name that turned into emphasis,
/// a link or a tag shows up there.
enum MarkdownReader {
    static let isAvailable = PythonReader.hasModule("markdown_it")

    struct Document {
        var headings: [String]
        var fences: [(info: String, content: String)]
        var images: [String]
        var rows: [[String]]
        var other: [String]
    }

    static let script = """
        import json, sys
        from markdown_it import MarkdownIt
        md = MarkdownIt("commonmark").enable("table")
        out = []
        for path in sys.argv[1:]:
            with open(path, encoding="utf-8") as f:
                tokens = md.parse(f.read())
            doc = {"headings": [], "fences": [], "images": [], "rows": [], "other": []}
            row = None
            for i, t in enumerate(tokens):
                if t.type == "tr_open":
                    row = []
                elif t.type == "tr_close":
                    doc["rows"].append(row)
                elif t.type == "fence":
                    doc["fences"].append([t.info, t.content])
                elif t.type == "inline":
                    text = ""
                    for c in t.children or []:
                        if c.type == "text":
                            text += c.content
                        elif c.type == "html_inline" and c.content == "<br>":
                            text += "\\n"
                        elif c.type == "image":
                            doc["images"].append(c.attrs.get("src"))
                        else:
                            doc["other"].append(c.type + ":" + c.content)
                    parent = tokens[i - 1].type
                    if parent in ("th_open", "td_open"):
                        row.append(text)
                    elif parent == "heading_open":
                        doc["headings"].append(text)
            out.append(doc)
        json.dump(out, sys.stdout)
        """

    static func read(_ texts: [String]) throws -> [Document] {
        let urls = try texts.map { try PythonReader.temporaryFile($0, suffix: ".md") }
        defer { for url in urls { try? FileManager.default.removeItem(at: url) } }
        let result = try PythonReader.run(script, arguments: urls.map(\.path)) as! [[String: Any]]
        return result.map { d in
            Document(
                headings: d["headings"] as! [String],
                fences: (d["fences"] as! [[String]]).map { ($0[0], $0[1]) },
                images: d["images"] as! [String],
                rows: d["rows"] as! [[String]],
                other: d["other"] as! [String]
            )
        }
    }
}
