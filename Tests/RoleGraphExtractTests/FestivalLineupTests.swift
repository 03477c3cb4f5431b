import Testing
@testable import RoleGraphExtract

/// Festival line-ups: the works in competition, the opening film, the jury.
struct FestivalLineupTests: RuleProbe {
    let extractor = try! Extractor()
    let story = "The Lisbon Film Festival on Tuesday named its line-up. The festival opens with \"Salt Meadow\". Among the titles in competition are \"Tallow\" and \"Low Tide\". Ana Ruiz will preside over the international jury. Her fellow jurors include the directors Tomas Berg and Ines Falk and the actress Mara Lind."

    @Test func worksInCompetitionCompete() {
        let g = graph(story)
        #expect(edge(g, "Tallow", "competed_at", "Lisbon Film Festival"))
        #expect(edge(g, "Low Tide", "competed_at", "Lisbon Film Festival"))
        #expect(!edge(g, "Salt Meadow", "competed_at", "Lisbon Film Festival"))
    }

    @Test func theOpeningFilmPremieresThere() {
        #expect(edge(graph(story), "Salt Meadow", "premiered_at", "Lisbon Film Festival"))
    }

    @Test func theJuryPresidentAndJurors() {
        let g = graph(story)
        #expect(edge(g, "Ana Ruiz", "jury president", "Lisbon Film Festival"))
        for p in ["Tomas Berg", "Ines Falk", "Mara Lind"] { #expect(edge(g, p, "juror", "Lisbon Film Festival"), "\(p)") }
    }

    @Test func noFestivalNoLineup() {
        let g = graph("Among the titles in competition are \"Tallow\" and \"Low Tide\". Her fellow jurors include Tomas Berg.")
        #expect(!g.edges.contains { $0.relation == "competed_at" || $0.relation == "juror" })
    }
}
