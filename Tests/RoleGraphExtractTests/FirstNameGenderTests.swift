import Testing
@testable import RoleGraphExtract

/// A first name the gender list marks ("Naomi", "David") keeps "him" and "her" off the
/// wrong person; a capitalized word before a name is another name, not a cue.
struct FirstNameGenderTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func himSkipsAWomanNamedCloser() {
        let g = graph("David Marsh made Red Meadow. His later films included Salt Harbour (2001), with Naomi Reed, which won him the best director prize at the Cannes Film Festival.")
        #expect(credit(g, "David Marsh", "director", "Salt Harbour"))
        #expect(!credit(g, "Naomi Reed", "director", "Salt Harbour"))
    }

    @Test func aNameBeforeACommaIsNoGenderCue() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.genderCues["naomi"] == "female" && lexicon.genderCues["david"] == "male")
        #expect(lexicon.genderCues["alex"] == nil && lexicon.genderCues["jordan"] == nil)
        // "Samantha Quan, his wife": the possessive pronoun's own guess is not the owner.
        let g = graph("Sean Baker made it. He produced it with Alex Coco and Samantha Quan, his wife.")
        #expect(!edge(g, "Samantha Quan", "married_to", "Alex Coco"))
        #expect(edge(g, "Samantha Quan", "married_to", "Sean Baker"))
    }
}
