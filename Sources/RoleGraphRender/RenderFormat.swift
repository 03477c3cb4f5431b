/// Output formats Graphviz renders in-process.
public enum RenderFormat: String, Sendable, CaseIterable, Hashable {
    case svg, png, pdf
    /// Graphviz's own text formats: the laid-out graph as DOT, canonical DOT, DOT with
    /// drawing operations, the line-based `plain` format, and JSON.
    case dot, canon, xdot, plain, json

    /// Raster formats are the only ones where `dpi` means pixels; for SVG it changes the
    /// size but not the viewBox, cropping the picture.
    public var isRaster: Bool { self == .png }

    /// True for formats whose bytes are not text.
    public var isBinary: Bool { self == .png || self == .pdf }

    /// The name Graphviz's renderer plugins use.
    public var graphvizName: String { rawValue }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .plain: "txt"
        case .canon: "gv"
        default: rawValue
        }
    }
}

/// Graphviz layout engines.
public enum LayoutEngine: String, Sendable, CaseIterable, Hashable {
    /// Layered, for hierarchies; slow on dense graphs.
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Force-directed.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial.
    case twopi

    /// fdp and sfdp start from random positions; a fixed seed makes runs repeatable
    /// (for fdp only without clusters, in Graphviz 2.43).
    var needsSeed: Bool { self == .fdp || self == .sfdp }
}
