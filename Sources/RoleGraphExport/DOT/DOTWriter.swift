import Foundation

/// Writes a graph as DOT for Graphviz: deterministic (nodes numbered `n1`, `n2`, … in
/// id order, edges sorted), every name escaped so Graphviz's parser accepts it, types
/// told apart by shape and colour, relations on the edges, and a legend.
public enum DOTWriter {
    /// - Complexity: O(V log V + E log E) plus the size of the text (see `DOTOptions.View`
    ///   for the people view's extra cost).
    public static func write(_ graph: Graph, options: DOTOptions = .init()) -> String {
        var graph = graph
        if let focus = options.focus {
            graph = FocusSubgraph.make(graph, around: focus.id, hops: focus.hops, maxNodes: focus.maxNodes).graph
        }
        let drawing = DOTDrawing(graph, options: options)
        let theme = DOTTheme.make(options.theme)
        let font = DOTText.escString(options.fontName)

        var numbers: [String: String] = [:]
        for (index, box) in drawing.boxes.enumerated() { numbers[box.key] = "n\(index + 1)" }

        var out = "digraph rolegraph {\n"
        var graphAttributes = [
            "rankdir=\(options.rankdir.rawValue)", "bgcolor=\(q(theme.background))",
            "fontname=\(font)", "fontcolor=\(q(theme.text))", "pad=0.3", "nodesep=0.3",
            "overlap=false", "outputorder=edgesfirst",
        ]
        if let title = options.title {
            graphAttributes += ["label=\(DOTText.escString(title))", "labelloc=t", "fontsize=16"]
        }
        out += "  graph [\(graphAttributes.joined(separator: ", "))];\n"
        out += "  node [fontname=\(font), fontsize=11, fontcolor=\(q(theme.text)), penwidth=1.2];\n"
        out += "  edge [fontname=\(font), fontsize=9, color=\(q(theme.edge)), fontcolor=\(q(theme.text)), arrowsize=0.7];\n"

        if options.legend && !drawing.boxes.isEmpty {
            out += legend(drawing, theme: theme, options: options)
        }

        var grouped = Set<String>()
        for group in drawing.groups {
            out += "  subgraph \(DOTText.id(group.name)) {\n"
            out += "    graph [label=\(DOTText.escString(group.label)), style=\"rounded\", color=\(q(theme.clusterBorder)), fontsize=12];\n"
            for key in group.members where numbers[key] != nil && grouped.insert(key).inserted {
                out += "    \(numbers[key]!);\n"
            }
            out += "  }\n"
        }

        let boxesByKey = Dictionary(uniqueKeysWithValues: drawing.boxes.map { ($0.key, $0) })
        for box in drawing.boxes {
            out += "  \(numbers[box.key]!) [\(boxAttributes(box, theme: theme, options: options).joined(separator: ", "))];\n"
        }
        for (index, line) in drawing.lines.enumerated() {
            guard let from = numbers[line.from], let to = numbers[line.to],
                  boxesByKey[line.from] != nil, boxesByKey[line.to] != nil else { continue }
            var attributes: [String] = []
            if let label = line.label { attributes.append("label=\(DOTText.escString(label))") }
            attributes.append("style=\(q(DOTTheme.lineStyle(line.kind)))")
            if !line.directed { attributes.append("dir=none") }
            if options.tooltips { attributes.append("tooltip=\(DOTText.escString(line.tooltip))") }
            if options.svgIDs {
                attributes.append("id=\(q("e\(index + 1)"))")
                attributes.append("class=\(DOTText.escString(line.classes))")
            }
            out += "  \(from) -> \(to) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "}\n"
        return out
    }

