import Testing
@testable import RoleGraphExtract

/// A source named after the verb's object ("based his script on W"), the owner of "her
/// partner" after "with", a work that a company's "which" clause names, and a title's
/// further part after a spaced dash.
struct SourceAndOwnerTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aSourceAfterTheVerbsObject() {
        let g = graph("Ines Falk's Salt Harbour opens on Friday. Falk based her script on The Quiet Coast, a memoir by Ada Brady.")
        #expect(type(of: "The Quiet Coast", in: g) == .work)
        #expect(edge(g, "Salt Harbour", "based_on", "The Quiet Coast"))
        #expect(credit(g, "Ada Brady", "author", "The Quiet Coast"))
        #expect(!credit(g, "Ada Brady", "author", "Salt Harbour"))
    }

    @Test func aWorkNamedAsTheVerbsObjectIsTheOneBasedOnTheSource() {
        let g = graph("Orla Pictures released Red Meadow in May. Tomas Lind based the film on Salt Harbour, a novel by Ada Brady.")
        #expect(edge(g, "Red Meadow", "based_on", "Salt Harbour"))
        // "released W in May": the month is not part of the title.
        #expect(type(of: "Red Meadow", in: g) == .work)
    }

    @Test func herPartnerAfterWithIsTheNamedPersons() {
        let g = graph("The comedy stars Mila Ordin as a nurse, and was written by Ines Falk with her partner, Tomas Lind.")
        #expect(edge(g, "Tomas Lind", "business_partner_of", "Ines Falk"))
        #expect(!edge(g, "Tomas Lind", "business_partner_of", "Mila Ordin"))
    }

    @Test func aWorkInACompanysWhichClauseStaysInView() {
        let g = graph("Ines Falk's Salt Harbour took in $40 million, while Ada Brady's Red Meadow added $12 million. Orla Pictures, which distributed Salt Harbour, said most of its audience was young. The comedy stars Tomas Lind.")
        #expect(credit(g, "Tomas Lind", "actor", "Salt Harbour"))
        #expect(!credit(g, "Tomas Lind", "actor", "Red Meadow"))
    }

    @Test func aWorkInAPersonsAsideDoesNot() {
        // The aside about a person's past work is not what the story goes on about.
        let g = graph("Ada Brady's Red Meadow opens on Friday. Brady, who directed Salt Harbour in 2019, cast newcomers. The drama stars Tomas Lind.")
        #expect(credit(g, "Tomas Lind", "actor", "Red Meadow"))
        #expect(!credit(g, "Tomas Lind", "actor", "Salt Harbour"))
    }

    @Test func aSubtitledTitleGoesOnAfterASpacedDash() {
        let g = graph("Bad Boys: Ride or Die - The Final Chapter opened on Friday, starring Tomas Lind.")
        #expect(credit(g, "Tomas Lind", "actor", "Bad Boys: Ride or Die - The Final Chapter"))
        // A dash after a plain name is a break in the sentence, not part of a title.
        let h = graph("Tomas Lind - the star of Salt Harbour - said he was pleased.")
        #expect(type(of: "Tomas Lind", in: h) == .person)
    }

    @Test func aCoWriterAfterWith() {
        let g = graph("Ines Falk's Salt Harbour opens in May. The comedy was written by Ines Falk with her partner, Tomas Lind.")
        #expect(credit(g, "Tomas Lind", "writer", "Salt Harbour"))
        let h = graph("The score was composed by Ines Falk with Tomas Lind for the film Salt Harbour.")
        #expect(credit(h, "Tomas Lind", "composer", "Salt Harbour"))
        // "directed by A with B": B may be the star, so no co-director is read.
        let d = graph("The film Salt Harbour was directed by Ines Falk with Tomas Lind in the lead.")
        #expect(!credit(d, "Tomas Lind", "director", "Salt Harbour"))
    }
}
