import Testing
@testable import RoleGraphExtract

/// Festival openers and winners, makers in a described apposition, a possessive pronoun
/// that owns a title across sentences, and institutions named with their city.
struct FestivalAndOwnerTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aFestivalThatOpensWithAFilmPremieresIt() {
        let g = graph("The Larkspur Film Festival opened on Tuesday with Salt Harbour, a comedy by Ann Lee.")
        #expect(edge(g, "Salt Harbour", "premiered_at", "Larkspur Film Festival"))
        #expect(!edge(g, "Salt Harbour", "distributed_by", "Larkspur Film Festival"))
        #expect(credit(g, "Ann Lee", "director", "Salt Harbour"))
    }

    @Test func theWorkWinsWhenTheRelativeFollowsItsMaker() {
        let g = graph("""
            The Larkspur Film Festival closed on Sunday. Tom Hart's Quiet Tide later won the Palme d'Or. \
            Ines Varga stars in Glass Pier, directed by Ann Lee, which won the prize for best screenplay.
            """)
        #expect(edge(g, "Quiet Tide", "award_won", "Larkspur Film Festival"))
        #expect(edge(g, "Glass Pier", "award_won", "Larkspur Film Festival"))
        #expect(!edge(g, "Ann Lee", "award_won", "Larkspur Film Festival"))
    }

    @Test func aRoleInTheAppositionIsLeftToTheRoleRules() {
        let g = graph("Salt Harbour, a film produced by Ann Lee, opens Friday.")
        #expect(credit(g, "Ann Lee", "producer", "Salt Harbour"))
        #expect(!credit(g, "Ann Lee", "director", "Salt Harbour"))
    }

    @Test func herNovelAfterATitleBelongsToTheLastSubject() {
        let g = graph("Ines Varga grew up in Galway. Quiet Tide, her second novel, won a prize in 2018.")
        #expect(credit(g, "Ines Varga", "author", "Quiet Tide"))
    }

    @Test func anInstitutionNamedWithItsCityIsAnOrganization() {
        let g = graph("Ines Varga studied at Trinity College Dublin before moving to London.")
        #expect(type(of: "Trinity College Dublin", in: g) == .organization)
        #expect(edge(g, "Ines Varga", "educated_at", "Trinity College Dublin"))
        let p = graph("Ines Varga grew up in Castlebar, County Mayo, near Lake Carra.")
        #expect(type(of: "County Mayo", in: p) == .place)
        #expect(type(of: "Lake Carra", in: p) == .place)
    }
}
