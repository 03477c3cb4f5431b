import Testing
@testable import RoleGraphExtract

/// Credits given before or while a work is made, casts added to and brought back, the
/// title role, and lone names that share a surname only when they are given names.
struct AttachmentRuleTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func peopleAttachedOrSignedOnToAVerbOfMaking() {
        let g = graph("Northlight bought the rights to Salt Harbour, with Ann Lee attached to star and Tom Hart and Ines Varga attached to direct. Colm Brady has signed on to produce the film.")
        #expect(type(of: "Salt Harbour", in: g) == .work)
        #expect(credit(g, "Ann Lee", "actor", "Salt Harbour"))
        #expect(credit(g, "Tom Hart", "director", "Salt Harbour"))
        #expect(credit(g, "Ines Varga", "director", "Salt Harbour"))
        #expect(credit(g, "Colm Brady", "producer", "Salt Harbour"))
    }

    @Test func anAdapterWritesTheScreenVersion() {
        let g = graph("Colm Brady is adapting the novel Salt Harbour.")
        #expect(credit(g, "Colm Brady", "writer", "Salt Harbour"))
        #expect(!credit(g, "Colm Brady", "author", "Salt Harbour"))
    }

    @Test func castAddedBroughtBackAndInTheTitleRole() {
        let g = graph("The film Salt Harbour opens in March. The sequel adds Ann Lee, Tom Hart and Ines Varga to the cast, and brings back Colm Brady, with Ada Moss in the title role.")
        for name in ["Ann Lee", "Tom Hart", "Ines Varga", "Colm Brady", "Ada Moss"] {
            #expect(credit(g, name, "actor", "Salt Harbour"), "\(name)")
        }
    }

    @Test func attachedWithoutAVerbOfMakingGivesNothing() {
        let g = graph("The film Salt Harbour is set in Galway. Ann Lee is attached to the project and set to travel there.")
        #expect(!g.edges.contains { $0.kind == .credit })
    }

    @Test func aLoneNameSharesASurnameOnlyWhenItIsAGivenName() {
        let g = graph("Zuri and Rebecca Hart star in the film Salt Harbour, which Matt and Ross Duffer wrote.")
        #expect(type(of: "Zuri Hart", in: g) == nil)
        #expect(type(of: "Matt Duffer", in: g) == .person)
        let family = graph("Her children include the actors Oisin and Maeve Hart.")
        #expect(type(of: "Oisin Hart", in: family) == .person)
    }
}
