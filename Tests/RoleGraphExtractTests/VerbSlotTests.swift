import Testing
@testable import RoleGraphExtract

/// Titles marked only by the verb or description before them ("starred in", "worked
/// on", "the director of", "credits include", "among them"), with names, numbers and
/// characters around them.
struct VerbSlotTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aTitleAfterAnActingOrWorkVerbKeepsItsOpeningWord() {
        let g = graph("Nadia Fell starred in My Quiet Neighbours and later worked on Their Finest Winter.")
        #expect(type(of: "My Quiet Neighbours", in: g) == .work)
        #expect(type(of: "Their Finest Winter", in: g) == .work)
        #expect(credit(g, "Nadia Fell", "actor", "My Quiet Neighbours"))
    }

    @Test func aListAfterTheDirectorOfIsWorksAndAnAsideForTheFilm() {
        let g = graph("Tomas Reed's Winter Ferry opens on Friday. It comes from the director of Salt Marsh, The Long Pier and Glass Harbour. Reed also edited the film.")
        for title in ["Salt Marsh", "The Long Pier", "Glass Harbour"] { #expect(type(of: title, in: g) == .work, "\(title)") }
        #expect(credit(g, "Tomas Reed", "editor", "Winter Ferry"))
        #expect(!credit(g, "Tomas Reed", "editor", "Glass Harbour"))
    }

    @Test func commaAndAfterOneTitleStartsANewClause() {
        let g = graph("The show was created by Ana Voss, the writer of Blue Orchard, and Theo Kemp.")
        #expect(type(of: "Blue Orchard", in: g) == .work)
        #expect(type(of: "Theo Kemp", in: g) == .person)
    }

    @Test func aPersonsPossessiveInAVerbSlotStaysAPerson() {
        let g = graph("He was praised for his work on Ada Kim's Night Train.")
        #expect(type(of: "Ada Kim", in: g) == .person)
        #expect(type(of: "Night Train", in: g) == .work)
    }

    @Test func creditsIncludeAndAmongThemOpenTitleLists() {
        let g = graph("Her television work includes 1st Light of Morning and Harbour Days. His films from plays by Ruth Ames, among them Paper Kites and The Drowned Bell, starred Ivo Lang.")
        for title in ["1st Light of Morning", "Harbour Days", "Paper Kites", "The Drowned Bell"] { #expect(type(of: title, in: g) == .work, "\(title)") }
    }

    @Test func anOrdinalOpensANameButNotAnEdition() {
        let g = graph("She took a job at 20th Century Fox. Later she won at the 52nd Varna Film Festival.")
        #expect(type(of: "20th Century Fox", in: g) == .organization)
        #expect(g.nodes.contains { $0.label == "Varna Film Festival" })
    }

    @Test func numbersAfterANumberingWordOrInATitleSlotStayInTheTitle() {
        let g = graph("Lena Park starred in Sonata No. 3 in 2012. Her first feature, Harbour 9, opened in May.")
        #expect(type(of: "Sonata No. 3", in: g) == .work)
        #expect(type(of: "Harbour 9", in: g) == .work)
    }

    @Test func oneWordAndOneWordAfterAPossessiveIsOneTitle() {
        let g = graph("Critics admired Ida Berg's Salt and Honey when it opened.")
        #expect(type(of: "Salt and Honey", in: g) == .work)
        #expect(credit(g, "Ida Berg", "director", "Salt and Honey"))
    }

    @Test func aTitleOpenedBySmallWordsMayEndInAPlace() {
        let g = graph("She had a small part in Lena Dunn's Once Upon a Time in Paris.")
        #expect(type(of: "Once Upon a Time in Paris", in: g) == .work)
    }

    @Test func charactersInACastingAnnouncementAreNotEntities() {
        let g = graph("Mara Quist has been cast as Lady Ferrow, Tom Bale as Edric Rusk and Ola Sand as Wenna Holt. Owen Hale will play Arthur Penhallow in the new series.")
        for name in ["Lady Ferrow", "Edric Rusk", "Wenna Holt", "Arthur Penhallow"] { #expect(type(of: name, in: g) == nil, "\(name)") }
        for name in ["Mara Quist", "Tom Bale", "Ola Sand", "Owen Hale"] { #expect(type(of: name, in: g) == .person, "\(name)") }
    }

    @Test func aRealPersonPlayedInAFinishedFilmStaysAnEntity() {
        let g = graph("Ruth Vale won best actress for playing Grace Kelly in Tom Ash's Monaco.")
        #expect(type(of: "Grace Kelly", in: g) == .person)
    }

    @Test func aCapitalizedWordOpeningACompanyNameMidSentenceIsKept() {
        let g = graph("In 1971 she founded New Dawn Pictures with two friends.")
        #expect(type(of: "New Dawn Pictures", in: g) == .organization)
    }

    @Test func stagesFarmsAndStudiosFollowedByASiteAreVenues() {
        let g = graph("The band closed the night on the Meadow Stage. The festival is held on Ashcombe Farm near Bath. Shooting starts at Riverside Studios Hammersmith next month.")
        #expect(type(of: "Meadow Stage", in: g) == .place)
        #expect(type(of: "Ashcombe Farm", in: g) == .place)
        #expect(type(of: "Riverside Studios Hammersmith", in: g) == .place)
    }
}

/// Title slots whose titles end in a place or venue word, and renewals.
struct VerbSlotPlaceWordTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aTitleSlotKeepsATitleEndingInAVenueOrPlaceWord() {
        let g = graph("Ruth Ames, the author of Ferry Hall and Salt the Beach, has died. Ivo Lang starred in Harbour Park.")
        for title in ["Ferry Hall", "Salt the Beach", "Harbour Park"] {
            #expect(g.nodes.first { $0.label == title }?.type == .work, "\(title)")
        }
        let ames = g.nodes.first { $0.label == "Ruth Ames" }
        let beach = g.nodes.first { $0.label == "Salt the Beach" }
        #expect(g.edges.contains { $0.source == ames?.id && $0.target == beach?.id && $0.relation == "author" })
    }

    @Test func aRenewedOrCancelledNameIsAWork() {
        let g = graph("Lanternbox has renewed Quiet Harbour for a third season.")
        #expect(g.nodes.first { $0.label == "Quiet Harbour" }?.type == .work)
    }
}

/// Releases and long company names.
struct ReleaseSlotTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aNameRightAfterReleasedIsTheRecord() {
        let g = graph("Moonfield released OK Harbour in 1997. The album, produced by Ada Voss, included the single Salt Road.")
        #expect(g.nodes.first { $0.label == "OK Harbour" }?.type == .work)
        let voss = g.nodes.first { $0.label == "Ada Voss" }, record = g.nodes.first { $0.label == "OK Harbour" }
        #expect(g.edges.contains { $0.source == voss?.id && $0.target == record?.id && $0.relation == "producer" })
    }

    @Test func aCompanyNameGoesOnAfterFilmAndTelevision() {
        let g = graph("She studied at the Northern Film and Television School in Leeds.")
        #expect(g.nodes.first { $0.label == "Northern Film and Television School" }?.type == .organization)
    }
}

/// A title known only by the cast that follows it.
struct StarringAfterTests {
    @Test func aNameBeforeCommaStarringIsAWork() throws {
        let g = try Extractor().extract(text: "At the festival, Tom Ash presented Lowland, starring Ana Lind and Karl Odd.", document: "t")
        #expect(g.nodes.first { $0.label == "Lowland" }?.type == .work)
        #expect(g.nodes.first { $0.label == "Ana Lind" }?.type == .person)
    }

}

/// "Gerwig directed Barbie": a verb of making before a capitalized run that reads as
/// a title, not as the people directed.
struct CreditVerbObjectTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aVerbOfMakingTakesAnUnmarkedTitle() {
        let g = graph("Mara Lindqvist wrote and directed Tidewater, which Northlight Pictures released in March 2021. Ivo Brandt directed Harbour: Part One in 2019.")
        #expect(type(of: "Tidewater", in: g) == .work)
        #expect(credit(g, "Mara Lindqvist", "director", "Tidewater"))
        #expect(credit(g, "Mara Lindqvist", "writer", "Tidewater"))
        #expect(credit(g, "Ivo Brandt", "director", "Harbour: Part One"))
        // The date after "in" is not part of the title.
        #expect(!g.nodes.contains { $0.label.contains("March") })
    }

    @Test func aVerbOfMakingBeforePeopleDirectedLeavesThemPeople() {
        let g = graph("Ivo Brandt directed Sarah Okafor in Salt Road. Brandt, who has directed Okafor twice, wrote Lantern Hill with Jonas Weir.")
        #expect(type(of: "Sarah Okafor", in: g) == .person)
        #expect(credit(g, "Ivo Brandt", "director", "Salt Road"))
        #expect(credit(g, "Sarah Okafor", "actor", "Salt Road"))
        #expect(!credit(g, "Ivo Brandt", "director", "Lantern Hill"))
        #expect(type(of: "Okafor", in: g) == nil)
        #expect(!g.nodes.contains { $0.label == "Okafor" && $0.type == .work })
        #expect(type(of: "Lantern Hill", in: g) == .work)
        #expect(credit(g, "Ivo Brandt", "writer", "Lantern Hill"))
    }
}
