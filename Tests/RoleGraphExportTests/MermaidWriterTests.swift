import Testing
@testable import RoleGraphExport

struct MermaidWriterTests {
    @Test func everyLineFollowsTheGrammarAndLabelsDecodeBack() throws {
        let text = MermaidWriter.write(Fixtures.credits)
        let parsed = try MermaidSyntax(parsing: text)
        #expect(parsed.labels.count == 3)
        let labels = Set(parsed.labels.values)
        #expect(labels.contains(Fixtures.director))
        #expect(labels.contains(MermaidSyntax.expected(Fixtures.film)))
        #expect(labels.contains(Fixtures.studio))
        #expect(parsed.edges.map(\.1).sorted() == ["director", "founder", "producer"])
        #expect(Set(parsed.classes.values) == ["person", "work", "organization"])
    }

    @Test func escapesWithMermaidEntityCodes() {
        #expect(MermaidWriter.quoted("say \"hi\"") == "\"say #quot;hi#quot;\"")
        #expect(MermaidWriter.quoted("#1 & <b> 100% `x`") == "\"#35;1 #amp; #lt;b#gt; 100#37; #96;x#96;\"")
        #expect(MermaidWriter.quoted("a\r\nb\nc\rd") == "\"a<br>b<br>c<br>d\"")
        #expect(MermaidWriter.quoted("nul\u{0}") == "\"nul\u{FFFD}\"")
        #expect(MermaidWriter.quoted("end") == "\"end\"")
        #expect(MermaidWriter.quoted("trailing\\") == "\"trailing#92;\"")
    }

    @Test func shapesFollowTypesAndIdsAreSynthetic() {
        var g = Graph()
        g.add(Node(id: "event/end", label: "end", type: .event))
        g.add(Node(id: "place/x", label: "x", type: .place))
        let text = MermaidWriter.write(g, direction: .topToBottom)
        #expect(text.hasPrefix("flowchart TB\n"))
        #expect(text.contains("    n1((\"end\"))\n"))
        #expect(text.contains("    n2[/\"x\"/]\n"))
    }

    @Test func checkerRejectsWhatMermaidDocumentsAsBroken() {
        #expect(throws: MermaidSyntax.Problem.self) { try MermaidSyntax(parsing: "flowchart LR\n    n1[\"a\"b\"]\n") }
        #expect(throws: MermaidSyntax.Problem.self) { try MermaidSyntax(parsing: "flowchart LR\n    end[\"a\"]\n") }
        #expect(throws: MermaidSyntax.Problem.self) { try MermaidSyntax(parsing: "flowchart LR\n    n1[\"a#b\"]\n") }
        #expect(throws: MermaidSyntax.Problem.self) { try MermaidSyntax(parsing: "flowchart LR\n    n1[\"a<b\"]\n") }
        #expect(throws: MermaidSyntax.Problem.self) { try MermaidSyntax(parsing: "flowchart LR\n    n1 -->|\"r\"| n2\n") }
    }

    @Test func emptyGraphIsJustTheHeader() throws {
        #expect(MermaidWriter.write(Graph()) == "flowchart LR\n")
        _ = try MermaidSyntax(parsing: MermaidWriter.write(Graph()))
    }
}
