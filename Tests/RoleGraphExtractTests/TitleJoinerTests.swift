import Testing
@testable import RoleGraphExtract

/// Titles kept whole across a versus joiner, an epithet, a short subtitle, a leading
/// number, and a bare word coordinated with a title found just before.
struct TitleJoinerTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aVersusJoinerKeepsBothNamesInOneTitle() {
        let g = graph("The studio has dated Mothra x Rodan: Island War for May. The sequel to Mothra vs. Rodan is directed by Kei Tanabe.")
        #expect(type(of: "Mothra x Rodan: Island War", in: g) == .work)
        #expect(type(of: "Mothra vs. Rodan", in: g) == .work)
        #expect(!g.nodes.contains { $0.label == "Rodan: Island War" || $0.label == "Rodan" })
        #expect(credit(g, "Kei Tanabe", "director", "Mothra vs. Rodan"))
    }

    @Test func anEpithetTitleIsOneWork() {
        let g = graph("Orion Pictures has delayed Morwen the Fearless, a fantasy film directed by Ines Carvalho.")
        #expect(type(of: "Morwen the Fearless", in: g) == .work)
        #expect(!g.nodes.contains { $0.label == "Fearless" })
        #expect(credit(g, "Ines Carvalho", "director", "Morwen the Fearless"))
    }

    @Test func aDayAfterTheIsNoEpithet() {
        // A verb left out after "and": "B [closes] the Sunday".
        let g = graph("Ana Ruiz opens the Saturday and Theo Kemp the Sunday, the organisers said.")
        #expect(!g.nodes.contains { $0.label.contains("the Sunday") })
        #expect(type(of: "Theo Kemp", in: g) == .person)
    }

    @Test func aOneWordHeadTakesAPartNumberSubtitle() {
        let g = graph("The studio has taken Arrakeen: Part Three off its calendar, moving it to June.")
        #expect(type(of: "Arrakeen: Part Three", in: g) == .work)
        #expect(!g.nodes.contains { $0.label == "Part Three" || $0.label == "Arrakeen: Part Three off" })
    }

    @Test func aPartNumberClosesTheSubtitle() {
        let g = graph("The studio moved Arrakeen: Part Three to March.")
        #expect(type(of: "Arrakeen: Part Three", in: g) == .work)
        #expect(!g.nodes.contains { $0.label.contains("to March") })
    }

    @Test func aSmallTitleWordAfterAColonOpensASubtitle() {
        let g = graph("They were producers on Ant-Girl: Across the Ant-Verse, which Ola Brandt co-wrote.")
        #expect(type(of: "Ant-Girl: Across the Ant-Verse", in: g) == .work)
        #expect(!g.nodes.contains { $0.label == "Ant-Girl" || $0.label == "Ant-Verse" })
    }

    @Test func aSubtitleKeepsItsRoleWords() {
        let g = graph("Last year the pair were taken off Vega: A Star Fleet Story during filming.")
        #expect(type(of: "Vega: A Star Fleet Story", in: g) == .work)
        #expect(!g.nodes.contains { $0.label == "Fleet Story" })
    }

    @Test func aColonAtTheStartOfALineIsALabel() {
        let g = graph("Update: In Paris, Ana Ruiz said the shoot had ended.")
        #expect(!g.nodes.contains { $0.label.contains(":") })
        #expect(type(of: "Ana Ruiz", in: g) == .person)
    }

    @Test func aNumberOpensATitleInAVerbSlot() {
        let g = graph("Nadia Fell went on to direct 42 Harbour Street and The Drowned Bell.")
        #expect(type(of: "42 Harbour Street", in: g) == .work)
        #expect(type(of: "Harbour Street", in: g) == nil)
        #expect(credit(g, "Nadia Fell", "director", "42 Harbour Street"))
        // Outside a verb's slot a street address stays a place.
        let h = graph("The office at 42 Harbour Street closed in May.")
        #expect(type(of: "42 Harbour Street", in: h) != .work)
    }

    @Test func aBareWordCoordinatedWithATitleIsATitle() {
        let g = graph("The tour mixes songs from Morwen the Fearless and Ashfall, her two albums.")
        #expect(type(of: "Morwen the Fearless", in: g) == .work)
        #expect(type(of: "Ashfall", in: g) == .work)
        // A known place after "and" is no title.
        let h = graph("The crew of Morwen the Fearless and London, the city, met on Monday.")
        #expect(type(of: "London", in: h) != .work)
    }

    @Test func forAfterAVerbOfMakingNamesTheClient() {
        let g = graph("She recorded Ashfall for St. Vincent in 2019.")
        #expect(type(of: "Ashfall", in: g) == .work)
        #expect(!g.nodes.contains { $0.label.contains("for St.") })
    }

    @Test func aWorkNounBeforeTheCommaOutweighsACompanyWord() {
        let g = graph("The band announced a new album, The Records Department, due in June.")
        #expect(type(of: "The Records Department", in: g) == .work)
        // A company named inside a comma aside after "the film" stays a company.
        let h = graph("The film, Focus Features said, opens in May.")
        #expect(type(of: "Focus Features", in: h) == .organization)
    }

    @Test func aSmallFirstWordAfterAWorkNounStaysInTheTitle() {
        let g = graph("The trio whose 2012 single We Are Young, recorded with Ana Ruiz, topped the charts.")
        #expect(type(of: "We Are Young", in: g) == .work)
        #expect(type(of: "Are Young", in: g) == nil)
    }

    @Test func aPairDescribedByAPluralWorkNounIsTwoWorks() {
        let g = graph("She sang on Ashfall and Emberlight, the two albums she made with Ana Ruiz.")
        #expect(type(of: "Ashfall", in: g) == .work)
        #expect(type(of: "Emberlight", in: g) == .work)
        // A plural role noun describes people, not works.
        let h = graph("She thanked Ines and Theo, the two producers she met in Lisbon.")
        #expect(!h.nodes.contains { $0.type == .work })
    }
}
