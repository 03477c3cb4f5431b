import CGraphviz
import Foundation

/// Graphviz, linked in-process: parses DOT, lays it out and renders it.
///
/// Each instance owns one Graphviz context, freed in `deinit`; every graph it parses is
/// closed and every layout freed before a call returns. Instances may be shared between
/// threads and several may exist, but all of them funnel their work through one
/// process-wide lock, because cgraph is not thread safe even across contexts.
public final class Graphviz: @unchecked Sendable {
    // Only touched while GraphvizLock is held.
    private let context: OpaquePointer
    /// Layout engines and output devices the installed plugins provide.
    public let layoutEngines: Set<String>
    public let outputFormats: Set<String>

    /// Starts a context and checks that the plugins are there.
    public init() throws(RenderError) {
        let (context, layouts, devices) = try GraphvizLock.run { () throws(RenderError) -> (OpaquePointer, Set<String>, Set<String>) in
            ErrorCapture.shared.begin()
            guard let gvc = gvContext() else {
                throw .unavailable("gvContext() failed; reinstall Graphviz (apt-get install --reinstall libgvc6)")
            }
            return (gvc, Self.pluginList(gvc, kind: "layout"), Self.pluginList(gvc, kind: "device"))
        }
        if layouts.isEmpty || devices.isEmpty {
            // Thrown before the stored properties are set, so deinit will not run.
            GraphvizLock.run { _ = gvFreeContext(context) }
            throw .unavailable(
                "no \(layouts.isEmpty ? "layout" : "output") plugins are registered "
                    + "(Graphviz's plugin list, e.g. /usr/lib/x86_64-linux-gnu/graphviz/config6a, is missing); "
                    + "run `sudo dot -c` or `sudo apt-get install --reinstall libgvc6`"
            )
        }
        self.context = context
        self.layoutEngines = layouts
        self.outputFormats = devices
    }

    deinit {
        let context = self.context
        GraphvizLock.run { _ = gvFreeContext(context) }
    }

    /// The Graphviz library version, e.g. "2.43.0".
    public var version: String {
        GraphvizLock.run { gvcVersion(context).map { String(cString: $0) } ?? "unknown" }
    }

    /// Parses DOT text with Graphviz's own parser and reports what it read.
    ///
    /// Text after the first graph (a second graph, a stray `}`) is an error: Graphviz's
    /// parser would otherwise keep it and fail the next, unrelated parse.
    /// - Complexity: O(size of the text + V + E) plus attribute look-ups.
    public func parse(dot: String) throws(RenderError) -> ParsedGraph {
        try GraphvizLock.run { () throws(RenderError) -> ParsedGraph in
            ErrorCapture.shared.begin()
            let graph = try Self.read(dot)
            defer { agclose(graph) }
            return Self.describe(graph)
        }
    }

