import Testing
@testable import RoleGraphExtract

/// A wire dateline ("LOS ANGELES, June 16 -") is a source tag and names no place; the same
/// place in the story, and a company written in capitals, still do.
struct DatelineTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aDatelineNamesNoPlace() {
        let g = graph("LOS ANGELES, June 16 - Ana Ruiz said the shoot had ended.\n\nPARIS - Theo Kemp agreed.")
        #expect(!g.nodes.contains { $0.label.lowercased() == "los angeles" })
        #expect(!g.nodes.contains { $0.label.lowercased() == "paris" })
        #expect(g.nodes.contains { $0.label == "Ana Ruiz" && $0.type == .person })
    }

    @Test func thePlaceInTheStoryAndCapitalizedCompaniesStay() {
        let g = graph("Ana Ruiz moved to Los Angeles in June. HBO said on Monday that it had renewed \"Salt Marsh\".")
        #expect(g.nodes.contains { $0.label == "Los Angeles" && $0.type == .place })
        #expect(g.nodes.contains { $0.label == "HBO" && $0.type == .organization })
    }
}
