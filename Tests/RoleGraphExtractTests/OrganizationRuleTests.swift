import Testing
@testable import RoleGraphExtract

/// Organizations told apart from people by what the text says they do, and titles kept
/// apart from the places and organizations around them.
struct OrganizationRuleTests {
    let extractor = try! Extractor()

    func type(of label: String, in text: String) -> EntityType? {
        extractor.extract(text: text, document: "t").nodes.first { $0.label == label }?.type
    }

    @Test func whoPublishesOrReleasesIsAnOrganization() {
        #expect(type(of: "Oswin Hart", in: "The novel was published by Oswin Hart in May.") == .organization)
        #expect(type(of: "Lantern Grove", in: "The album came out in 1971 through Lantern Grove in Britain.") == .organization)
    }

    @Test func anAppositionHeadedByAnOrganizationNounMakesAnOrganization() {
        #expect(type(of: "Marlow Quay", in: "The cover came from Marlow Quay, the design studio run by two friends.") == .organization)
        #expect(type(of: "Pell Lane", in: "It is out from Pell Lane, an imprint of a larger house.") == .organization)
    }

    @Test func aDescribedPersonWithAnOrganizationWordLaterStaysAPerson() {
        #expect(type(of: "Rosa Imre", in: "The deal was signed by Rosa Imre, a record label executive.") == .person)
    }

    @Test func twoTitlesJoinedByAndInAPrizeSentenceAreTwoWorks() {
        let g = extractor.extract(text: "Composer Ivo Lind won Academy Awards for Salt Marsh and Kestrel.", document: "t")
        #expect(g.nodes.contains { $0.label == "Salt Marsh" && $0.type == .work })
        #expect(g.nodes.contains { $0.label == "Kestrel" && $0.type == .work })
    }

    @Test func aTitleEndingInAPlaceLikeWordIsNotThatPlace() {
        #expect(type(of: "The Last of Us", in: "The studio released The Last of Us in 2013.") == .work)
    }

    @Test func aReleaseInTwoTerritoriesJoinsNoTitle() {
        let g = extractor.extract(text: "It was released in Britain by Altitude Film Distribution and in the US by Bright Path.", document: "t")
        #expect(!g.nodes.contains { $0.label.contains(" and in ") })
        #expect(g.nodes.contains { $0.label == "Altitude Film Distribution" && $0.type == .organization })
    }

    @Test func aPrizeCategoryIsNotPartOfTheWinningTitle() {
        let g = extractor.extract(text: "Novelist Ada Moss has won the Heron Prize for Fiction for The Long Water, her second novel.", document: "t")
        #expect(g.nodes.contains { $0.label == "The Long Water" && $0.type == .work })
        #expect(!g.nodes.contains { $0.label.contains("Fiction") })
    }

    @Test func aNameBetweenAtAndInAKnownPlaceIsAVenue() {
        #expect(type(of: "Old Harbour", in: "The award was announced at Old Harbour in London.") == .place)
    }

    @Test func aConservatoryOfSomewhereIsAnOrganization() {
        #expect(type(of: "Conservatorio di San Marco", in: "He studied at the Conservatorio di San Marco.") == .organization)
    }

    @Test func aLanguageOrNationalityIsNoEntity() {
        let g = extractor.extract(text: "The book was translated from the Japanese by Ellen Shaw.", document: "t")
        #expect(!g.nodes.contains { $0.label == "Japanese" })
    }

    @Test func aNameAfterALowerCaseTheIsNoPerson() {
        #expect(type(of: "Record Barn", in: "The band recorded it at the Record Barn in Sausalito.") == .place)
        #expect(type(of: "Blue Anchor", in: "The deal went to the Blue Anchor last year.") == .organization)
    }
}
