import Testing
@testable import RoleGraphExtract

/// A band's name reads like a person's; what the story says of it decides.
struct BandTests {
    let extractor = try! Extractor()

    @Test func aRecordOwnerTheStoryCallsTheBandIsAnOrganizationWithMembers() {
        let text = "Few records aged as well as \"Blue Tide\", the 1979 album by Harbor Lane. The band recorded it in Leeds. Guitarist Tom Vale wrote the songs, and drummer Ana Ruiz kept time."
        let g = extractor.extract(text: text, document: "t")
        let f = Set(g.edges.map { "\($0.kind.rawValue) \($0.source) \($0.relation) \($0.target)" })
        #expect(g.nodes.first { $0.label == "Harbor Lane" }?.type == .organization)
        #expect(f.contains("credit organization/harbor-lane artist work/blue-tide"))
        #expect(f.contains("affiliation person/tom-vale guitarist organization/harbor-lane"))
        #expect(f.contains("affiliation person/ana-ruiz drummer organization/harbor-lane"))
    }

    @Test func aFilmmakerWhoseFilmIsNamedStaysAPerson() {
        let text = "Critics loved Ivo Lind's \"Salt Road\". A group of fans waited outside."
        let g = extractor.extract(text: text, document: "t")
        #expect(g.nodes.first { $0.label == "Ivo Lind" }?.type == .person)
    }
}
