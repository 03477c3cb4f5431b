import Foundation
import RoleGraphTestSupport
import Testing
@testable import RoleGraphExport

@Suite struct JSONGraphReaderTests {
    @Test func roundTripIsByteIdentical() throws {
        for graph in [Samples.film(), Samples.hostile(), JSONGraphWriterTests.sample(), Graph()] {
            let first = JSONGraphWriter.write(graph)
            let read = try JSONGraphReader.read(Array(first.utf8), name: "g.json")
            #expect(read.nodeCount == graph.nodeCount)
            #expect(read.edgeCount == graph.edgeCount)
            #expect(JSONGraphWriter.write(read) == first)
        }
    }

    @Test func acceptsNetworkXLinksAndMinimalFields() throws {
        let text = """
        {"directed": true, "multigraph": true, "graph": {},
         "nodes": [{"id": "person/a", "type": "person"}, {"id": "work/b", "type": "work", "label": "B"}],
         "links": [{"source": "person/a", "target": "work/b", "kind": "credit", "relation": "writer", "key": 0}]}
        """
        let graph = try JSONGraphReader.read(Array(text.utf8), name: "nx.json")
        #expect(graph.node("person/a")?.label == "person/a")
        #expect(graph.edges.map(\.relation) == ["writer"])
        #expect(graph.edges.first?.confidence == 1)
    }

    @Test(arguments: [
        ("{\"nodes\": [", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ("{\"edges\": []}", "missing \"nodes\" list"),
        ("{\"nodes\": [{\"type\": \"person\"}]}", "nodes[0] lacks \"id\""),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"robot\"}]}", "unknown type \"robot\""),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"person\", \"mentions\": \"many\"}]}", "nodes[0].mentions must be a whole number"),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"person\"}], \"edges\": [{\"source\": \"x\", \"target\": \"y\", \"kind\": \"credit\"}]}",
         "edges[0] names node \"y\", which is not in \"nodes\""),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"person\"}], \"edges\": [{\"source\": \"x\", \"target\": \"x\", \"kind\": \"like\"}]}",
         "unknown kind \"like\""),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"person\"}], \"edges\": [{\"source\": \"x\", \"target\": \"x\", \"confidence\": true}]}",
         "edges[0].confidence must be a number"),
        ("{\"format\": \"other/2\", \"nodes\": []}", "unknown format \"other/2\""),
    ])
    func malformedInputGivesOneLineErrors(text: String, expected: String) {
        #expect {
            _ = try JSONGraphReader.read(Array(text.utf8), name: "bad.json")
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("bad.json: ") && message.contains(expected) && !message.contains("\n")
        }
    }
}
