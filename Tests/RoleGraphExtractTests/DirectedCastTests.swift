import Testing
@testable import RoleGraphExtract

/// "A directed B and C in W": B and C act in W, which A directed.
struct DirectedCastTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func severalPeopleDirectedInAWork() {
        let g = graph("Ana Ruiz directed Tom Berg, Ida Lund and Karl Ode in \"Ashfall\" in 2011, and Mia Sand produced \"North Wind\".")
        #expect(credit(g, "Ana Ruiz", "director", "Ashfall"))
        for p in ["Tom Berg", "Ida Lund", "Karl Ode"] { #expect(credit(g, p, "actor", "Ashfall"), "\(p)") }
        #expect(credit(g, "Mia Sand", "producer", "North Wind"))
        #expect(!credit(g, "Ana Ruiz", "director", "North Wind"))
    }

    @Test func peopleWithNoWorkAfterThemStayUncredited() {
        let g = graph("Ana Ruiz directed Tom Berg and Ida Lund twice, and \"Ashfall\" followed in 2011.")
        #expect(!credit(g, "Tom Berg", "actor", "Ashfall"))
        #expect(!credit(g, "Ana Ruiz", "director", "Ashfall"))
    }
}
