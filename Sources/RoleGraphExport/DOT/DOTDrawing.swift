/// What a diagram shows, before it is spelled as DOT: boxes, lines and groups, built
/// from a graph according to the chosen view. Keys sort the output; the writer numbers
/// the boxes in key order.
struct DOTDrawing {
    enum Kind: Hashable {
        case entity(EntityType)
        case role
    }

    struct Box {
        var key: String
        var label: String
        var kind: Kind
        var tooltip: String
        /// The graph node this box draws, if any (role boxes have none).
        var node: Node?
        /// For role boxes: the work the role is on.
        var roleOf: String? = nil
    }

    struct Line {
        var from: String
        var to: String
        var label: String?
        var kind: EdgeKind
        var tooltip: String
        var directed: Bool
        var classes: String
    }

    struct Group {
        var name: String
        var label: String
        var members: [String]
    }

    var boxes: [Box] = []
    var lines: [Line] = []
    var groups: [Group] = []

    /// - Complexity: O(V log V + E log E), plus, for the people view, the number of
    ///   co-credited pairs (a work with k people gives k(k−1)/2 of them).
    init(_ graph: Graph, options: DOTOptions) {
        switch options.view {
        case .credits:
            boxes = graph.nodes.map(Self.box)
            lines = graph.edges.map { e in
                Line(from: e.source, to: e.target, label: Self.relationText(e.relation), kind: e.kind,
                     tooltip: Self.evidenceText(e.evidence, fallback: graph, e), directed: true,
                     classes: "\(e.kind.rawValue) \(Self.className(e.relation))")
            }
        case .pairs:
            boxes = graph.nodes.map(Self.box)
            lines = Self.pairLines(graph)
        case .roles:
            boxes = graph.nodes.map(Self.box)
            (boxes, lines) = Self.roleView(graph, boxes: boxes)
        case .people:
            boxes = graph.nodes.filter { $0.type == .person }.map(Self.box)
            lines = Self.coCreditLines(graph)
        }
        boxes.sort { $0.key < $1.key }
        lines.sort { ($0.from, $0.to, $0.label ?? "", $0.classes) < ($1.from, $1.to, $1.label ?? "", $1.classes) }
        groups = Self.groups(graph, boxes: boxes, options: options)
    }

    static func box(_ node: Node) -> Box {
        var about = "\(node.label) (\(node.type.rawValue)\(node.workType.map { ", \($0)" } ?? ""))"
        if !node.aliases.isEmpty { about += "\nalso: " + node.aliases.joined(separator: ", ") }
        return Box(key: node.id, label: node.label, kind: .entity(node.type), tooltip: about, node: node)
    }

    static func relationText(_ relation: String) -> String {
        relation.replacingAll("_", with: " ")
    }

    static func className(_ s: String) -> String {
        let mapped = s.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" }
        return String(mapped)
    }

    /// The sentences that state a fact, one a line, without repeats.
    static func evidenceText(_ evidence: [Evidence], fallback graph: Graph, _ edge: Edge) -> String {
        var seen = Set<String>()
        let sentences = evidence.map(\.text).filter { seen.insert($0).inserted }
        if !sentences.isEmpty { return sentences.joined(separator: "\n") }
        let source = graph.node(edge.source)?.label ?? edge.source
        let target = graph.node(edge.target)?.label ?? edge.target
        return "\(source) — \(relationText(edge.relation)) — \(target)"
    }

    /// One line per (source, target), its relations joined: "director, producer".
    static func pairLines(_ graph: Graph) -> [Line] {
        var byPair: [[String]: [Edge]] = [:]
        for edge in graph.edges { byPair[[edge.source, edge.target], default: []].append(edge) }
        return byPair.map { pair, edges in
            let relations = Array(Set(edges.map { relationText($0.relation) })).sorted()
            let kind: EdgeKind = edges.contains { $0.kind == .credit } ? .credit
                : edges.contains { $0.kind == .affiliation } ? .affiliation : .other
            let evidence = Array(Set(edges.flatMap(\.evidence))).sorted()
            return Line(from: pair[0], to: pair[1], label: relations.joined(separator: ", "), kind: kind,
                        tooltip: evidenceText(evidence, fallback: graph, edges[0]), directed: true,
                        classes: kind.rawValue)
        }
    }

