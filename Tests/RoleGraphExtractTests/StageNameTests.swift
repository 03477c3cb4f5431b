import Testing
@testable import RoleGraphExtract

/// Performers known by one name (`stage_names.txt`): alone, with no role noun or verb to
/// say so, such a word is a person.
struct StageNameTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aLoneStageNameIsAPerson() {
        let g = graph("Zendaya stars in Challengers, a tennis drama directed by Luca Guadagnino. Madonna said the tour would open in London.")
        #expect(type(of: "Zendaya", in: g) == .person)
        #expect(credit(g, "Zendaya", "actor", "Challengers"))
        #expect(type(of: "Madonna", in: g) == .person)
    }

    @Test func stageNamesCarryCredits() {
        let g = graph("Rihanna released her album Anti in 2016. The record Melodrama was produced by Lorde and Jack Antonoff.")
        #expect(credit(g, "Rihanna", "artist", "Anti"))
        #expect(type(of: "Lorde", in: g) == .person)
        #expect(credit(g, "Lorde", "producer", "Melodrama"))
    }

    @Test func anUnlistedLoneWordStaysUntyped() {
        // The same sentence with a word the list lacks: a lone capitalized word is not
        // enough to make a person.
        let g = graph("Quillon stars in Challengers, a tennis drama directed by Luca Guadagnino.")
        #expect(type(of: "Quillon", in: g) == nil)
        #expect(type(of: "Luca Guadagnino", in: g) == .person)
    }

    @Test func theListLeavesOutCommonWords() throws {
        let lexicon = try Lexicon.bundled()
        for word in ["prince", "seal", "sting", "usher", "common", "future", "pink"] {
            #expect(!lexicon.stageNames.contains(word), "\(word) is a common word")
        }
        #expect(lexicon.stageNames.contains("zendaya"))
        #expect(lexicon.stageNames.contains("beyoncé") && lexicon.stageNames.contains("beyonce"))
    }
}
