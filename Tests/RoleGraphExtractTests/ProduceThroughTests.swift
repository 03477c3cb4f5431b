import Testing
@testable import RoleGraphExtract

/// "A will produce through her company, C": A owns C, C produced the work, A produces it.
struct ProduceThroughTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func produceThroughHerCompany() {
        let g = graph("Harbor Pictures bought \"Ashfall\". Tom Berg is adapting the novel, and Ida Lund will produce through her company, Northlight Films.")
        #expect(edge(g, "Northlight Films", "owned_by", "Ida Lund"))
        #expect(!edge(g, "Northlight Films", "owned_by", "Tom Berg"))
        #expect(edge(g, "Ashfall", "produced_by", "Northlight Films"))
        #expect(credit(g, "Ida Lund", "producer", "Ashfall"))
        #expect(!credit(g, "Tom Berg", "producer", "Ashfall"))
    }

    @Test func theirCompanyBelongsToBoth() {
        let g = graph("Ida Lund and Tom Berg are executive producers of \"Ashfall\" through their company Northlight Films.")
        #expect(edge(g, "Northlight Films", "owned_by", "Ida Lund"))
        #expect(edge(g, "Northlight Films", "owned_by", "Tom Berg"))
        #expect(edge(g, "Ashfall", "produced_by", "Northlight Films"))
    }

    @Test func throughWithoutACompanyNounSaysNothing() {
        let g = graph("Ida Lund sold \"Ashfall\" through her agent, Tom Berg.")
        #expect(!g.edges.contains { $0.relation == "owned_by" || $0.relation == "produced_by" })
    }
}
