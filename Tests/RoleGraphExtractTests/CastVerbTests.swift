import Testing
@testable import RoleGraphExtract

/// Acting credits from the verbs of box-office and casting news ("voices", "as the voice
/// of", "lead the cast", "led the ensemble", "opposite"), and which work "the first
/// episode" and a sentence-opening "It" stand for in a story about several works.
struct CastVerbTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func voiceVerbsAndTheVoiceOfGiveActingCredits() {
        let g = graph("The animated film \"Paper Moon Harbour\" opens on Friday. Nadia Fell again voices the lighthouse keeper. The comedy \"Glass Orchard\" follows, with Theo Kemp as the voice of a talking fox.")
        #expect(credit(g, "Nadia Fell", "actor", "Paper Moon Harbour"))
        #expect(credit(g, "Theo Kemp", "actor", "Glass Orchard"))
        #expect(!credit(g, "Theo Kemp", "actor", "Paper Moon Harbour"))
    }

    @Test func everySubjectOfLeadTheCastActs() {
        let g = graph("The series \"Salt Marsh\" returns in May. Ivo Lang, Ana Ruiz and Mira Holt lead the cast.")
        for name in ["Ivo Lang", "Ana Ruiz", "Mira Holt"] { #expect(credit(g, name, "actor", "Salt Marsh"), "\(name)") }
    }

    @Test func leadingSomethingElseIsNoCredit() {
        let g = graph("The series \"Salt Marsh\" returns in May. Ivo Lang led the union talks.")
        #expect(!credit(g, "Ivo Lang", "actor", "Salt Marsh"))
    }

    @Test func peopleOppositeAnActorActInTheSameWork() {
        let g = graph("In \"The Long Pier\", Ana Ruiz stars as a retired judge opposite Theo Kemp and Mira Holt.")
        #expect(credit(g, "Theo Kemp", "actor", "The Long Pier"))
        #expect(credit(g, "Mira Holt", "actor", "The Long Pier"))
    }

    @Test func theFirstEpisodeBelongsToTheSeriesNamedLast() {
        let g = graph("The drama \"Harbour Days\" ran for four seasons and all its episodes drew millions. Parallax cancelled \"Winter Ferry\" after one season. Ivo Lang directed the first episode.")
        #expect(credit(g, "Ivo Lang", "director", "Winter Ferry"))
        #expect(!credit(g, "Ivo Lang", "director", "Harbour Days"))
    }

    @Test func aDescribedWorkThatASentenceIsAboutIsWhatItContinues() {
        let g = graph("\"Salt Marsh\" led the weekend. Parallax opened \"Glass Harbour\" in third place. Written by Ana Ruiz, the film stars Ivo Lang. It is produced by Theo Kemp.")
        #expect(credit(g, "Theo Kemp", "producer", "Glass Harbour"))
        #expect(!credit(g, "Theo Kemp", "producer", "Salt Marsh"))
    }

    @Test func aCapitalizedWillInsideASentenceIsAGivenName() {
        let g = graph("The comedy pairs Will Tanner and Ana Ruiz again. Will the sequel open in May?")
        #expect(g.nodes.contains { $0.label == "Will Tanner" && $0.type == .person })
        #expect(!g.nodes.contains { $0.label == "Tanner Ruiz" })
        #expect(!g.nodes.contains { $0.label.hasPrefix("Will the") })
    }

    @Test func aWorkStarsPeopleEachWithAPart() {
        let g = graph("Ines Falk's Salt Harbour opens in May. The comedy stars Mila Ordin as the doll and Tomas Lind as Ken, and was written by Ines Falk.")
        #expect(credit(g, "Mila Ordin", "actor", "Salt Harbour"))
        #expect(credit(g, "Tomas Lind", "actor", "Salt Harbour"))
        let h = graph("Ines Falk's Salt Harbour opens in May. The drama stars Mila Ordin as a nurse, Tomas Lind as her brother and Ada Brady.")
        #expect(credit(h, "Ada Brady", "actor", "Salt Harbour"))
        #expect(credit(h, "Tomas Lind", "actor", "Salt Harbour"))
    }

    @Test func peopleWithSupportingRoles() {
        let g = graph("Ines Falk's Salt Harbour opens in May. Tomas Lind plays the keeper, with Mila Ordin, Ada Brady and Colm Brady in supporting roles.")
        #expect(credit(g, "Mila Ordin", "actor", "Salt Harbour"))
        #expect(credit(g, "Colm Brady", "actor", "Salt Harbour"))
        // "with" and people but no part: a companion, not a cast.
        let h = graph("Ines Falk's Salt Harbour opens in May. Tomas Lind went to the premiere with Mila Ordin in a taxi.")
        #expect(!credit(h, "Mila Ordin", "actor", "Salt Harbour"))
    }

    @Test func aWorkWithItsCastInAnAsideWinsThePrize() {
        let g = graph("Salt Harbour, starring Ana Ruiz and Tom Ash, won the Palme d'Or at the Cannes Film Festival in 1990.")
        #expect(edge(g, "Salt Harbour", "award_won", "Cannes Film Festival"))
        #expect(!edge(g, "Tom Ash", "award_won", "Cannes Film Festival"))
        #expect(credit(g, "Tom Ash", "actor", "Salt Harbour"))
    }
}
