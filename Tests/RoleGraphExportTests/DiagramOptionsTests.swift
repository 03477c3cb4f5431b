import Foundation
import RoleGraphTestSupport
import Testing
import RoleGraphRender
@testable import RoleGraphExport

/// The diagram choices: views, groups, themes, SVG extras. Every output is read back by
/// Graphviz's own parser.
@Suite struct DiagramOptionsTests {
    let graphviz = try! Graphviz()

    func parse(_ graph: Graph, _ options: DOTOptions) throws -> ParsedGraph {
        try graphviz.parse(dot: DOTWriter.write(graph, options: options))
    }

    func name(_ parsed: ParsedGraph, _ id: String) -> String {
        parsed.nodes.first { $0.attributes["id"] == id }!.name
    }

    @Test func roleViewPutsARoleNodeBetweenPersonAndWork() throws {
        let parsed = try parse(Samples.film(), .init(view: .roles, legend: false))
        let roles = parsed.nodes.filter { $0.attributes["class"] == "role" }
        // (Night Road: director, producer, actor), (Harbour Lights: actor, showrunner)
        #expect(roles.count == 5)
        #expect(parsed.nodeCount == 7 + 5)
        #expect(parsed.edgeCount == 5 + 5 + 2)
        let ada = name(parsed, "person/ada-park"), film = name(parsed, "work/night-road")
        let adaRoles = parsed.edges.filter { $0.tail == ada }.map(\.head)
        let viaRole = adaRoles.compactMap { role in parsed.node(named: role) }
            .filter { $0.attributes["class"] == "role" }
        #expect(Set(viaRole.map { $0.attributes["label"] }) == ["director", "producer"])
        for role in viaRole {
            #expect(parsed.edges.contains { $0.tail == role.name && $0.head == film })
        }
    }

    @Test func peopleViewJoinsCoCreditedPeople() throws {
        let parsed = try parse(Samples.film(), .init(view: .people, legend: false))
        #expect(parsed.nodeCount == 3)
        #expect(parsed.edgeCount == 2)
        let ada = name(parsed, "person/ada-park"), ben = name(parsed, "person/ben-cole"), cy = name(parsed, "person/cy-dunn")
        let adaBen = try #require(parsed.edges.first { Set([$0.tail, $0.head]) == [ada, ben] })
        #expect(adaBen.attributes["label"] == "Night Road")
        #expect(adaBen.attributes["dir"] == "none")
        #expect(DOTText.displayed(adaBen.attributes["tooltip"]!) == "Night Road: Ada Park (director, producer), Ben Cole (actor)")
        #expect(parsed.edges.contains { Set([$0.tail, $0.head]) == [ben, cy] && $0.attributes["label"] == "Harbour Lights" })
    }

    @Test func pairsViewJoinsRoles() throws {
        let parsed = try parse(Samples.film(), .init(view: .pairs, legend: false))
        #expect(parsed.nodeCount == 7)
        #expect(parsed.edgeCount == 6)
        let ada = name(parsed, "person/ada-park"), film = name(parsed, "work/night-road")
        let edge = try #require(parsed.edges.first { $0.tail == ada && $0.head == film })
        #expect(edge.attributes["label"] == "director, producer")
        #expect(DOTText.displayed(edge.attributes["tooltip"]!) == "Ada Park directed Night Road.\nPark also produced it.")
    }

    @Test func clustersByTypeHoldEveryNodeOnce() throws {
        let parsed = try parse(Samples.film(), .init(clusters: .type, legend: false))
        let names = Set(parsed.subgraphs.map(\.name))
        #expect(names == ["cluster_type_person", "cluster_type_work", "cluster_type_organization", "cluster_type_place"])
        #expect(parsed.subgraph(named: "cluster_type_person")?.nodes.count == 3)
        #expect(parsed.subgraphs.map(\.nodes.count).reduce(0, +) == parsed.nodeCount)
        #expect(parsed.subgraph(named: "cluster_type_work")?.attributes["label"] == "Works")
    }

