/// One colour per entity type, shared by the formats that carry colour (Mermaid classes,
/// GEXF `viz:color`), so a person looks the same in every tool.
public enum TypeColors {
    public struct RGB: Sendable, Equatable {
        public var r: UInt8
        public var g: UInt8
        public var b: UInt8

        /// `#rrggbb`
        public var hex: String {
            "#" + [r, g, b].map { byte in
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }
    }

    /// The strong colour: outlines, and the node colour in Gephi.
    public static func stroke(_ type: EntityType) -> RGB {
        switch type {
        case .person: RGB(r: 0x2b, g: 0x5c, b: 0x8a)
        case .work: RGB(r: 0x9a, g: 0x6a, b: 0x00)
        case .organization: RGB(r: 0x3d, g: 0x7a, b: 0x32)
        case .place: RGB(r: 0x6d, g: 0x3f, b: 0x85)
        case .event: RGB(r: 0x9b, g: 0x2f, b: 0x2f)
        }
    }

    /// The light colour behind a label.
    public static func fill(_ type: EntityType) -> RGB {
        switch type {
        case .person: RGB(r: 0xdb, g: 0xe9, b: 0xf6)
        case .work: RGB(r: 0xfd, g: 0xf0, b: 0xd5)
        case .organization: RGB(r: 0xe3, g: 0xf1, b: 0xe0)
        case .place: RGB(r: 0xef, g: 0xe3, b: 0xf4)
        case .event: RGB(r: 0xf8, g: 0xe0, b: 0xe0)
        }
    }
}
