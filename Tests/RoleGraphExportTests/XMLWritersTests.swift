import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RoleGraphExport

/// Checks of the XML writers that need no Python: well-formedness by Foundation's own
/// parser, the replacement of characters XML 1.0 cannot carry, determinism.
struct XMLWritersTests {
    /// Collects the text of every `<data>` element (GraphML) and the `label`/`value`
    /// attributes (GEXF) and fails on any parse error.
    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var attributes: [String] = []
        var elements = 0
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            elements += 1
            if name == "data" { current = "" }
            for key in ["label", "value"] { if let v = attributes[key] { self.attributes.append(v) } }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "data", let text = current { texts.append(text) }
            current = nil
        }
    }

    static func parse(_ text: String) throws -> Collector {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw PythonReader.Failure(description: "XML parse error: \(String(describing: parser.parserError))")
        }
        return collector
    }

    static let hostile = "nul\u{0}bel\u{7}vt\u{B} ok\u{FFFF} \u{202E}rtl & <tag> \"q\" 'a' ]]>"

    static var hostileGraph: Graph {
        var g = Graph()
        g.add(Node(id: "person/x", label: hostile, type: .person))
        g.add(Node(id: "work/y\"<&>", label: "Y", type: .work))
        g.add(Edge(source: "person/x", target: "work/y\"<&>", kind: .credit, relation: "actor",
                   evidence: [Evidence(document: "d", start: 0, end: 1, text: hostile)]))
        return g
    }

    @Test func replacesOnlyWhatXMLCannotCarry() {
        #expect(XMLText.readBack(Self.hostile)
            == "nul\u{FFFD}bel\u{FFFD}vt\u{FFFD} ok\u{FFFD} \u{202E}rtl & <tag> \"q\" 'a' ]]>")
        #expect(XMLText.content("a\tb\nc\rd") == "a\tb\nc&#13;d")
        #expect(XMLText.attribute("a\tb\nc\"") == "a&#9;b&#10;c&quot;")
    }

    @Test func graphMLIsWellFormedAndKeepsTheText() throws {
        let parsed = try Self.parse(GraphMLWriter.write(Self.hostileGraph))
        let expected = XMLText.readBack(Self.hostile)
        #expect(parsed.texts.contains(expected))
        #expect(parsed.texts.filter { $0 == expected }.count == 2)
    }

    @Test func gexfIsWellFormedAndKeepsTheText() throws {
        let parsed = try Self.parse(GEXFWriter.write(Self.hostileGraph))
        let expected = XMLText.readBack(Self.hostile)
        #expect(parsed.attributes.filter { $0 == expected }.count == 2)
    }

    @Test func writersAreDeterministic() {
        #expect(GraphMLWriter.write(Fixtures.credits) == GraphMLWriter.write(Fixtures.credits))
        #expect(GEXFWriter.write(Fixtures.credits) == GEXFWriter.write(Fixtures.credits))
    }

    @Test func graphMLDeclaresTypedKeysAndCanonicalEdgeIDs() {
        let text = GraphMLWriter.write(Fixtures.credits)
        #expect(text.contains("<key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>"))
        #expect(text.contains("<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>"))
        #expect(text.contains("parse.nodes=\"3\" parse.edges=\"3\""))
        #expect(text.contains("<edge id=\"e0\"") && text.contains("<edge id=\"e2\""))
        #expect(!text.contains("<edge id=\"e3\""))
    }
}
