import Testing
@testable import RoleGraphExtract

/// Roles chosen by the medium and by who else the sentence names as a maker.
struct RoleRuleTests {
    let extractor = try! Extractor()

    func credits(_ text: String) -> Set<String> {
        let g = extractor.extract(text: text, document: "t")
        return Set(g.edges.filter { $0.kind == .credit }.map { "\($0.source) \($0.relation) \($0.target)" })
    }

    @Test func theWriterOfANovelIsItsAuthor() {
        let c = credits("The novel \"Low Orbit\" was written by Sam Hale.")
        #expect(c.contains("person/sam-hale author work/low-orbit"))
        #expect(!c.contains("person/sam-hale writer work/low-orbit"))
    }

    @Test func theOwnerOfAnUntypedTitleInAStoryAboutRecordsIsItsArtist() {
        let c = credits("Tom Vale's Blue Lanterns came out in 1971. The album sold well, and the record's single was a hit. Fans bought the album for a year.")
        #expect(c.contains("person/tom-vale artist work/blue-lanterns"))
    }

    @Test func aDescribedDirectorIsNotTheDirectorOfAWorkNamedWithItsOwnMaker() {
        let c = credits("The jury, led by the director Ana Ruiz, gave its prize to Ken Oda's Late Rain.")
        #expect(c.contains("person/ken-oda director work/late-rain"))
        #expect(!c.contains("person/ana-ruiz director work/late-rain"))
    }

    @Test func anAwardCategoryNamesTheWinnersRoleOnTheWork() {
        let c = credits("Tom Vale won best actor for Ivo Lind's Harbor Lights, and Ana Ruiz was named best director for Quiet Ash.")
        #expect(c.contains("person/tom-vale actor work/harbor-lights"))
        #expect(c.contains("person/ivo-lind director work/harbor-lights"))
        #expect(c.contains("person/ana-ruiz director work/quiet-ash"))
    }

    @Test func theNovelBySomeoneNamesTheAuthorOfTheSameTitle() {
        let c = credits("\"Cold River\" opens Friday. Adapted by Lea Dunn from the 1990 novel by Sam Hale, the film stars Ana Ruiz.")
        #expect(c.contains("person/lea-dunn writer work/cold-river"))
        #expect(c.contains("person/sam-hale author work/cold-river"))
        #expect(c.contains("person/ana-ruiz actor work/cold-river"))
    }

    @Test func anAwardForARoleWithoutATitleGoesToTheWorkInView() {
        let c = credits("\"Grey Bay\" took five prizes on Sunday. Tom Vale won the supporting actor award.")
        #expect(c.contains("person/tom-vale actor work/grey-bay"))
    }

    @Test func writingAPartOfTheWorkIsACreditOnItWithThePartner() {
        let c = credits("Its sequel, \"Ash Road II\", arrived in 2020. Ivo Lind wrote the script with Mia Ross.")
        #expect(c.contains("person/ivo-lind writer work/ash-road-ii"))
        #expect(c.contains("person/mia-ross writer work/ash-road-ii"))
    }
}
