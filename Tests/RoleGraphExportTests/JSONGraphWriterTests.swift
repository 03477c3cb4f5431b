import Foundation
import Testing
@testable import RoleGraphExport

@Suite struct JSONGraphWriterTests {
    static func sample() -> Graph {
        var g = Graph()
        g.add(Node(label: "Ann \"Q\" O'Neil\\", type: .person, aliases: ["O'Neil"]))
        g.add(Node(label: "Line\nBreak <b>", type: .work, workType: "film"))
        g.add(Edge(source: "person/ann-q-oneil", target: "work/line-break-b", kind: .credit,
                   relation: "director", confidence: 0.85,
                   evidence: [Evidence(document: "d.txt", start: 0, end: 10, text: "tab\there \u{1}")]))
        return g
    }

    @Test func parsesAsJSONWithContractFields() throws {
        let text = JSONGraphWriter.write(Self.sample())
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect(object["format"] as? String == "rolegraph/1")
        #expect(object["directed"] as? Bool == true)
        let nodes = object["nodes"] as! [[String: Any]]
        #expect(nodes.map { $0["label"] as! String } == ["Ann \"Q\" O'Neil\\", "Line\nBreak <b>"])
        #expect(nodes[1]["work_type"] as? String == "film")
        let edges = object["edges"] as! [[String: Any]]
        #expect(edges.count == 1)
        #expect(edges[0]["confidence"] as? Double == 0.85)
        let ev = (edges[0]["evidence"] as! [[String: Any]])[0]
        #expect(ev["text"] as? String == "tab\there \u{1}")
    }

    @Test func isDeterministic() {
        #expect(JSONGraphWriter.write(Self.sample()) == JSONGraphWriter.write(Self.sample()))
    }

    @Test func emptyGraphIsValid() throws {
        let text = JSONGraphWriter.write(Graph())
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect((object["nodes"] as! [Any]).isEmpty)
    }
}
