import Testing
@testable import RoleGraphExtract

/// "worked with A on X": X is a title in a working verb's slot, and the subject worked on it.
struct WorkedWithTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func workedWithANamedPartnerOnATitle() {
        let g = graph("Karl Ode worked with Ida Lund on Northern Lights in 2014.")
        #expect(type(of: "Northern Lights", in: g) == .work)
        #expect(edge(g, "Karl Ode", "worked_on", "Northern Lights"))
    }

    @Test func workedWithAPronounOnATitle() {
        let g = graph("Karl Ode first worked with her on Northern Lights in 2014.")
        #expect(edge(g, "Karl Ode", "worked_on", "Northern Lights"))
    }

    @Test func sittingWithSomeoneOnABoardIsNoWork() {
        let g = graph("Karl Ode sat with Ida Lund on Harbor Council for years.")
        #expect(type(of: "Harbor Council", in: g) != .work)
    }
}
