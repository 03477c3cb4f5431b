import Foundation
import Testing
@testable import RoleGraphEval

/// Feeds the same predictions to the Python scorer and to `Evaluator` and compares every
/// number. Needs ../shared/eval/score.py and python3; skipped (visibly) without them.
@Suite(.enabled(if: Shared.scorerAvailable, "needs ../shared/eval/score.py and python3"))
struct ScorerAgreementTests {
    @Test func handWorkedCaseAgrees() throws {
        let dir = Shared.scratch()
        let goldPath = dir + "/gold.json", predPath = dir + "/pred.json"
        try JSONEncoder().encode(EvaluatorTests.gold).write(to: URL(fileURLWithPath: goldPath))
        try Shared.writePrediction(PredictedGraph(EvaluatorTests.predicted), to: predPath)
        let ours = EvaluationReport(rows: [.init(name: "pred", scores: Evaluator.score(gold: EvaluatorTests.gold, predicted: EvaluatorTests.predicted))])
        #expect(try Shared.runScorer(gold: goldPath, pred: predPath) == ours.text)
    }

    /// Predictions derived from the real development gold files, damaged in several ways
    /// (aliases as labels, wrong types, wrong roles, reversed and dangling edges).
    @Test(arguments: Shared.devGoldFiles)
    func devCorpusPredictionsAgree(file: String) throws {
        let gold = try GoldDocument.load(file)
        let prediction = Shared.damagedPrediction(from: gold)
        let dir = Shared.scratch()
        let predPath = dir + "/pred.json"
        try Shared.writePrediction(prediction, to: predPath)
        let ours = EvaluationReport(rows: [.init(name: "pred", scores: Evaluator.score(gold: gold, predicted: prediction))])
        let theirs = try Shared.runScorer(gold: file, pred: predPath)
        #expect(theirs.hasPrefix("pred entities_typed=F"))
        #expect(theirs == ours.text)
    }
}

enum Shared {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared").path
    static let scorer = root + "/eval/score.py"
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var scorerAvailable: Bool { python != nil && FileManager.default.fileExists(atPath: scorer) }

    static var devGoldFiles: [String] {
        let dir = root + "/corpus/dev/gold"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { dir + "/" + $0 }
    }

    static func scratch() -> String {
        let dir = NSTemporaryDirectory() + "rolegraph-eval-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func runScorer(gold: String, pred: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python!)
        p.arguments = [scorer, "--gold", gold, "--pred", pred]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func writePrediction(_ g: PredictedGraph, to path: String) throws {
        let nodes: [[String: Any]] = g.nodes.map { ["id": $0.id, "label": $0.label, "type": $0.type, "aliases": $0.aliases] }
        let edges: [[String: Any]] = g.edges.map { ["source": $0.source, "target": $0.target, "kind": $0.kind, "relation": $0.relation] }
        let data = try JSONSerialization.data(withJSONObject: ["nodes": nodes, "edges": edges], options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// A deterministic, imperfect prediction built from gold annotations.
    static func damagedPrediction(from gold: GoldDocument) -> PredictedGraph {
        let types = ["person", "work", "organization", "place"]
        var nodes: [PredictedGraph.Node] = []
        var idOf: [String: String] = [:]
        for (i, e) in gold.entities.enumerated() {
            let id = "n\(i)"
            idOf[e.name] = id
            if i % 7 == 5 { continue }  // missed entity
            let label = (i % 3 == 1 && !e.aliases.isEmpty) ? e.aliases[0] : (i % 5 == 2 ? e.name.uppercased() + "'s" : e.name)
            let type = i % 4 == 3 ? types[((types.firstIndex(of: e.type) ?? 0) + 1) % 4] : e.type
            nodes.append(.init(id: id, label: label, type: type, aliases: i % 2 == 0 ? [e.name] : []))
            if i % 6 == 0 { nodes.append(.init(id: "dup\(i)", label: e.name, type: e.type)) }
        }
        nodes.append(.init(id: "junk", label: "Nobody In Particular", type: "person"))
        var edges: [PredictedGraph.Edge] = []
        for (i, r) in gold.relations.enumerated() {
            guard let s = idOf[r.subject], let o = idOf[r.object] else { continue }
            let relation = i % 5 == 1 ? "star" : (i % 5 == 3 ? "producer" : r.relation)
            let kind = r.kind ?? "other"
            edges.append(i % 4 == 2 ? .init(source: o, target: s, kind: kind, relation: relation)
                                    : .init(source: s, target: o, kind: kind, relation: relation))
            if i % 9 == 4 { edges.append(.init(source: s, target: "dangling", kind: "credit", relation: "director")) }
            if i % 6 == 0 { edges.append(.init(source: s, target: "junk", kind: "other", relation: "about")) }
        }
        return PredictedGraph(nodes: nodes, edges: edges)
    }
}
