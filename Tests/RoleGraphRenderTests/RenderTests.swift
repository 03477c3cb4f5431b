import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RoleGraphTestSupport
import Testing
import RoleGraphExport
@testable import RoleGraphRender

@Suite struct RenderTests {
    let graphviz = try! Graphviz()
    var filmDOT: String { DOTWriter.write(Samples.film()) }

    static func pngSize(_ bytes: [UInt8]) -> (Int, Int) {
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    @Test func pluginsAreFound() {
        #expect(Set(LayoutEngine.allCases.map(\.rawValue)).isSubset(of: graphviz.layoutEngines))
        #expect(Set(RenderFormat.allCases.map(\.graphvizName)).isSubset(of: graphviz.outputFormats))
        #expect(graphviz.version.first?.isNumber == true)
    }

    @Test func pngHasTheSignatureAndASaneSize() throws {
        let png = try graphviz.render(dot: filmDOT, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let (width, height) = Self.pngSize(png)
        #expect((100...5_000).contains(width))
        #expect((50...5_000).contains(height))
    }

    @Test func dpiScalesPNGOnly() throws {
        let small = Self.pngSize(try graphviz.render(dot: filmDOT, format: .png, dpi: 48))
        let large = Self.pngSize(try graphviz.render(dot: filmDOT, format: .png, dpi: 144))
        #expect(large.0 > small.0 * 2 && large.0 < small.0 * 4)
        let svg = try graphviz.render(dot: filmDOT, format: .svg, dpi: 300)
        #expect(svg == (try graphviz.render(dot: filmDOT, format: .svg)))
        #expect(throws: RenderError.self) { try graphviz.render(dot: filmDOT, format: .png, dpi: 0) }
    }

    @Test func svgIsXMLWithTheLabelsAndExtras() throws {
        let graph = Samples.film()
        let dot = DOTWriter.write(graph, options: .init(urlTemplate: "https://example.org/{type}/{slug}"))
        let svg = String(decoding: try graphviz.render(dot: dot, format: .svg), as: UTF8.self)
        #if canImport(FoundationXML) || os(macOS)
        let document = try XMLDocument(xmlString: svg, options: [])
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        for node in graph.nodes { #expect(texts.contains(node.label)) }
        #expect(texts.contains("director"))
        let people = try document.nodes(forXPath: "//*[local-name()='g'][@class='node person']")
        #expect(people.count == 3)
        let ada = try document.nodes(forXPath: "//*[local-name()='g'][@id='person/ada-park']")
        #expect(ada.count == 1)
        #endif
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("xlink:title=\"Ada Park directed Night Road.\""))
        #expect(svg.contains("id=\"person/ada&#45;park\" class=\"node person\""))
        #expect(svg.contains("xlink:href=\"https://example.org/person/ada-park\""))
    }

    @Test func hostileLabelsGiveWellFormedSVG() throws {
        var graph = Graph()
        let names = Samples.hostileNames.filter { $0.count < 200 }
        for (i, name) in names.enumerated() { graph.add(Node(id: "person/h\(i)", label: name, type: .person)) }
        let svg = try graphviz.render(dot: DOTWriter.write(graph), format: .svg, engine: .neato)
        let text = String(decoding: svg, as: UTF8.self)
        #if canImport(FoundationXML) || os(macOS)
        let document = try XMLDocument(xmlString: text, options: [])
        let texts = try Set(document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue))
        #expect(texts.contains("<b>bold</b> & co"))
        #expect(texts.contains("&amp; literal"))
        #expect(texts.contains("trailing\\"))
        #expect(texts.contains("\\N \\G \\E \\T \\H \\L \\n"))
        #endif
        #expect(!text.contains("\u{0}"))
    }

    @Test func pdfStartsWithItsMagic() throws {
        let pdf = try graphviz.render(dot: filmDOT, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(pdf.count > 500)
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRenders(engine: LayoutEngine) throws {
        let svg = String(decoding: try graphviz.render(dot: filmDOT, format: .svg, engine: engine), as: UTF8.self)
        #expect(svg.contains("Night Road"))
        #expect(svg.contains("</svg>"))
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .circo, .twopi])
    func layoutIsDeterministic(engine: LayoutEngine) throws {
        let first = try graphviz.render(dot: filmDOT, format: .plain, engine: engine)
        let second = try graphviz.render(dot: filmDOT, format: .plain, engine: engine)
        #expect(first == second)
        #expect(try graphviz.render(dot: filmDOT, format: .svg, engine: engine)
                == (try graphviz.render(dot: filmDOT, format: .svg, engine: engine)))
    }

    @Test func seededEnginesRepeatWithinOneProcess() throws {
        // sfdp, legend cluster and all; fdp only without clusters, whose placement
        // Graphviz 2.43 does not make repeatable.
        let plainDOT = DOTWriter.write(Samples.film(), options: .init(legend: false))
        for (engine, dot) in [(LayoutEngine.sfdp, filmDOT), (.sfdp, plainDOT), (.fdp, plainDOT)] {
            let runs = try (0..<3).map { _ in try graphviz.render(dot: dot, format: .plain, engine: engine) }
            #expect(Set(runs).count == 1, "\(engine)")
        }
    }

    @Test func graphvizTextFormatsReadBack() throws {
        let graph = Samples.film()
        let dot = DOTWriter.write(graph, options: .init(legend: false))
        for format in [RenderFormat.canon, .dot, .xdot] {
            let text = String(decoding: try graphviz.render(dot: dot, format: format), as: UTF8.self)
            let parsed = try graphviz.parse(dot: text)
            #expect(parsed.nodeCount == graph.nodeCount, "\(format)")
            #expect(parsed.edgeCount == graph.edgeCount, "\(format)")
        }
        let xdot = try graphviz.parse(dot: String(decoding: try graphviz.render(dot: dot, format: .xdot), as: UTF8.self))
        #expect(xdot.nodes.allSatisfy { $0.attributes["_draw_"] != nil && $0.attributes["pos"] != nil })

        let json = try graphviz.render(dot: dot, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect((object["objects"] as? [Any])?.count == graph.nodeCount)
        #expect((object["edges"] as? [Any])?.count == graph.edgeCount)

        let plain = String(decoding: try graphviz.render(dot: dot, format: .plain), as: UTF8.self)
        let lines = plain.split(separator: "\n")
        #expect(lines.first?.hasPrefix("graph ") == true)
        #expect(lines.last == "stop")
        #expect(lines.filter { $0.hasPrefix("node ") }.count == graph.nodeCount)
        #expect(lines.filter { $0.hasPrefix("edge ") }.count == graph.edgeCount)
    }
}
