import Testing
@testable import RoleGraphExtract

/// "the series Lynch created": a name between a work noun and a verb of making is the
/// maker, not a title; and a lone word equal to the name of someone named in full is not
/// turned into a title by a weak cue ("nominations, including two for Lynch").
struct RelativeMakerTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aNameBeforeAVerbOfMakingIsTheMaker() {
        let g = graph("Ines Falk made films. That year the network began Salt Harbour, the series Falk created with Tomas Lind.")
        #expect(type(of: "Falk", in: g) == nil)
        #expect(type(of: "Salt Harbour", in: g) == .work)
        #expect(credit(g, "Tomas Lind", "creator", "Salt Harbour"))
        #expect(!g.nodes.contains { $0.type == .work && $0.label == "Falk" })
    }

    @Test func aTitleBeforeAPassiveParticipleStaysATitle() {
        let g = graph("The film Red Meadow directed by Ines Falk opened on Friday.")
        #expect(type(of: "Red Meadow", in: g) == .work)
        #expect(credit(g, "Ines Falk", "director", "Red Meadow"))
    }

    @Test func aSurnameAfterAPrizeCueIsThePerson() {
        let g = graph("Ines Falk directed Red Meadow. The film was nominated for eight Academy Awards, including two for Falk, for directing and for the screenplay.")
        #expect(!g.nodes.contains { $0.type == .work && $0.label == "Falk" })
        #expect(credit(g, "Ines Falk", "director", "Red Meadow"))
    }
}
