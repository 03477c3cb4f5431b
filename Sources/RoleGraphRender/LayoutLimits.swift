/// How big a graph each layout engine is asked to draw before RoleGraph refuses and says
/// what to do instead. `dot` is quick on sparse, tree-like graphs and hopeless on dense
/// ones (measured with Graphviz 2.43 on two cores: 200 nodes with 400 random edges take
/// 1.5 s, 300 with 600 take 28 s, 500 with 1,000 over two minutes, while 2,000 nodes
/// with 2,500 edges in a tree-like shape take 4 s).
/// These are defaults, not hidden caps: every value can be raised by the caller.
public struct LayoutLimits: Sendable, Hashable {
    public var maxNodes: Int
    public var maxEdges: Int
    /// Edges beyond a spanning forest (E − V), the part that makes layered layouts
    /// cross and slow; nil means no such check.
    public var maxExtraEdges: Int?
    /// Separate pieces (connected components). Every engine but dot lays each piece out
    /// alone and then packs them, which grows about quadratically: 500 isolated nodes
    /// take 2 s in sfdp, 2,000 take 20 s or more, and circo and twopi are slower still.
    /// nil means no such check.
    public var maxComponents: Int?

    public init(maxNodes: Int, maxEdges: Int, maxExtraEdges: Int? = nil, maxComponents: Int? = nil) {
        self.maxNodes = maxNodes
        self.maxEdges = maxEdges
        self.maxExtraEdges = maxExtraEdges
        self.maxComponents = maxComponents
    }

    /// No limit at all: the caller accepts any run time.
    public static let unlimited = LayoutLimits(maxNodes: .max, maxEdges: .max)

    /// The defaults for one engine.
    public static func standard(for engine: LayoutEngine) -> LayoutLimits {
        switch engine {
        case .dot: LayoutLimits(maxNodes: 2_500, maxEdges: 5_000, maxExtraEdges: 200)
        case .circo, .twopi: LayoutLimits(maxNodes: 2_000, maxEdges: 6_000, maxComponents: 300)
        case .neato, .fdp: LayoutLimits(maxNodes: 2_000, maxEdges: 10_000, maxComponents: 500)
        // sfdp, measured with RoleGraph's DOT (labels, legend off): 4,700 nodes and
        // 10,000 edges in 7.5 s, 19,000 and 40,000 in 220 s.
        case .sfdp: LayoutLimits(maxNodes: 8_000, maxEdges: 16_000, maxComponents: 500)
        }
    }

    /// Throws `.tooBig` with advice when a graph of this size exceeds the limits.
    public func check(nodes: Int, edges: Int, components: Int = 1, engine: LayoutEngine) throws(RenderError) {
        let found = problems(nodes: nodes, edges: edges, components: components)
        guard !found.isEmpty else { return }
        // Suggest only the engines whose own limits this graph meets.
        var ways: [String] = []
        for other in [LayoutEngine.sfdp, .dot] where other != engine {
            if LayoutLimits.standard(for: other).problems(nodes: nodes, edges: edges, components: components).isEmpty {
                ways.append("use --engine \(other.rawValue)")
            }
        }
        ways.append("draw a neighbourhood with --focus NAME --hops 2")
        let alternative = ways.count == 1 ? ways[0] : ways.dropLast().joined(separator: ", ") + ", or " + ways.last!
        throw .tooBig(
            "the graph is too big for the \(engine.rawValue) engine to lay out in reasonable time: "
                + found.map(\.reason).joined(separator: ", ") + "; \(alternative), "
                + "or accept a long wait with " + found.map(\.override).joined(separator: " ")
        )
    }

    /// Each limit exceeded, with the option that would raise it.
    func problems(nodes: Int, edges: Int, components: Int) -> [(reason: String, override: String)] {
        var found: [(reason: String, override: String)] = []
        if nodes > maxNodes {
            found.append(("\(nodes) nodes (limit \(maxNodes))", "--max-nodes \(nodes)"))
        }
        if edges > maxEdges {
            found.append(("\(edges) edges (limit \(maxEdges))", "--max-edges \(edges)"))
        }
        if let maxExtra = maxExtraEdges, edges - nodes > maxExtra {
            found.append(("\(edges - nodes) more edges than nodes (limit \(maxExtra))", "--max-extra-edges \(edges - nodes)"))
        }
        if let maxComponents, components > maxComponents {
            found.append(("\(components) separate pieces (limit \(maxComponents))", "--max-components \(components)"))
        }
        return found
    }
}
