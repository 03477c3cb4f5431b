import Testing
@testable import RoleGraphImport

@Suite struct MergeTests {
    /// A person named in prose and in a cast list is one node after merging.
    @Test func samePersonFromTextAndCreditsIsOneNode() throws {
        let s = Scratch()
        let path = s.write("movies.txt", "The Woodsman (2004)/Bacon, Kevin/Sedgwick, Kyra\n")
        var credits = try CreditImporter.graph(from: path, options: ImportOptions(quiet: true))

        let bacon = Node(label: "Kevin Bacon", type: .person, aliases: ["Bacon"])
        let festival = Node(label: "Sundance Film Festival", type: .organization)
        let text = Graph(nodes: [bacon, festival],
                         edges: [Edge(source: bacon.id, target: festival.id, kind: .other, relation: "competed_at")])
        credits.merge(text)

        #expect(credits.nodeCount == 4)
        let merged = try #require(credits.node("person/kevin-bacon"))
        #expect(merged.aliases == ["Bacon", "Bacon, Kevin"])
        #expect(merged.mentions == 2)
        #expect(credits.edges.filter { $0.source == "person/kevin-bacon" }.count == 2)
    }
}
