import Foundation
import RoleGraphTestSupport
import Testing
import RoleGraphRender
@testable import RoleGraphExport

@Suite struct DOTWriterTests {
    let graphviz = try! Graphviz()

    @Test func parsesBackWithTheSameCounts() throws {
        let graph = Samples.film()
        let parsed = try graphviz.parse(dot: DOTWriter.write(graph, options: .init(legend: false)))
        #expect(parsed.isDirected)
        #expect(parsed.nodeCount == graph.nodeCount)
        #expect(parsed.edgeCount == graph.edgeCount)
        #expect(parsed.nodes.map(\.name) == (1...graph.nodeCount).map { "n\($0)" })
    }

    @Test func isDeterministicWhateverTheInsertionOrder() {
        let graph = Samples.film()
        let reversed = Graph(nodes: graph.nodes.reversed(), edges: graph.edges.reversed())
        let options = DOTOptions(view: .roles, clusters: .work)
        #expect(DOTWriter.write(graph, options: options) == DOTWriter.write(reversed, options: options))
        #expect(DOTWriter.write(graph) == DOTWriter.write(graph))
    }

    @Test func creditEdgesCarryTheRoleAndTypesDiffer() throws {
        let graph = Samples.film()
        let parsed = try graphviz.parse(dot: DOTWriter.write(graph, options: .init(legend: false)))
        let byID = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.attributes["id"]!, $0) })
        let ada = byID["person/ada-park"]!, film = byID["work/night-road"]!
        let org = byID["organization/lumen-studios"]!, place = byID["place/lisbon"]!
        let shapes = Set([ada, film, org, place].map { $0.attributes["shape"] })
        let fills = Set([ada, film, org, place].map { $0.attributes["fillcolor"] })
        #expect(shapes.count == 4)
        #expect(fills.count == 4)
        let roles = parsed.edges.filter { $0.tail == ada.name && $0.head == film.name }.map { $0.attributes["label"]! }
        #expect(roles.sorted() == ["director", "producer"])
        let premiere = parsed.edges.first { $0.tail == film.name && $0.head == place.name }
        #expect(premiere?.attributes["label"] == "premiered at")
        #expect(premiere?.attributes["style"] == "dotted")
    }

    @Test func legendIsAClusterWithOneSamplePerKind() throws {
        let parsed = try graphviz.parse(dot: DOTWriter.write(Samples.film()))
        #expect(parsed.subgraph(named: "cluster_legend") != nil)
        let legend = parsed.nodes.filter { $0.name.hasPrefix("legend_") && $0.attributes["shape"] != "point" }
        #expect(Set(legend.map { $0.attributes["label"] }) == ["person", "work", "organization", "place"])
        let captions = Set(parsed.edges.filter { $0.tail.hasPrefix("legend_") }.compactMap { $0.attributes["label"] })
        #expect(captions == ["credit (role)", "affiliation", "other fact"])
    }

    @Test func hostileNamesSurviveGraphvizsParser() throws {
        let graph = Samples.hostile()
        let dot = DOTWriter.write(graph)
        let parsed = try graphviz.parse(dot: dot)
        let people = parsed.nodes.filter { $0.attributes["id"]?.hasPrefix("person/") == true }
        #expect(people.count == Samples.hostileNames.count)
        for node in people {
            let index = Int(node.attributes["id"]!.dropFirst("person/h".count))!
            let name = Samples.hostileNames[index]
            let shown = DOTText.displayed(node.attributes["label"]!)
            #expect(shown == DOTText.visible(name), "label of \(name.debugDescription)")
            let plain = !name.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
            if plain { #expect(shown == name) }
            #expect(DOTText.displayed(node.attributes["tooltip"]!).hasPrefix(DOTText.visible(name)))
        }
        let edgeLabels = Set(parsed.edges.compactMap { $0.attributes["label"] }.map(DOTText.displayed))
        for name in Samples.hostileNames where !name.isEmpty {
            #expect(edgeLabels.contains(DOTText.visible(name)))
        }
        // The parser is left clean: an ordinary graph parses afterwards.
        #expect(try graphviz.parse(dot: "digraph { a -> b }").edgeCount == 1)
    }

    @Test func controlCharactersBecomeVisibleAndNULNeverReachesGraphviz() {
        #expect(DOTText.visible("a\u{0}b") == "a\u{2400}b")
        #expect(DOTText.visible("x\r\ny") == "x\ny")
        #expect(!DOTText.escString("a\u{0}b").unicodeScalars.contains("\u{0}"))
        #expect(DOTText.escString("trailing\\") == "\"trailing\\\\\"")
    }

    @Test func idsAreBareOnlyWhenDOTAllowsIt() {
        #expect(DOTText.id("n12") == "n12")
        #expect(DOTText.id("-3.5") == "-3.5")
        #expect(DOTText.id("node") == "\"node\"")
        #expect(DOTText.id("Strict") == "\"Strict\"")
        #expect(DOTText.id("a-b") == "\"a-b\"")
        #expect(DOTText.id("1a") == "\"1a\"")
        #expect(DOTText.id("say \"hi\"") == "\"say \\\"hi\\\"\"")
    }

    @Test func emptyGraphIsValidDOT() throws {
        let parsed = try graphviz.parse(dot: DOTWriter.write(Graph()))
        #expect(parsed.nodeCount == 0)
    }
}