    static func boxAttributes(_ box: DOTDrawing.Box, theme: DOTTheme, options: DOTOptions) -> [String] {
        let style: DOTTheme.NodeStyle
        var classes: String
        switch box.kind {
        case .entity(let type):
            style = theme.style(for: type)
            classes = type.rawValue
            if let workType = box.node?.workType { classes += " " + DOTDrawing.className(workType) }
        case .role:
            style = theme.role
            classes = "role"
        }
        var attributes = [
            "label=\(DOTText.escString(box.label))", "shape=\(style.shape)", "style=\(q(style.style))",
            "fillcolor=\(q(style.fill))", "color=\(q(style.border))",
        ]
        if let focus = options.focus, focus.id == box.key {
            attributes += ["penwidth=3", "peripheries=2"]
        }
        if options.tooltips { attributes.append("tooltip=\(DOTText.escString(box.tooltip))") }
        if options.svgIDs {
            attributes.append("id=\(DOTText.escString(box.node?.id ?? box.key))")
            attributes.append("class=\(DOTText.escString(classes))")
        }
        if let template = options.urlTemplate, let node = box.node {
            attributes.append("URL=\(DOTText.escString(url(template, node)))")
        }
        return attributes
    }

    /// Fills a URL template with the node's values, percent-encoded.
    public static func url(_ template: String, _ node: Node) -> String {
        let slug = node.id.split(separator: "/", maxSplits: 1).last.map(String.init) ?? node.id
        var allowed = CharacterSet.alphanumerics.intersection(.init(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(0x80)))
        allowed.insert(charactersIn: "-._~")
        var pathAllowed = allowed
        pathAllowed.insert("/")
        func encode(_ s: String, _ set: CharacterSet) -> String {
            s.addingPercentEncoding(withAllowedCharacters: set) ?? s
        }
        return template
            .replacingAll("{id}", with: encode(node.id, pathAllowed))
            .replacingAll("{slug}", with: encode(slug, allowed))
            .replacingAll("{type}", with: encode(node.type.rawValue, allowed))
            .replacingAll("{label}", with: encode(node.label, allowed))
    }

    /// A boxed key: one sample per kind of node drawn, one sample line per kind of fact.
    static func legend(_ drawing: DOTDrawing, theme: DOTTheme, options: DOTOptions) -> String {
        var out = "  subgraph cluster_legend {\n"
        out += "    graph [label=\"Legend\", style=\"rounded,dashed\", color=\(q(theme.clusterBorder)), fontsize=10];\n"
        var kinds: [(DOTDrawing.Kind, String)] = EntityType.allCases.map { (.entity($0), $0.rawValue) }
        kinds.append((.role, "role"))
        let present = Set(drawing.boxes.map(\.kind))
        for (kind, name) in kinds where present.contains(kind) {
            let style: DOTTheme.NodeStyle
            if case .entity(let type) = kind { style = theme.style(for: type) } else { style = theme.role }
            out += "    legend_\(name) [label=\(q(name)), shape=\(style.shape), style=\(q(style.style)), "
                + "fillcolor=\(q(style.fill)), color=\(q(style.border)), fontsize=9"
                + (options.svgIDs ? ", id=\(q("legend-\(name)")), class=\"legend\"" : "") + "];\n"
        }
        var samples: [(String, String, Bool)] = []   // (name, caption, directed)
        let lineKinds = Set(drawing.lines.map { $0.classes == "co-credit" ? "co-credit" : $0.kind.rawValue })
        if lineKinds.contains("credit") {
            samples.append(("credit", options.view == .roles ? "credit (via role)" : "credit (role)", true))
        }
        if lineKinds.contains("affiliation") { samples.append(("affiliation", "affiliation", true)) }
        if lineKinds.contains("other") { samples.append(("other", "other fact", true)) }
        if lineKinds.contains("co-credit") { samples.append(("co-credit", "worked together on", false)) }
        for (name, caption, directed) in samples {
            let kind = EdgeKind(rawValue: name) ?? .credit
            let a = DOTText.id("legend_\(name)_from"), b = DOTText.id("legend_\(name)_to")
            out += "    \(a) [label=\"\", shape=point, width=0.05];\n"
            out += "    \(b) [label=\"\", shape=point, width=0.05];\n"
            out += "    \(a) -> \(b) [label=\(q(caption)), style=\(q(DOTTheme.lineStyle(kind)))"
                + (directed ? "" : ", dir=none") + "];\n"
        }
        out += "  }\n"
        return out
    }

    /// A quoted value RoleGraph chose itself (colours, styles): no escaping needed.
    static func q(_ s: String) -> String { "\"" + s + "\"" }
}
