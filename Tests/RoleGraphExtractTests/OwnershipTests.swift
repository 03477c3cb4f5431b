import Testing
@testable import RoleGraphExtract

/// Who owns a company: "is owned by", "which owns", "bought", "stakes in O to P".
struct OwnershipTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func ownedByAfterADescription() {
        let g = graph("Harbor Films is majority-owned by the Danish media group Nordisk Film, which sold stakes in the studio to Sony and Netflix last year.")
        #expect(edge(g, "Harbor Films", "owned_by", "Nordisk Film"))
        #expect(edge(g, "Harbor Films", "owned_by", "Sony"))
        #expect(edge(g, "Harbor Films", "owned_by", "Netflix"))
        #expect(!edge(g, "Nordisk Film", "owned_by", "Sony"))
    }

    @Test func whichOwnsAndBought() {
        let g = graph("Amazon bought MGM in 2022. Sony, which owns Columbia Pictures, declined to comment.")
        #expect(edge(g, "MGM", "owned_by", "Amazon"))
        #expect(edge(g, "Columbia Pictures", "owned_by", "Sony"))
    }

    @Test func buyingAWorkIsNoOwnershipOfACompany() {
        let g = graph("Lionsgate bought \"The Glass Orchard\" in March, and Ana Ruiz owns a bookshop.")
        #expect(!g.edges.contains { $0.relation == "owned_by" })
    }
}
