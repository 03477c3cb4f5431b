import Testing
@testable import RoleGraphExtract

/// Names of academies, colleges and schools: "and" between the fields of one name, and an
/// institution word after a place or adjective.
struct InstitutionNameTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func andJoinsTheFieldsOfOneInstitution() {
        let g = graph("She trained at the Northern Academy of Dance and Stage Craft before her debut.")
        #expect(type(of: "Northern Academy of Dance and Stage Craft", in: g) == .organization)
    }

    @Test func twoInstitutionsJoinedByAndStayTwo() {
        let g = graph("He studied at the University of Leeds and Trinity College before moving to Oslo.")
        #expect(type(of: "University of Leeds", in: g) == .organization)
        #expect(type(of: "Trinity College", in: g) == .organization)
    }

    @Test func anInstitutionWordAfterAPlaceMakesAnOrganization() {
        let g = graph("She taught at the Bergen Conservatory of Music for a decade.")
        #expect(type(of: "Bergen Conservatory of Music", in: g) == .organization)
    }
}
