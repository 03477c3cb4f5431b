import Testing
@testable import RoleGraphExtract

/// Titles that carry their own mark instead of a genre noun: a sequel's number, a subtitle
/// after a colon, the verb "to direct", an instalment noun, and the media "comics" and "the
/// novel ... by the writer X".
struct SubtitleAndSequelTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aRunEndingInASequelNumberIsAWork() {
        let g = graph("Parallax's Harbour Lights 3 led the charts this weekend. The sequel, the first feature directed by Ola Brandt, cost little.")
        #expect(type(of: "Harbour Lights 3", in: g) == .work)
        #expect(credit(g, "Ola Brandt", "director", "Harbour Lights 3"))
    }

    @Test func aFourDigitYearDoesNotMakeAWork() {
        let g = graph("Ola Brandt 2019 was the name of the tour. Ola Brandt said it went well.")
        #expect(!g.nodes.contains { $0.type == .work })
    }

    @Test func aColonSubtitleKeepsTheWholeTitle() {
        let g = graph("Moon Ferry: Low Tide or High opened in second place. The film was directed by Ivo Lang.")
        #expect(type(of: "Moon Ferry: Low Tide or High", in: g) == .work)
        #expect(!g.nodes.contains { $0.label == "Moon Ferry" })
        #expect(credit(g, "Ivo Lang", "director", "Moon Ferry: Low Tide or High"))
    }

    @Test func aColonAfterARoleOrAKnownPlaceIsNoSubtitle() {
        let g = graph("Executive Producer: Ana Ruiz. Los Angeles: Theo Kemp said the shoot had ended.")
        #expect(type(of: "Ana Ruiz", in: g) == .person)
        #expect(type(of: "Theo Kemp", in: g) == .person)
        #expect(!g.nodes.contains { $0.label.contains(":") })
    }

    @Test func toDirectAndForDirectingOpenTitleSlots() {
        let g = graph("Nadia Fell won an award for directing Paper Kites and went on to direct Glass Harbour and The Drowned Bell.")
        for title in ["Paper Kites", "Glass Harbour", "The Drowned Bell"] { #expect(type(of: title, in: g) == .work, "\(title)") }
        // "directing Ivo Lang" names a person: only "for directing" opens a slot.
        let h = graph("She enjoyed directing Ivo Lang on the set.")
        #expect(type(of: "Ivo Lang", in: h) == .person)
    }

    @Test func anInstalmentInAppositionIsAWork() {
        let g = graph("The new film reunites the cast of the previous instalment, Winter Ferry, for one more job.")
        #expect(type(of: "Winter Ferry", in: g) == .work)
    }

    @Test func aPossessiveBeforeComicsGivesTheAuthor() {
        let g = graph("The series draws on characters from Ana Ruiz's Night Orchard comics.")
        #expect(credit(g, "Ana Ruiz", "author", "Night Orchard"))
        #expect(!credit(g, "Ana Ruiz", "director", "Night Orchard"))
    }

    @Test func theWriterOfTheNovelBehindAFilmIsItsAuthor() {
        let g = graph("Parallax opened \"Salt Marsh\" on Friday. It is adapted from the novel of the same name by the Scottish writer Ana Ruiz.")
        #expect(credit(g, "Ana Ruiz", "author", "Salt Marsh"))
        #expect(!credit(g, "Ana Ruiz", "writer", "Salt Marsh"))
        // Without a book noun the described writer keeps the role.
        let h = graph("Parallax opened \"Salt Marsh\" on Friday. It was rewritten by the writer Ana Ruiz.")
        #expect(credit(h, "Ana Ruiz", "writer", "Salt Marsh"))
    }
}