    @Test func clustersByCommunitySeparateUnconnectedGroups() throws {
        var g = Graph()
        for (person, work) in [("Ann Lee", "First"), ("Bo Kim", "First"), ("Cy Dunn", "Second"), ("Di Roe", "Second")] {
            g.add(Node(label: person, type: .person))
            g.add(Node(label: work, type: .work))
            g.add(Edge(source: NodeID.make(type: .person, name: person), target: NodeID.make(type: .work, name: work),
                       kind: .credit, relation: "actor"))
        }
        let parsed = try parse(g, .init(clusters: .community, legend: false))
        let groups = Set(parsed.subgraphs.map { Set($0.nodes) })
        #expect(groups == [
            [name(parsed, "person/ann-lee"), name(parsed, "person/bo-kim"), name(parsed, "work/first")],
            [name(parsed, "person/cy-dunn"), name(parsed, "person/di-roe"), name(parsed, "work/second")],
        ])
        #expect(DOTWriter.write(g, options: .init(clusters: .community)) == DOTWriter.write(g, options: .init(clusters: .community)))
    }

    @Test func clustersByWorkHoldPeopleCreditedOnlyThere() throws {
        let parsed = try parse(Samples.film(), .init(clusters: .work, legend: false))
        let byLabel = Dictionary(uniqueKeysWithValues: parsed.subgraphs.map { ($0.attributes["label"]!, Set($0.nodes)) })
        #expect(byLabel["Night Road"] == [name(parsed, "work/night-road"), name(parsed, "person/ada-park")])
        #expect(byLabel["Harbour Lights"] == [name(parsed, "work/harbour-lights"), name(parsed, "person/cy-dunn")])
        // Ben Cole works on both, so he stays between them.
        #expect(!byLabel.values.contains { $0.contains(name(parsed, "person/ben-cole")) })
        let roles = try parse(Samples.film(), .init(view: .roles, clusters: .work, legend: false))
        #expect(roles.subgraphs.allSatisfy { $0.nodes.count >= 2 })
    }

    @Test func themesChangeColoursAndPrintIsGreyscale() throws {
        let dark = try parse(Samples.film(), .init(theme: .dark))
        #expect(dark.attributes["bgcolor"] == "#1e1e1e")
        let print = try parse(Samples.film(), .init(theme: .print))
        let fills = Set(print.nodes.compactMap { $0.attributes["fillcolor"] })
        #expect(!fills.isEmpty)
        for fill in fills {
            let hex = Array(fill.dropFirst())
            #expect(fill == "white" || (hex.count == 6 && hex[0...1] == hex[2...3] && hex[2...3] == hex[4...5]), "\(fill)")
        }
        // Shapes still tell the types apart without colour.
        let shapes = Set(print.nodes.filter { !$0.name.hasPrefix("legend_") }.compactMap { $0.attributes["shape"] })
        #expect(shapes.count == 4)
    }

    @Test func layoutAttributesAndTitleReachTheGraph() throws {
        let parsed = try parse(Samples.film(), .init(rankdir: .TB, fontName: "DejaVu Sans", title: "Credits \"2024\""))
        #expect(parsed.attributes["rankdir"] == "TB")
        #expect(parsed.attributes["fontname"] == "DejaVu Sans")
        #expect(DOTText.displayed(parsed.attributes["label"]!) == "Credits \"2024\"")
    }

    @Test func svgExtrasCanBeTurnedOnAndOff() throws {
        let url = "https://example.org/search?q={label}&t={type}"
        let on = try parse(Samples.film(), .init(legend: false, urlTemplate: url))
        let ada = try #require(on.nodes.first { $0.attributes["id"] == "person/ada-park" })
        #expect(ada.attributes["class"] == "person")
        #expect(DOTText.displayed(ada.attributes["URL"]!) == "https://example.org/search?q=Ada%20Park&t=person")
        #expect(DOTText.displayed(ada.attributes["tooltip"]!) == "Ada Park (person)\nalso: Park")
        let film = try #require(on.nodes.first { $0.attributes["id"] == "work/night-road" })
        #expect(film.attributes["class"] == "work film")
        #expect(on.edges.allSatisfy { $0.attributes["id"]?.hasPrefix("e") == true && $0.attributes["tooltip"] != nil })

        let off = try parse(Samples.film(), .init(legend: false, tooltips: false, svgIDs: false))
        #expect(off.nodes.allSatisfy { $0.attributes["tooltip"] == nil && $0.attributes["id"] == nil && $0.attributes["URL"] == nil })
    }

    @Test func focusDrawsTheNeighbourhoodAndMarksTheCentre() throws {
        let graph = Samples.film()
        let parsed = try parse(graph, .init(legend: false, focus: .init(id: "person/cy-dunn", hops: 2)))
        #expect(Set(parsed.nodes.compactMap { $0.attributes["id"] }) == ["person/cy-dunn", "work/harbour-lights", "person/ben-cole"])
        #expect(parsed.edgeCount == 2)
        let cy = try #require(parsed.nodes.first { $0.attributes["id"] == "person/cy-dunn" })
        #expect(cy.attributes["penwidth"] == "3")
    }
}

@Suite struct FocusSubgraphTests {
    @Test func hopsWidenTheCircle() {
        let graph = Samples.film()
        let counts = (0...4).map { FocusSubgraph.make(graph, around: "person/cy-dunn", hops: $0, maxNodes: 100).graph.nodeCount }
        #expect(counts == [1, 2, 3, 4, 6])
    }

    @Test func maxNodesKeepsTheNearestAndSaysSo() {
        let sub = FocusSubgraph.make(Samples.film(), around: "person/ben-cole", hops: 2, maxNodes: 3)
        #expect(sub.graph.nodes.map(\.id) == ["person/ben-cole", "work/harbour-lights", "work/night-road"])
        #expect(sub.reachable == 6)
        #expect(sub.isTruncated)
        let whole = FocusSubgraph.make(Samples.film(), around: "person/ben-cole", hops: 1, maxNodes: 3)
        #expect(!whole.isTruncated)
    }

    @Test func namesResolveByIdLabelOrAliasIgnoringCase() throws {
        var graph = Samples.film()
        #expect(try FocusSubgraph.resolve("person/ada-park", in: graph) == "person/ada-park")
        #expect(try FocusSubgraph.resolve("ADA PARK", in: graph) == "person/ada-park")
        #expect(try FocusSubgraph.resolve("park", in: graph) == "person/ada-park")
        #expect(throws: FocusError.notFound("Nobody")) { try FocusSubgraph.resolve("Nobody", in: graph) }
        graph.add(Node(label: "Park", type: .place))
        #expect(throws: FocusError.ambiguous("park", ["person/ada-park", "place/park"])) {
            try FocusSubgraph.resolve("park", in: graph)
        }
    }
}
