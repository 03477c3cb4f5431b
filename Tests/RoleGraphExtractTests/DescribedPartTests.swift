import Testing
@testable import RoleGraphExtract

/// Characters named after "plays the NOUN" are no people, and "acting prizes for A, B"
/// names people, not titles.
struct DescribedPartTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aPartNamedAfterADescribingNoun() {
        let g = graph("FX renewed \"Ashfall\". Tom Berg, a chef who plays the handyman Otto Brandvik, is also a producer of the series.")
        #expect(!g.nodes.contains { $0.label == "Otto Brandvik" })
        #expect(credit(g, "Tom Berg", "actor", "Ashfall"))
    }

    @Test func aNameAfterAPrepositionIsAPersonAgain() {
        let g = graph("In \"Ashfall\" he played a detective opposite Ida Lund.")
        #expect(type(of: "Ida Lund", in: g) == .person)
    }

    @Test func aRoleNounNamesARealPerson() {
        let g = graph("In the biopic, Tom Berg plays the director Ana Ruiz.")
        #expect(type(of: "Ana Ruiz", in: g) == .person)
    }

    @Test func actingPrizesGoToPeople() {
        let g = graph("Ida Lund and Karl Berg star in \"Ashfall\". It won 4 Emmy Awards, including acting prizes for Lund and Berg.")
        #expect(!g.nodes.contains { $0.type == .work && ($0.label == "Lund" || $0.label == "Lund and Berg") })
    }
}
