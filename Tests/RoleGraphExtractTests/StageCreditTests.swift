import Testing
@testable import RoleGraphExtract

/// Credits of theatre and series stories: makers named by what they made ("music and
/// lyrics by"), prizes for acting, the author of an unnamed source novel, and roles held
/// "among its producers" or "on the show".
struct StageCreditTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aPlayByIsItsWriterNotAnActor() {
        let g = graph("Harbour Lights, a play by Ines Falk about two sisters, was named best play.")
        #expect(credit(g, "Ines Falk", "writer", "Harbour Lights"))
        #expect(!credit(g, "Ines Falk", "actor", "Harbour Lights"))
    }

    @Test func musicAndLyricsByAreComposerCredits() {
        let g = graph("\"Salt Road\" opened in March. The show has music and lyrics by the folk duo Ferry Lane, made up of Ana Ruiz and Jo Lindqvist, together with Tomas Berg, who wrote the book.")
        #expect(credit(g, "Ferry Lane", "composer", "Salt Road"))
        #expect(credit(g, "Tomas Berg", "composer", "Salt Road"))
        #expect(!credit(g, "Ana Ruiz", "composer", "Salt Road"))
    }

    @Test func songsByInAnAppositionCreditTheDescribedWork() {
        let g = graph("The Lantern Years, the 1979 musical with songs by Ivo Brand, won best revival.")
        #expect(credit(g, "Ivo Brand", "composer", "The Lantern Years"))
    }

    @Test func actingPrizesForAWorkAreActingCredits() {
        let g = graph("\"Tallow\" returned to Broadway this year. Mara Lind, Ivo Brand and Ines Falk all won acting prizes for the revival.")
        for p in ["Mara Lind", "Ivo Brand", "Ines Falk"] { #expect(credit(g, p, "actor", "Tallow"), "\(p)") }
    }

    @Test func theAuthorOfAnUnnamedSourceNovel() {
        let g = graph("Low Tide, a stage musical based on Mara Lind's 1971 novel, opened in April.")
        #expect(credit(g, "Mara Lind", "author", "Low Tide"))
        let named = graph("Low Tide, a film based on Mara Lind's novel Salt Meadow, opened in April.")
        #expect(!credit(named, "Mara Lind", "author", "Low Tide"))
    }

    @Test func amongItsProducersAndOneOfTheExecutiveProducers() {
        let g = graph("\"Copper Fields\" opened in April. Ana Ruiz is among its producers. Ivo Brand, the director's brother, is one of the executive producers.")
        #expect(credit(g, "Ana Ruiz", "producer", "Copper Fields"))
        #expect(credit(g, "Ivo Brand", "executive producer", "Copper Fields"))
    }

    @Test func aProducerOnTheShow() {
        let g = graph("\"Harrow Point\" is back. Tomas Berg, who is also a producer on the show, plays the harbour master.")
        #expect(credit(g, "Tomas Berg", "producer", "Harrow Point"))
    }

    @Test func aLoneOccupationIsNoCredit() {
        let g = graph("\"Harrow Point\" is back. Tomas Berg is a producer.")
        #expect(!credit(g, "Tomas Berg", "producer", "Harrow Point"))
    }

    @Test func arrivingOnAStreamerIsDistribution() {
        let g = graph("\"Harrow Point\" arrives on Netflix on Friday.")
        #expect(edge(g, "Harrow Point", "distributed_by", "Netflix"))
    }
}
