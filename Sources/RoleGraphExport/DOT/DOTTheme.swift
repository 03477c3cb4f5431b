/// Colours and shapes per theme. People, works, organizations and places differ in shape
/// as well as colour, so the print theme (greyscale) still tells them apart.
struct DOTTheme {
    struct NodeStyle {
        var shape: String
        var style: String
        var fill: String
        var border: String
    }

    var background: String
    var text: String
    var edge: String
    var clusterBorder: String
    var person: NodeStyle
    var work: NodeStyle
    var organization: NodeStyle
    var place: NodeStyle
    var event: NodeStyle
    var role: NodeStyle

    func style(for type: EntityType) -> NodeStyle {
        switch type {
        case .person: person
        case .work: work
        case .organization: organization
        case .place: place
        case .event: event
        }
    }

    /// Line style per kind of fact, the same in every theme.
    static func lineStyle(_ kind: EdgeKind) -> String {
        switch kind {
        case .credit: "solid"
        case .affiliation: "dashed"
        case .other: "dotted"
        }
    }

    static func make(_ theme: DOTOptions.Theme) -> DOTTheme {
        switch theme {
        case .light:
            DOTTheme(
                background: "white", text: "#1a1a1a", edge: "#555555", clusterBorder: "#999999",
                person: .init(shape: "ellipse", style: "filled", fill: "#cfe2ff", border: "#1f4e8c"),
                work: .init(shape: "box", style: "rounded,filled", fill: "#ffe5b4", border: "#a35a00"),
                organization: .init(shape: "hexagon", style: "filled", fill: "#d4edda", border: "#2e7d32"),
                place: .init(shape: "house", style: "filled", fill: "#f8d7da", border: "#a12b36"),
                event: .init(shape: "diamond", style: "filled", fill: "#e8dcf5", border: "#5e35b1"),
                role: .init(shape: "octagon", style: "filled", fill: "#f2f2f2", border: "#666666")
            )
        case .dark:
            DOTTheme(
                background: "#1e1e1e", text: "#e8e8e8", edge: "#b0b0b0", clusterBorder: "#777777",
                person: .init(shape: "ellipse", style: "filled", fill: "#1f3a5f", border: "#8ab4f8"),
                work: .init(shape: "box", style: "rounded,filled", fill: "#5c3b0a", border: "#ffb74d"),
                organization: .init(shape: "hexagon", style: "filled", fill: "#1e4d2b", border: "#81c995"),
                place: .init(shape: "house", style: "filled", fill: "#5c1f26", border: "#f28b82"),
                event: .init(shape: "diamond", style: "filled", fill: "#3d2a66", border: "#c58af9"),
                role: .init(shape: "octagon", style: "filled", fill: "#333333", border: "#aaaaaa")
            )
        case .print:
            DOTTheme(
                background: "white", text: "black", edge: "black", clusterBorder: "black",
                person: .init(shape: "ellipse", style: "filled", fill: "white", border: "black"),
                work: .init(shape: "box", style: "rounded,filled", fill: "#e0e0e0", border: "black"),
                organization: .init(shape: "hexagon", style: "filled", fill: "#c8c8c8", border: "black"),
                place: .init(shape: "house", style: "filled", fill: "#f0f0f0", border: "black"),
                event: .init(shape: "diamond", style: "filled", fill: "#d8d8d8", border: "black"),
                role: .init(shape: "octagon", style: "dashed,filled", fill: "white", border: "black")
            )
        }
    }
}
