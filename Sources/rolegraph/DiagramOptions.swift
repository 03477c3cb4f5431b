import ArgumentParser
import Foundation
import RoleGraph

extension DOTOptions.View: ExpressibleByArgument {}
extension DOTOptions.Theme: ExpressibleByArgument {}
extension DOTOptions.Clustering: ExpressibleByArgument {}
extension DOTOptions.RankDirection: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}

/// How a graph is drawn: shared by every command that writes DOT or pictures.
struct DiagramOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "What the diagram shows: credits (roles on the edges), roles (person → role → work), people (who worked with whom), pairs (one edge per person and work, roles joined).",
        valueName: "view"))
    var view: DOTOptions.View?

    @Option(help: ArgumentHelp("Colours: light, dark, or print (greyscale, for paper).", valueName: "theme"))
    var theme: DOTOptions.Theme?

    @Option(help: ArgumentHelp("Direction of the layers in the dot engine: TB, LR, BT or RL (default LR).", valueName: "dir"))
    var rankdir: DOTOptions.RankDirection?

    @Option(help: ArgumentHelp("Boxes around groups: none, work (each work with the people only it credits), type, community (label propagation, fixed seed).", valueName: "grouping"))
    var clusters: DOTOptions.Clustering?

    @Option(help: ArgumentHelp("Font family for all text (default Helvetica).", valueName: "name"))
    var font: String?

    @Option(help: ArgumentHelp("A title above the diagram.", valueName: "text"))
    var title: String?

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Leave out SVG hover text (evidence sentences on edges).")
    var noTooltips = false

    @Option(help: ArgumentHelp(
        "Link every entity in SVG output; {id}, {slug}, {type} and {label} are filled in, e.g. 'https://example.org/{type}/{slug}'.",
        valueName: "template"))
    var urlTemplate: String?

    @Option(help: ArgumentHelp("Draw only the neighbourhood of this entity (an id, a name or an alias).", valueName: "name"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many steps from the entity to include.", valueName: "k"))
    var hops: Int = 2

    @Option(help: ArgumentHelp(
        "The most nodes to draw. With --focus it caps the neighbourhood (default 200, nearest first, with a note when nodes are left out); without it, it raises or lowers the layout size guard.",
        valueName: "n"))
    var maxNodes: Int?

    mutating func validate() throws {
        if hops < 0 { throw ValidationError("--hops must be 0 or more") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
    }

    /// True when any drawing option was given (they do not apply to DOT input).
    var isCustomized: Bool {
        view != nil || theme != nil || rankdir != nil || clusters != nil || font != nil || title != nil
            || noLegend || noTooltips || urlTemplate != nil || focus != nil
    }

    /// The writer's options for a graph; resolves --focus and reports on standard error
    /// when --max-nodes left part of the neighbourhood out.
    func dotOptions(for graph: Graph) throws -> DOTOptions {
        var options = DOTOptions()
        if let view { options.view = view }
        if let theme { options.theme = theme }
        if let rankdir { options.rankdir = rankdir }
        if let clusters { options.clusters = clusters }
        if let font { options.fontName = font }
        options.title = title
        options.legend = !noLegend
        options.tooltips = !noTooltips
        options.urlTemplate = urlTemplate
        if let focus {
            let id = try FocusSubgraph.resolve(focus, in: graph)
            let cap = maxNodes ?? 200
            let sub = FocusSubgraph.make(graph, around: id, hops: hops, maxNodes: cap)
            if sub.isTruncated {
                Self.note("note: drawing \(sub.graph.nodeCount) of the \(sub.reachable) nodes within \(hops) hop\(hops == 1 ? "" : "s") of \(id), nearest first; raise --max-nodes to draw more")
            }
            options.focus = .init(id: id, hops: hops, maxNodes: cap)
        }
        return options
    }

    /// One line on standard error: a note, not an error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// How a picture is laid out and rendered: shared by `render` and `build`.
struct LayoutOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Layout engine: dot (layers, for credits), neato, fdp, sfdp (big graphs), circo, twopi.",
        valueName: "engine"))
    var engine: LayoutEngine = .dot

    @Option(help: ArgumentHelp("Resolution of PNG output in dots per inch (default 96).", valueName: "n"))
    var dpi: Double?

    @Option(help: ArgumentHelp(
        "Size guard: the most edges to lay out (dot 5000, circo/twopi 6000, neato/fdp 10000, sfdp 16000).",
        valueName: "n"))
    var maxEdges: Int?

    @Option(help: ArgumentHelp(
        "Size guard for dot: the most edges beyond one per node (default 200; dense graphs take minutes in dot).",
        valueName: "n"))
    var maxExtraEdges: Int?

    @Option(help: ArgumentHelp(
        "Size guard for every engine but dot: the most separate pieces of the graph (default 500, circo/twopi 300; packing many pieces is slow).",
        valueName: "n"))
    var maxComponents: Int?

    mutating func validate() throws {
        if let dpi, !(dpi >= 1 && dpi <= 2_400) { throw ValidationError("--dpi must be between 1 and 2400") }
    }

    /// The engine's size guard with the user's overrides.
    func limits(diagram: DiagramOptions) -> LayoutLimits {
        var limits = LayoutLimits.standard(for: engine)
        // With --focus, --max-nodes sizes the neighbourhood; the drawing is then small.
        if diagram.focus == nil, let maxNodes = diagram.maxNodes { limits.maxNodes = maxNodes }
        if let maxEdges { limits.maxEdges = maxEdges }
        if let maxExtraEdges { limits.maxExtraEdges = maxExtraEdges }
        if let maxComponents { limits.maxComponents = maxComponents }
        return limits
    }
}
