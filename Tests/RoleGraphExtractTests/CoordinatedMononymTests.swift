import Testing
@testable import RoleGraphExtract

/// A one-word name listed with a person's full name is a person known by one name.
struct CoordinatedMononymTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aMononymInACastList() {
        let g = graph("MGM moved \"Salt Road\", Ana Ruiz's legal drama with Oriella, Tom Berg and Ida Lund, to April.")
        #expect(type(of: "Oriella", in: g) == .person)
        #expect(credit(g, "Oriella", "actor", "Salt Road"))
    }

    @Test func aMononymAfterAFullName() {
        let g = graph("In the sequel Tom Berg and Oriella return in the lead roles.")
        #expect(type(of: "Oriella", in: g) == .person)
    }

    @Test func aTitleBesideAnotherTitleStaysATitle() {
        let g = graph("Ana Ruiz directed Arrival and Blade Runner 2049.")
        #expect(type(of: "Arrival", in: g) != .person)
    }
}
