import RoleGraphCore

/// Builds a rich `Graph` from credits, for inputs that fit it (up to a few hundred
/// thousand credits) and for merging with graphs extracted from text.
///
/// Node ids come from the display name (`NodeID.make(type:name:)`), so "Kevin Bacon" read
/// from a cast list and from an article is one node. Two different source keys with one
/// display name (two IMDb people called John Smith) stay two nodes: the first key seen
/// takes the plain id, later ones get the IMDb id (or a number) appended. IMDb ids go to
/// `externalIDs`. Evidence is the line: `document` is the file's path, `start`/`end` are
/// Unicode scalar offsets of the line in the (decompressed) file, `text` is the line.
public struct GraphSink: CreditSink {
    struct Draft {
        var id: String
        var label: String
        var type: EntityType
        var workType: String?
        var aliases: Set<String> = []
        var externalIDs: [String] = []
        var mentions = 0
    }

    let document: String
    /// When true every `entity(_:)` becomes a node, credited or not (a basics file alone).
    let entitiesAreNodes: Bool
    private var known: [EntityType: [String: CreditEntity]] = [:]
    private var drafts: [Draft] = []
    private var draftIndex: [EntityType: [String: Int]] = [:]
    private var idOwner: [String: Int] = [:]
    private var edges: [EdgeKey: [Evidence]] = [:]

    struct EdgeKey: Hashable {
        var source: String, target: String, kind: EdgeKind, relation: String
    }
    private var lastLine = -1
    private var lastText = ""

    public init(document: String, entitiesAreNodes: Bool = false) {
        self.document = document
        self.entitiesAreNodes = entitiesAreNodes
    }

    public mutating func entity(_ entity: CreditEntity) {
        known[entity.type, default: [:]][entity.key] = entity
        if entitiesAreNodes { _ = node(for: entity, mention: false) }
    }

    public mutating func credit(person: CreditEntity, role: String, work: CreditEntity) {
        let p = node(for: person, mention: true), w = node(for: work, mention: true)
        let key = EdgeKey(source: drafts[p].id, target: drafts[w].id, kind: .credit, relation: role)
        if edges[key] == nil { edges[key] = [] }
    }

    public mutating func credit(person: CreditEntity, role: String, kind: EdgeKind, work: CreditEntity, line: CreditLine) {
        let p = node(for: person, mention: true), w = node(for: work, mention: true)
        if line.number != lastLine {
            lastLine = line.number
            lastText = line.text
        }
        let key = EdgeKey(source: drafts[p].id, target: drafts[w].id, kind: kind, relation: role)
        edges[key, default: []].append(Evidence(document: document, start: line.scalarStart, end: line.scalarEnd, text: lastText))
    }

    private mutating func node(for entity: CreditEntity, mention: Bool) -> Int {
        if let i = draftIndex[entity.type]?[entity.key] {
            if mention { drafts[i].mentions += 1 }
            return i
        }
        let described = known[entity.type]?[entity.key]
        let label = entity.label ?? described?.label ?? entity.key
        let imdb = IMDbID.isID(entity.key) ? entity.key : nil
        var id = NodeID.make(type: entity.type, name: label)
        if idOwner[id] != nil {
            let base = id
            if let imdb {
                id = "\(base)-\(imdb)"
            } else {
                var n = 2
                repeat { id = "\(base)-\(n)"; n += 1 } while idOwner[id] != nil
            }
        }
        var draft = Draft(id: id, label: label, type: entity.type,
                          workType: entity.workType ?? described?.workType, mentions: mention ? 1 : 0)
        if let imdb { draft.externalIDs = [imdb] } else if entity.key != label { draft.aliases.insert(entity.key) }
        if let alias = entity.alias ?? described?.alias, alias != label { draft.aliases.insert(alias) }
        let i = drafts.count
        drafts.append(draft)
        draftIndex[entity.type, default: [:]][entity.key] = i
        idOwner[id] = i
        return i
    }

    /// The graph built so far.
    ///
    /// - Complexity: O(V + E) plus sorting each edge's evidence.
    public func graph() -> Graph {
        let nodes = drafts.map {
            Node(id: $0.id, label: $0.label, type: $0.type, workType: $0.workType,
                 aliases: Array($0.aliases), mentions: $0.mentions, externalIDs: $0.externalIDs)
        }
        let list = edges.map { Edge(source: $0.key.source, target: $0.key.target, kind: $0.key.kind,
                                    relation: $0.key.relation, evidence: $0.value) }
        return Graph(nodes: nodes, edges: list)
    }
}
