import Testing
@testable import RoleGraphExport

struct ExportFormatTests {
    @Test func everyFormatHasItsWriter() throws {
        let g = Fixtures.credits
        for format in ExportFormat.allCases {
            let files = ExportFormat.files(g, format: format, baseName: "graph")
            switch format {
            case .neo4j:
                #expect(files.map(\.name) == ["graph-nodes.csv", "graph-relationships.csv"])
                #expect(ExportFormat.text(g, format: format) == nil)
            default:
                let text = try #require(ExportFormat.text(g, format: format))
                #expect(!text.isEmpty)
                #expect(files.map(\.name) == ["graph.\(format.fileExtension)"])
                #expect(files.first?.text == text)
            }
        }
        #expect(ExportFormat.text(g, format: .dot) == DOTWriter.write(g))
        var noLegend = DOTOptions()
        noLegend.legend = false
        #expect(ExportFormat.text(g, format: .dot, dotOptions: noLegend) == DOTWriter.write(g, options: noLegend))
        #expect(ExportFormat(rawValue: "graphml") == .graphml)
        #expect(Set(ExportFormat.allCases.map(\.fileExtension)).count == ExportFormat.allCases.count)
    }
}
