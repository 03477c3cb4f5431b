import Testing
@testable import RoleGraphExtract

/// Career phrasing: "went on to direct A and 1917", "won an award for directing W", and a
/// band's records named through "their".
struct CareerVerbTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func wentOnToDirectAListEndingInANumber() {
        let g = graph("Ines Falk, who won an award for directing Salt Meadow and went on to direct Tallow and 1921, is back.")
        #expect(credit(g, "Ines Falk", "director", "Salt Meadow"))
        #expect(credit(g, "Ines Falk", "director", "Tallow"))
        #expect(credit(g, "Ines Falk", "director", "1921"))
    }

    @Test func aCountedNumberIsNoTitle() {
        let g = graph("She went on to direct Tallow and 12 episodes of television.")
        #expect(!g.nodes.contains { $0.label == "12" })
    }

    @Test func theirDebutAlbumBelongsToTheGroupThatOpenedTheSentenceBefore() {
        let g = graph("Ferry Lane, whose members are Ana Ruiz and Jo Lindqvist, first toured in 2002. Their debut album, Salt Roads, came out in 2000.")
        #expect(credit(g, "Ferry Lane", "artist", "Salt Roads"))
        #expect(!credit(g, "Ana Ruiz", "artist", "Salt Roads"))
    }

    @Test func aCompanyOpeningTheSentenceIsNoGroup() {
        let g = graph("Parlophone signed the duo in 1999. Their debut album, Salt Roads, came out in 2000.")
        #expect(!credit(g, "Parlophone", "artist", "Salt Roads"))
    }

    @Test func aGroupNounBeforeTheNameOpensTheSentenceAboutTheGroup() {
        let g = graph("The Oslo band Ferry Lane have signed with Parlophone. Their debut album, Salt Roads, came out in 2019.")
        #expect(credit(g, "Ferry Lane", "artist", "Salt Roads"))
    }

    @Test func aWorkNounInsideACeremonysNameStays() {
        let g = graph("The game won three prizes at The Game Awards in Los Angeles.")
        #expect(type(of: "Game Awards", in: g) == .organization)
        #expect(!g.nodes.contains { $0.label == "Awards" })
    }
}
