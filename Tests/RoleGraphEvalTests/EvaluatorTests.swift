import Foundation
import Testing
@testable import RoleGraphEval

/// Small cases whose scores were worked out by hand from the rules in docs/EVALUATION.md.
@Suite struct EvaluatorTests {
    static let gold = GoldDocument(
        entities: [
            .init(name: "Mara Quill", type: "person", aliases: ["Quill"]),
            .init(name: "Salt Harbor", type: "work"),
            .init(name: "Northlight", type: "organization"),
            .init(name: "Otto Brask", type: "person", aliases: ["Otto"]),
            .init(name: "Lisbon", type: "place"),
            .init(name: "Second World War", type: "event"),
        ],
        relations: [
            .init(subject: "Mara Quill", relation: "director", object: "Salt Harbor", kind: "credit"),
            .init(subject: "Otto Brask", relation: "screenwriter", object: "Salt Harbor", kind: "credit"),
            .init(subject: "Salt Harbor", relation: "distributed_by", object: "Northlight", kind: "other"),
            .init(subject: "Salt Harbor", relation: "set_in", object: "Lisbon", kind: "other"),
            .init(subject: "Salt Harbor", relation: "about", object: "Second World War", kind: "other"),
        ])

    /// Six scored nodes (the event is not scored), four of them found, three with the right type.
    static var predicted: Graph {
        let mara = Node(label: "Mara Quill", type: .person)
        let film = Node(label: "\u{201C}Salt Harbor\u{201D}", type: .work)
        let northlight = Node(label: "Northlight", type: .person)      // right entity, wrong type
        let quill = Node(label: "Quill", type: .person)                // a duplicate of Mara Quill
        let otto = Node(label: "Brask Otto", type: .person, aliases: ["Otto Brask"]) // found by alias
        let studio = Node(label: "Harbor Films", type: .organization)  // not in gold
        let festival = Node(label: "Lisbon Festival", type: .event)    // not scored
        return Graph(nodes: [mara, film, northlight, quill, otto, studio, festival], edges: [
            Edge(source: mara.id, target: film.id, kind: .credit, relation: "director"),
            Edge(source: otto.id, target: film.id, kind: .credit, relation: "writer"),
            Edge(source: quill.id, target: film.id, kind: .credit, relation: "actor"),
            Edge(source: film.id, target: northlight.id, kind: .other, relation: "distributed_by"),
            Edge(source: studio.id, target: film.id, kind: .other, relation: "produced_by"),
            Edge(source: mara.id, target: film.id, kind: .other, relation: "worked_on"),
            Edge(source: film.id, target: festival.id, kind: .other, relation: "premiered_at"),
        ])
    }

    @Test func handWorkedCase() {
        let s = Evaluator.score(gold: Self.gold, predicted: Self.predicted)
        #expect(s.entitiesTyped == Counts(truePositives: 3, predicted: 6, gold: 5))
        #expect(s.entitiesUntyped == Counts(truePositives: 4, predicted: 6, gold: 5))
        // director and writer (= screenwriter) match; Quill's actor credit does not.
        #expect(s.credits == Counts(truePositives: 2, predicted: 3, gold: 2))
        // Gold pairs: film with Mara, Otto, Northlight, Lisbon (the event is not scored).
        // Predicted distinct id pairs: 6 (worked_on repeats Mara-film).
        #expect(s.pairs == Counts(truePositives: 3, predicted: 6, gold: 4))
        #expect(abs(s.credits.f1 - 0.8) < 1e-12)
        #expect(abs(s.pairs.f1 - 0.6) < 1e-12)
        #expect(abs(s.entitiesTyped.f1 - 6.0 / 11.0) < 1e-12)
    }