    /// person → role → work: one role box per (work, role), shared by everyone credited
    /// with that role on that work. Facts other than credits stay plain edges.
    static func roleView(_ graph: Graph, boxes: [Box]) -> ([Box], [Line]) {
        var boxes = boxes
        var lines: [Line] = []
        var roleKeys = Set<String>()
        for edge in graph.edges {
            guard edge.kind == .credit else {
                lines.append(Line(from: edge.source, to: edge.target, label: relationText(edge.relation), kind: edge.kind,
                                  tooltip: evidenceText(edge.evidence, fallback: graph, edge), directed: true,
                                  classes: "\(edge.kind.rawValue) \(className(edge.relation))"))
                continue
            }
            let key = roleKey(work: edge.target, relation: edge.relation)
            if roleKeys.insert(key).inserted {
                let work = graph.node(edge.target)?.label ?? edge.target
                boxes.append(Box(key: key, label: relationText(edge.relation), kind: .role,
                                 tooltip: "\(relationText(edge.relation)) of \(work)", node: nil, roleOf: edge.target))
                lines.append(Line(from: key, to: edge.target, label: nil, kind: .credit,
                                  tooltip: "\(relationText(edge.relation)) of \(work)", directed: true,
                                  classes: "role-of"))
            }
            lines.append(Line(from: edge.source, to: key, label: nil, kind: .credit,
                              tooltip: evidenceText(edge.evidence, fallback: graph, edge), directed: true,
                              classes: "credit \(className(edge.relation))"))
        }
        return (boxes, lines)
    }

    static func roleKey(work: String, relation: String) -> String { "\(work)#role/\(relation)" }

    /// People joined when credited on the same work; the line names the shared works.
    static func coCreditLines(_ graph: Graph) -> [Line] {
        var credited: [String: [String: [String]]] = [:]   // work -> person -> roles
        for edge in graph.edges where edge.kind == .credit && graph.node(edge.source)?.type == .person {
            credited[edge.target, default: [:]][edge.source, default: []].append(relationText(edge.relation))
        }
        var shared: [[String]: [String]] = [:]              // [a, b] -> works
        for (work, people) in credited {
            let ids = people.keys.sorted()
            for i in ids.indices {
                for j in ids.indices where j > i { shared[[ids[i], ids[j]], default: []].append(work) }
            }
        }
        return shared.map { pair, works in
            let details = works.sorted().map { work -> String in
                let title = graph.node(work)?.label ?? work
                let who = pair.map { id in
                    "\(graph.node(id)?.label ?? id) (\(credited[work]![id]!.sorted().joined(separator: ", ")))"
                }
                return "\(title): " + who.joined(separator: ", ")
            }
            let titles = works.map { graph.node($0)?.label ?? $0 }.sorted()
            return Line(from: pair[0], to: pair[1], label: titles.joined(separator: ", "), kind: .credit,
                        tooltip: details.joined(separator: "\n"), directed: false, classes: "co-credit")
        }
    }

    static func groups(_ graph: Graph, boxes: [Box], options: DOTOptions) -> [Group] {
        switch options.clusters {
        case .none:
            return []
        case .community:
            return communityGroups(graph, boxes: boxes)
        case .type:
            var members: [Kind: [String]] = [:]
            for box in boxes { members[box.kind, default: []].append(box.key) }
            let order: [(Kind, String)] = EntityType.allCases.map { (.entity($0), groupTitle($0)) } + [(.role, "Roles")]
            return order.compactMap { kind, title in
                guard let keys = members[kind] else { return nil }
                let name = kind == .role ? "role" : { if case .entity(let t) = kind { t.rawValue } else { "" } }()
                return Group(name: "cluster_type_\(name)", label: title, members: keys)
            }
        case .work:
            var worksOf: [String: Set<String>] = [:]
            for edge in graph.edges where edge.kind == .credit { worksOf[edge.source, default: []].insert(edge.target) }
            let present = Set(boxes.map(\.key))
            var members: [String: [String]] = [:]
            for box in boxes {
                if let work = box.roleOf {
                    members[work, default: []].append(box.key)
                } else if let works = worksOf[box.key], works.count == 1, let work = works.first, present.contains(work) {
                    members[work, default: []].append(box.key)
                }
            }
            return members.keys.sorted().enumerated().map { index, work in
                Group(name: "cluster_work_\(index + 1)", label: graph.node(work)?.label ?? work,
                      members: [work] + members[work]!.sorted())
            }
        }
    }

    /// Boxes around the communities of the whole graph; a role node goes with its work.
    ///
    /// - Complexity: O(V + E) per label-propagation round.
    static func communityGroups(_ graph: Graph, boxes: [Box]) -> [Group] {
        let compact = CompactGraph(graph)
        let labels = compact.communities(seed: 1).communityOf
        var communityOf: [String: Int32] = [:]
        for v in 0..<compact.nodeCount { communityOf[compact.id(Int32(v))] = labels[v] }
        var members: [Int32: [String]] = [:]
        for box in boxes {
            guard let c = communityOf[box.roleOf ?? box.key] else { continue }
            members[c, default: []].append(box.key)
        }
        let groups = members.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return groups.enumerated().map { index, keys in
            Group(name: "cluster_community_\(index + 1)", label: "Community \(index + 1)", members: keys)
        }
    }

    static func groupTitle(_ type: EntityType) -> String {
        switch type {
        case .person: "People"
        case .work: "Works"
        case .organization: "Organizations"
        case .place: "Places"
        case .event: "Events"
        }
    }
}
