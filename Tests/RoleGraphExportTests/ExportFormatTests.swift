import Testing
@testable import RoleGraphExport

struct ExportFormatTests {
    @Test func everyFormatButDOTHasItsWriter() throws {
        let g = Fixtures.credits
        for format in ExportFormat.allCases {
            let files = ExportFormat.files(g, format: format, baseName: "graph")
            switch format {
            case .dot:
                #expect(files == nil)
                #expect(ExportFormat.text(g, format: format) == nil)
            case .neo4j:
                #expect(files?.map(\.name) == ["graph-nodes.csv", "graph-relationships.csv"])
                #expect(ExportFormat.text(g, format: format) == nil)
            default:
                let text = try #require(ExportFormat.text(g, format: format))
                #expect(!text.isEmpty)
                #expect(files?.map(\.name) == ["graph.\(format.fileExtension)"])
                #expect(files?.first?.text == text)
            }
        }
        #expect(ExportFormat(rawValue: "graphml") == .graphml)
        #expect(Set(ExportFormat.allCases.map(\.fileExtension)).count == ExportFormat.allCases.count)
    }
}
