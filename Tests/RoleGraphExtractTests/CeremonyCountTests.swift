import Testing
@testable import RoleGraphExtract

/// A number before a ceremony's name counts the prizes won there; before a company's name
/// it is part of the name.
struct CeremonyCountTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aCountBeforeAwardsIsNotPartOfTheName() {
        let g = graph("\"The Salt Road\" won 4 Bafta Awards in February, including best film.")
        #expect(type(of: "Bafta Awards", in: g) == .organization)
        #expect(!g.nodes.contains { $0.label.hasPrefix("4 ") })
        #expect(edge(g, "The Salt Road", "award_won", "Bafta Awards"))
    }

    @Test func aNumberBeforeACompanyStaysInIt() {
        let g = graph("The series is produced by 42 Harbor Pictures in Oslo.")
        #expect(type(of: "42 Harbor Pictures", in: g) == .organization)
    }
}
