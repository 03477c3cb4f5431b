/// Graph to picture in one call: DOT from `DOTWriter`, laid out and rendered in-process.
extension Graphviz {
    /// - Parameters:
    ///   - options: what the diagram shows and how it looks.
    ///   - limits: the size guard; `nil` uses the engine's defaults.
    public func render(
        _ graph: Graph,
        options: DOTOptions = .init(),
        format: RenderFormat,
        engine: LayoutEngine = .dot,
        dpi: Double? = nil,
        limits: LayoutLimits? = nil
    ) throws(RenderError) -> [UInt8] {
        try render(dot: DOTWriter.write(graph, options: options), format: format, engine: engine, dpi: dpi, limits: limits)
    }
}
