import Testing
@testable import RoleGraphExtract

/// "created for television by", "A and B are executive producers", and an agent list that
/// stops where ", and" opens a clause with its own verb.
struct RolePredicateTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func forTelevisionMaySitBetweenTheVerbAndBy() {
        let g = graph("\"Salt Marsh\" was adapted for the screen by Ana Ruiz. \"Winter Ferry\" was created for television by Ivo Lang.")
        #expect(credit(g, "Ivo Lang", "creator", "Winter Ferry"))
    }

    @Test func peopleThatArePluralRolesHoldThemOnTheWorkInView() {
        let g = graph("The series \"Glass Orchard\" returns in May. Ana Ruiz and Theo Kemp are executive producers.")
        #expect(credit(g, "Ana Ruiz", "executive producer", "Glass Orchard"))
        #expect(credit(g, "Theo Kemp", "executive producer", "Glass Orchard"))
    }

    @Test func aLoneOccupationIsNoCredit() {
        let g = graph("The series \"Glass Orchard\" returns in May. Ana Ruiz is a producer who lives in Leeds.")
        #expect(!credit(g, "Ana Ruiz", "producer", "Glass Orchard"))
    }

    @Test func commaAndWithAVerbEndsTheAgentList() {
        let g = graph("\"Harbour Days\" was created by Mira Holt and Ivo Lang, and Ana Ruiz and Theo Kemp are its producers.")
        #expect(credit(g, "Ivo Lang", "creator", "Harbour Days"))
        #expect(!credit(g, "Ana Ruiz", "creator", "Harbour Days"))
        #expect(!credit(g, "Theo Kemp", "creator", "Harbour Days"))
        #expect(credit(g, "Theo Kemp", "producer", "Harbour Days"))
    }
}
