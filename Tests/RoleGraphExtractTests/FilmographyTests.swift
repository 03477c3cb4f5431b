import Testing
@testable import RoleGraphExtract

/// Careers as obituaries and profiles tell them: year lists after "his films included",
/// "X cast him as ... in W", parts described before their name, and who "him" and "he"
/// are in such sentences.
struct FilmographyTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aCareerListCarriesTheOwnersRole() {
        let g = graph("Mara Lind, the quiet, gifted Swedish actress, died on Monday. Her films included Salt Meadow (1971), Ivo Brand's Tallow (1975); Low Tide (1980) and Copper Fields (1984).")
        for w in ["Salt Meadow", "Tallow", "Low Tide", "Copper Fields"] {
            #expect(credit(g, "Mara Lind", "actor", w), "\(w)")
        }
        #expect(!credit(g, "Ivo Brand", "actor", "Tallow"))
    }

    @Test func aCareerListWithoutARoleIsWorkedOn() {
        let g = graph("Tomas Berg's films include Salt Meadow (1990) and Tallow (1994).")
        #expect(edge(g, "Tomas Berg", "worked_on", "Salt Meadow"))
        #expect(!credit(g, "Tomas Berg", "actor", "Salt Meadow"))
    }

    @Test func castHimAsInAWorkIsAnActingCredit() {
        let g = graph("Ivo Brand began on the stage in Bergen, where Lena Moss saw him. Moss then cast him as the baker in Copper Fields (1977).")
        #expect(credit(g, "Ivo Brand", "actor", "Copper Fields"))
        #expect(!credit(g, "Lena Moss", "actor", "Copper Fields"))
    }

    @Test func aPartDescribedBeforeItsNameIsNoPerson() {
        let g = graph("Ana Ruiz cast him as the pilot Jonas Vell in Salt Meadow (1982), and audiences knew him as the tyrant Lord Harrow for years.")
        #expect(!g.nodes.contains { $0.label == "Jonas Vell" || $0.label == "Lord Harrow" })
    }

    @Test func oppositeTakesTheWorkNamedAfterThePartner() {
        let g = graph("Tomas Berg starred in Low Tide (1970), and he played a sailor opposite Ines Falk in Ana Ruiz's Copper Fields (1971).")
        #expect(credit(g, "Ines Falk", "actor", "Copper Fields"))
        #expect(!credit(g, "Ines Falk", "actor", "Low Tide"))
    }

    @Test func himAfterADirectorAndVerbIsSomeoneElse() {
        let analysis = extractor.analyze(text: "Ivo Brand was born in Oslo. Lena Moss later cast him in her first film.")
        let pronoun = analysis.sentences[1].mentions.first { $0.name == "him" }
        let entity = pronoun?.entity.map { analysis.entities[$0].label }
        #expect(entity == "Ivo Brand")
    }
}
