import Testing
@testable import RoleGraphExtract

/// Streaming round-ups: "developed by", "the series" after a renewal or cancellation
/// naming a new title, and a work subject set off by a participle phrase.
struct SeriesRoundupTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func developedByIsTheSeriesCreator() {
        let g = graph("\"Night Ferry\" was developed by Ines Falk from a radio play.")
        #expect(credit(g, "Ines Falk", "creator", "Night Ferry"))
    }

    @Test func aCompanyThatDevelopedAWorkMadeIt() {
        let g = graph("\"Salt Kingdom\" was developed by Parallax Studios and published by Netflix.")
        #expect(edge(g, "Salt Kingdom", "produced_by", "Parallax Studios"))
    }

    @Test func theSeriesIsTheTitleTheLastSentenceNamed() {
        let g = graph("\"Harbour Lights\", a drama series, returns in May. Netflix dropped Glass Orchard Kids after one season. The comic series, developed by Jo Lindqvist, starred Ana Ruiz and Tomas Berg.")
        #expect(credit(g, "Jo Lindqvist", "creator", "Glass Orchard Kids"))
        #expect(!credit(g, "Jo Lindqvist", "creator", "Harbour Lights"))
        #expect(credit(g, "Ana Ruiz", "actor", "Glass Orchard Kids"))
        #expect(credit(g, "Tomas Berg", "actor", "Glass Orchard Kids"))
    }

    @Test func aTitleCountedInSeasonsIsASeries() {
        let g = graph("Apple TV+ has renewed Quiet Harbour for a third season.")
        #expect(g.nodes.first { $0.label == "Quiet Harbour" }?.workType == "series")
    }
}
