import Foundation
import Testing
@testable import RoleGraphExtract

/// Each fixture is a small document written for these tests, with the facts a reader
/// takes from it in `NAME.expected`:
///   entity TYPE Name            a node of this type with this label
///   alias Name = Form           the node labelled Name lists Form as an alias
///   credit|other|affiliation S | relation | O   an edge of that kind
///   noedge S | relation | O     no such edge (a tempting wrong reading)
///   absent Name                 no node is labelled or aliased Name
struct FixtureTests {
    static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static var documents: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted()
    }

    @Test("fixture documents give the expected facts", arguments: documents)
    func fixture(_ name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("expected"), encoding: .utf8)
        let format = TextFormat.guess(path: name, text: text)
        let graph = try Extractor().extract(text: text, document: name, format: format)
        let byLabel = Dictionary(graph.nodes.map { ($0.label.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })

        func edge(_ spec: Substring) -> (String, String, String)? {
            let parts = spec.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 3 ? (parts[0], parts[1], parts[2]) : nil
        }
        func hasEdge(_ kind: EdgeKind?, _ s: String, _ r: String, _ o: String) -> Bool {
            graph.edges.contains { e in
                (kind == nil || e.kind == kind) && e.relation == r
                    && graph.node(e.source)?.label.lowercased() == s.lowercased()
                    && graph.node(e.target)?.label.lowercased() == o.lowercased()
            }
        }

        for line in expected.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let words = line.split(separator: " ", maxSplits: 1)
            let rest = words.count > 1 ? words[1] : ""
            switch words[0] {
            case "entity":
                let parts = rest.split(separator: " ", maxSplits: 1)
                let node = byLabel[String(parts[1]).lowercased()]
                #expect(node?.type.rawValue == String(parts[0]), "\(name): \(line)")
            case "alias":
                let parts = rest.components(separatedBy: " = ")
                #expect(byLabel[parts[0].lowercased()]?.aliases.contains(parts[1]) == true, "\(name): \(line)")
            case "credit", "other", "affiliation":
                let (s, r, o) = try #require(edge(rest))
                #expect(hasEdge(EdgeKind(rawValue: String(words[0])), s, r, o), "\(name): \(line)")
            case "noedge":
                let (s, r, o) = try #require(edge(rest))
                #expect(!hasEdge(nil, s, r, o), "\(name): \(line)")
            case "absent":
                let form = String(rest).lowercased()
                #expect(!graph.nodes.contains { $0.label.lowercased() == form || $0.aliases.contains { $0.lowercased() == form } },
                        "\(name): \(line)")
            default:
                Issue.record("\(name): unknown expectation \(line)")
            }
        }
    }

    @Test("every edge has evidence and a confidence in 0...1", arguments: documents)
    func evidence(_ name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let graph = try Extractor().extract(text: text, document: name, format: TextFormat.guess(path: name, text: text))
        let scalars = Array(text.unicodeScalars)
        #expect(!graph.edges.isEmpty)
        for e in graph.edges {
            #expect((0...1).contains(e.confidence))
            #expect(!e.evidence.isEmpty)
            for ev in e.evidence {
                #expect(ev.document == name)
                #expect(0 <= ev.start && ev.start < ev.end && ev.end <= scalars.count)
                // The offsets point at the sentence in the document as read: its first and
                // last characters are where the evidence says.
                let first = ev.text.unicodeScalars.first!, last = ev.text.unicodeScalars.last!
                #expect(scalars[ev.start] == first, "\(name): \(ev.text)")
                // An HTML entity is read as one character at its first position, so only
                // plain text and Markdown end on the sentence's last character.
                if !name.hasSuffix(".html") { #expect(scalars[ev.end - 1] == last, "\(name): \(ev.text)") }
            }
        }
    }
}
