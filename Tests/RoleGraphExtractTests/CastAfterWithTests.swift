import Testing
@testable import RoleGraphExtract

/// "The series was created by A and stars B as X, with C and D": the work stars them all.
struct CastAfterWithTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aWorkStarsAcrossAPassiveClause() {
        let g = graph("\"North Wind\" was developed by Ana Ruiz, who runs it with Tom Berg, and stars Ida Lund as a ferry pilot, with Karl Ode and Mia Sand.")
        for p in ["Ida Lund", "Karl Ode", "Mia Sand"] { #expect(credit(g, p, "actor", "North Wind"), "\(p)") }
        #expect(!credit(g, "Ana Ruiz", "actor", "North Wind"))
        #expect(!credit(g, "Tom Berg", "actor", "North Wind"))
    }

    @Test func theCastGoesOnAfterWith() {
        let g = graph("The drama \"Salt Road\" stars Ida Lund as the judge, with Karl Ode and Mia Sand.")
        for p in ["Ida Lund", "Karl Ode", "Mia Sand"] { #expect(credit(g, p, "actor", "Salt Road"), "\(p)") }
    }

    @Test func withAfterAnotherVerbIsNoCast() {
        let g = graph("The drama \"Salt Road\" stars Ida Lund, and Ana Ruiz wrote it with Karl Ode.")
        #expect(!credit(g, "Karl Ode", "actor", "Salt Road"))
    }
}