    @Test func perfectPredictionScoresOne() {
        var g = Graph()
        for e in Self.gold.entities {
            g.add(Node(label: e.name, type: EntityType(rawValue: e.type)!))
        }
        for r in Self.gold.relations {
            let s = g.nodes.first { $0.label == r.subject }!, o = g.nodes.first { $0.label == r.object }!
            g.add(Edge(source: s.id, target: o.id, kind: r.kind == "credit" ? .credit : .other, relation: r.relation))
        }
        let s = Evaluator.score(gold: Self.gold, predicted: g)
        #expect(s.entitiesTyped.f1 == 1)
        #expect(s.credits.f1 == 1)
        // The event node is not scored, but its edge still counts as a predicted pair.
        #expect(s.pairs == Counts(truePositives: 4, predicted: 5, gold: 4))
    }

    /// The first node to find an entity claims it; a later node of the right type gets nothing.
    @Test func firstMatchingNodeClaimsTheEntity() {
        let gold = GoldDocument(entities: [.init(name: "Rust", type: "work")])
        let g = Graph(nodes: [Node(label: "Rust", type: .organization), Node(label: "Rust", type: .work)], edges: [])
        let s = Evaluator.score(gold: gold, predicted: g)
        #expect(s.entitiesUntyped == Counts(truePositives: 1, predicted: 2, gold: 1))
        #expect(s.entitiesTyped == Counts(truePositives: 0, predicted: 2, gold: 1))
    }

    @Test func fullNameMatchesBeforeAliases() {
        // "Simone" is an alias of Nina Simone but the full name of another entity.
        let gold = GoldDocument(entities: [
            .init(name: "Nina Simone", type: "person", aliases: ["Simone"]),
            .init(name: "Simone", type: "work"),
        ])
        let g = Graph(nodes: [Node(label: "Simone", type: .work)], edges: [])
        #expect(Evaluator.score(gold: gold, predicted: g).entitiesTyped.truePositives == 1)
    }

    @Test func emptyPredictionScoresZeroWithoutDividingByZero() {
        let s = Evaluator.score(gold: Self.gold, predicted: Graph())
        #expect(s.entitiesTyped == Counts(truePositives: 0, predicted: 0, gold: 5))
        #expect(s.entitiesTyped.precision == 0 && s.entitiesTyped.f1 == 0)
    }

    @Test func normFoldsLikeTheScorer() {
        #expect(Matching.norm("Nina Simone's") == "nina simone")
        #expect(Matching.norm("  \u{201C}The Farm: Angola\u{201D} ") == "the farm: angola")
        #expect(Matching.norm("What Happened, Miss Simone?") == "what happened miss simone")
        #expect(Matching.norm("AC/DC") == "ac dc")
        #expect(Matching.norm("Ant & Dec") == "ant & dec")
        #expect(Matching.norm("- Part One: -") == "part one")
        #expect(Matching.norm("Dan\u{2019}s") == "dan")
        #expect(Matching.norm("Beyonce\u{301}") == "beyoncé")
        #expect(Matching.norm("ﬁlm  noir") == "film noir")
        #expect(Matching.norm("snake_case") == "snake_case")
    }

    @Test func rolesUseTheScorersSynonyms() {
        #expect(Matching.role("Star") == "actor")
        #expect(Matching.role("director_of_photography") == "cinematographer")
        #expect(Matching.role("Screenwriter") == "writer")
        #expect(Matching.role("executive producer") == "executive producer")
        #expect(Matching.role("novelist") == "author")
    }

    @Test func reportLayoutFollowsTheScorer() {
        let report = EvaluationReport(rows: [.init(name: "case", scores: Evaluator.score(gold: Self.gold, predicted: Self.predicted))])
        #expect(report.text == """
        case entities_typed=F0.55(3/6p/5g) entities_untyped=F0.73(4/6p/5g) credits=F0.80(2/3p/2g) pairs=F0.60(3/6p/4g)
        micro: entities_typed P=0.500 R=0.600 F1=0.545 entities_untyped P=0.667 R=0.800 F1=0.727 credits P=0.667 R=1.000 F1=0.800 pairs P=0.500 R=0.750 F1=0.600

        """)
        #expect(report.json.contains("\"credits\": {\"tp\": 2, \"predicted\": 3, \"gold\": 2, \"precision\": 0.667, \"recall\": 1.000, \"f1\": 0.800}"))
    }
}