    /// Lays out DOT text with an engine and renders it to a format.
    ///
    /// - Parameters:
    ///   - dpi: resolution for raster formats (PNG); ignored for vector and text formats,
    ///     where Graphviz would crop the picture instead of scaling it.
    ///   - limits: the size guard; `nil` uses `LayoutLimits.standard(for: engine)`.
    /// - Returns: the rendered bytes.
    public func render(
        dot: String,
        format: RenderFormat,
        engine: LayoutEngine = .dot,
        dpi: Double? = nil,
        limits: LayoutLimits? = nil
    ) throws(RenderError) -> [UInt8] {
        guard layoutEngines.contains(engine.rawValue) else {
            throw .unavailable("the \(engine.rawValue) layout plugin is not installed; run `sudo dot -c` or reinstall libgvc6")
        }
        guard outputFormats.contains(format.graphvizName) else {
            throw .unavailable("the \(format.rawValue) output plugin is not installed; run `sudo dot -c` or reinstall libgvc6 (and libgvplugin-pango for PNG/PDF)")
        }
        if let dpi, !(dpi >= 1 && dpi <= 2_400) {
            throw .renderFailed(format: format.rawValue, message: "dpi must be between 1 and 2400, not \(dpi)")
        }
        let context = self.context
        return try GraphvizLock.run { () throws(RenderError) -> [UInt8] in
            ErrorCapture.shared.begin()
            let graph = try Self.read(dot)
            defer { agclose(graph) }
            let limits = limits ?? .standard(for: engine)
            try limits.check(
                nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)),
                components: limits.maxComponents == nil ? 1 : Self.componentCount(graph),
                engine: engine
            )
            if engine.needsSeed {
                if (rg_agget(graph, "start").map { String(cString: $0) } ?? "").isEmpty {
                    _ = rg_agsafeset(graph, "start", "42", "")
                }
                // sfdp draws some of its random numbers from libc's generators without
                // reseeding them, so a second layout in one process would differ.
                srand48(42)
                srand(42)
            }
            if let dpi, format.isRaster {
                _ = rg_agsafeset(graph, "dpi", JSONNumber.text(dpi), "")
            }
            let laidOut = gvLayout(context, graph, engine.rawValue)
            defer { _ = gvFreeLayout(context, graph) }
            if laidOut != 0 || ErrorCapture.shared.hasErrors {
                throw .layoutFailed(engine: engine.rawValue, message: ErrorCapture.shared.message(fallback: "gvLayout returned \(laidOut)"))
            }
            var data: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let rendered = gvRenderData(context, graph, format.graphvizName, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard rendered == 0, let data else {
                throw .renderFailed(format: format.rawValue, message: ErrorCapture.shared.message(fallback: "gvRenderData returned \(rendered)"))
            }
            return [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length)))
        }
    }

    // MARK: - Under the lock

    /// Parses one graph and drains the parser. Caller holds the lock and closes the graph.
    private static func read(_ dot: String) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        // The parser reads a C string: a NUL would silently cut the text short.
        if let nul = dot.utf8.firstIndex(of: 0) {
            throw .badDOT("the text contains a NUL byte (at byte \(dot.utf8.distance(from: dot.utf8.startIndex, to: nul)))")
        }
        let graph = dot.withCString { agmemread($0) }
        var extraGraphs = 0
        while let extra = agmemread("") {
            agclose(extra)
            extraGraphs += 1
        }
        let failed = ErrorCapture.shared.hasErrors
        guard let graph else {
            throw .badDOT(ErrorCapture.shared.message(fallback: "no graph in the input"))
        }
        if failed || extraGraphs > 0 {
            agclose(graph)
            throw .badDOT(failed
                ? ErrorCapture.shared.message(fallback: "text after the end of the graph")
                : "text after the end of the graph (\(extraGraphs) more graph\(extraGraphs == 1 ? "" : "s")); one graph per input")
        }
        return graph
    }

    private static func describe(_ graph: UnsafeMutablePointer<Agraph_t>) -> ParsedGraph {
        let nodeSymbols = symbols(graph, kind: AGNODE)
        let edgeSymbols = symbols(graph, kind: AGEDGE)
        var nodes: [ParsedGraph.Node] = []
        var edges: [ParsedGraph.Edge] = []
        var node = agfstnode(graph)
        while let n = node {
            let name = String(cString: rg_agnameof(n))
            nodes.append(.init(name: name, attributes: attributes(of: n, nodeSymbols)))
            var edge = agfstout(graph, n)
            while let e = edge {
                edges.append(.init(
                    tail: name,
                    head: String(cString: rg_agnameof(rg_aghead(e))),
                    attributes: attributes(of: e, edgeSymbols)
                ))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        let graphSymbols = symbols(graph, kind: AGRAPH)
        var subgraphs: [ParsedGraph.Subgraph] = []
        var sub = rg_agfstsubg(graph)
        while let s = sub {
            var members: [String] = []
            var member = agfstnode(s)
            while let m = member {
                members.append(String(cString: rg_agnameof(m)))
                member = agnxtnode(s, m)
            }
            subgraphs.append(.init(name: String(cString: rg_agnameof(s)), nodes: members,
                                   attributes: attributes(of: s, graphSymbols, keepDefaults: true)))
            sub = rg_agnxtsubg(s)
        }
        return ParsedGraph(
            name: String(cString: rg_agnameof(graph)),
            isDirected: agisdirected(graph) != 0,
            attributes: attributes(of: graph, graphSymbols, keepDefaults: true),
            nodes: nodes,
            edges: edges,
            subgraphs: subgraphs
        )
    }

    /// Connected components, edges taken in both directions (union-find).
    ///
    /// - Complexity: O((V + E) α(V))
    private static func componentCount(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int {
        var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let n = node {
            index[n] = index.count
            node = agnxtnode(graph, n)
        }
        var parent = Array(0..<index.count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var components = index.count
        node = agfstnode(graph)
        while let n = node {
            var edge = agfstout(graph, n)
            while let e = edge {
                let a = root(index[n]!), b = root(index[rg_aghead(e)]!)
                if a != b {
                    parent[a] = b
                    components -= 1
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        return components
    }

    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(String, UnsafeMutablePointer<Agsym_t>)] {
        var out: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var sym = agnxtattr(graph, kind, nil)
        while let s = sym {
            out.append((String(cString: rg_agsymname(s)), s))
            sym = agnxtattr(graph, kind, s)
        }
        return out
    }

    /// Node and edge attributes equal to their declared default are left out; graph
    /// attributes are kept whenever set, since `graph [x=y]` in the root declares the
    /// default itself.
    private static func attributes(
        of object: UnsafeMutableRawPointer,
        _ symbols: [(String, UnsafeMutablePointer<Agsym_t>)],
        keepDefaults: Bool = false
    ) -> [String: String] {
        var out: [String: String] = [:]
        for (name, sym) in symbols {
            guard let raw = agxget(object, sym) else { continue }
            let value = String(cString: raw)
            let declared = sym.pointee.defval.map { String(cString: $0) } ?? ""
            if keepDefaults ? !value.isEmpty : value != declared { out[name] = value }
        }
        return out
    }

    private static func pluginList(_ gvc: OpaquePointer, kind: String) -> Set<String> {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        var names = Set<String>()
        for i in 0..<Int(count) {
            if let name = list[i] {
                names.insert(String(cString: name))
                free(name)
            }
        }
        free(list)
        return names
    }
}

/// Numbers as Graphviz attributes want them: no exponent, no trailing ".0".
enum JSONNumber {
    static func text(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e9 ? String(Int(x)) : String(format: "%.4f", x)
    }
}
