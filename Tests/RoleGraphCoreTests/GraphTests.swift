import Testing
@testable import RoleGraphCore

@Suite struct GraphTests {
    @Test func slugsAreStableAndFolded() {
        #expect(NodeID.make(type: .person, name: "Hannah Gutierrez-Reed") == "person/hannah-gutierrez-reed")
        #expect(NodeID.slug("Vilmos Zsigmond’s") == "vilmos-zsigmonds")
        #expect(NodeID.slug("Guzmán") == "guzman")
        #expect(NodeID.slug("“  ”") == "unnamed")
    }

    @Test func mergingSameIDUnionsAliasesAndEvidence() {
        var g = Graph()
        g.add(Node(label: "Halyna Hutchins", type: .person, aliases: ["Hutchins"]))
        g.add(Node(label: "Halyna Hutchins", type: .person, aliases: ["Halyna"], mentions: 2))
        g.add(Node(label: "Rust", type: .work))
        let e1 = Evidence(document: "a", start: 0, end: 5, text: "one")
        let e2 = Evidence(document: "b", start: 3, end: 9, text: "two")
        g.add(Edge(source: "person/halyna-hutchins", target: "work/rust", kind: .credit, relation: "cinematographer", confidence: 0.5, evidence: [e2]))
        g.add(Edge(source: "person/halyna-hutchins", target: "work/rust", kind: .credit, relation: "cinematographer", confidence: 0.9, evidence: [e1, e2]))
        #expect(g.nodeCount == 2)
        #expect(g.node("person/halyna-hutchins")?.aliases == ["Halyna", "Hutchins"])
        #expect(g.node("person/halyna-hutchins")?.mentions == 3)
        #expect(g.edgeCount == 1)
        #expect(g.edges[0].evidence == [e1, e2])
        #expect(g.edges[0].confidence == 0.9)
    }

    @Test func mergeIsOrderIndependent() {
        let a = Node(label: "Rachel Mason", type: .person, aliases: ["Mason"])
        let b = Node(id: a.id, label: "RACHEL MASON", type: .person)
        var x = a; x.absorb(b)
        var y = b; y.absorb(a)
        #expect(x == y)
    }
}
