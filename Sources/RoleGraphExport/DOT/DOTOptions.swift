/// How a graph is drawn: what the nodes and edges stand for, how they are grouped and
/// styled, and which extras SVG output gets. The defaults give the plain credit diagram.
public struct DOTOptions: Sendable, Hashable {
    /// What the drawing shows.
    public enum View: String, Sendable, CaseIterable, Hashable {
        /// Every fact as an edge labelled with its relation (person → work "director").
        case credits
        /// Roles as nodes of their own: person → role → work, one role node per work and role.
        case roles
        /// People only, joined when they share a work, the edge naming the works.
        case people
        /// One edge per person–work pair, its roles joined ("director, producer").
        case pairs
    }

    /// Boxes drawn around groups of nodes.
    public enum Clustering: String, Sendable, CaseIterable, Hashable {
        case none
        /// Each work with the people credited on it alone (and its role nodes).
        case work
        /// One box per entity type.
        case type
        /// One box per community found by label propagation (fixed seed, so the same
        /// graph always gives the same boxes); communities of one node get no box.
        case community
    }

    public enum Theme: String, Sendable, CaseIterable, Hashable {
        case light, dark
        /// Greyscale, told apart by shape and line style: for paper.
        case print
    }

    public enum RankDirection: String, Sendable, CaseIterable, Hashable {
        case TB, LR, BT, RL
    }

    /// The neighbourhood of one entity, for graphs too big to draw whole.
    public struct Focus: Sendable, Hashable {
        /// The node id at the centre.
        public var id: String
        /// How many edges away (either direction) a node may be.
        public var hops: Int
        /// The most nodes to keep; nearer nodes first, then by id.
        public var maxNodes: Int

        public init(id: String, hops: Int = 2, maxNodes: Int = 200) {
            self.id = id
            self.hops = hops
            self.maxNodes = maxNodes
        }
    }

    public var view: View
    public var rankdir: RankDirection
    public var clusters: Clustering
    public var theme: Theme
    /// A font family name Graphviz passes to fontconfig.
    public var fontName: String
    public var legend: Bool
    /// Title drawn above the diagram.
    public var title: String?
    /// SVG hover text: the evidence sentences for edges, a summary for nodes.
    public var tooltips: Bool
    /// SVG `id` (from the entity id) and `class` (the type, the edge kind) attributes.
    public var svgIDs: Bool
    /// Turns each entity into a link: `{id}`, `{slug}`, `{type}` and `{label}` are
    /// replaced with the entity's values, percent-encoded.
    public var urlTemplate: String?
    public var focus: Focus?

    public init(
        view: View = .credits,
        rankdir: RankDirection = .LR,
        clusters: Clustering = .none,
        theme: Theme = .light,
        fontName: String = "Helvetica",
        legend: Bool = true,
        title: String? = nil,
        tooltips: Bool = true,
        svgIDs: Bool = true,
        urlTemplate: String? = nil,
        focus: Focus? = nil
    ) {
        self.view = view
        self.rankdir = rankdir
        self.clusters = clusters
        self.theme = theme
        self.fontName = fontName
        self.legend = legend
        self.title = title
        self.tooltips = tooltips
        self.svgIDs = svgIDs
        self.urlTemplate = urlTemplate
        self.focus = focus
    }
}
