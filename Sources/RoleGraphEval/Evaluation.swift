import Foundation
import RoleGraphCore
import RoleGraphExtract

/// Scores for a folder of annotated articles, per article and micro-averaged.
public struct EvaluationReport: Sendable {
    public struct Row: Sendable {
        public var name: String
        public var scores: Scores
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    /// Sums over every article: micro-averaged precision, recall and F1.
    public var micro: Scores { rows.reduce(Scores()) { $0 + $1.scores } }

    /// One line per article and a `micro:` line, in the layout of the scorer.
    public var text: String {
        var out = ""
        for row in rows {
            let cells = row.scores.named.map { m in
                "\(m.name)=F\(Self.fixed(m.counts.f1, 2))(\(m.counts.truePositives)/\(m.counts.predicted)p/\(m.counts.gold)g)"
            }
            out += "\(row.name) \(cells.joined(separator: " "))\n"
        }
        let summary = micro.named.map { m in
            "\(m.name) P=\(Self.fixed(m.counts.precision, 3)) R=\(Self.fixed(m.counts.recall, 3)) F1=\(Self.fixed(m.counts.f1, 3))"
        }
        out += "micro: \(summary.joined(separator: " "))\n"
        return out
    }

    /// `{"articles": [{"name": ..., "entities_typed": {...}, ...}], "micro": {...}}`, keys
    /// in a fixed order.
    public var json: String {
        func measures(_ s: Scores) -> String {
            s.named.map { m in
                let c = m.counts
                return "\"\(m.name)\": {\"tp\": \(c.truePositives), \"predicted\": \(c.predicted), \"gold\": \(c.gold), "
                    + "\"precision\": \(Self.fixed(c.precision, 3)), \"recall\": \(Self.fixed(c.recall, 3)), \"f1\": \(Self.fixed(c.f1, 3))}"
            }.joined(separator: ", ")
        }
        let articles = rows.map { "    {\"name\": \(Self.quote($0.name)), \(measures($0.scores))}" }
        return "{\n  \"articles\": [\n\(articles.joined(separator: ",\n"))\n  ],\n  \"micro\": {\(measures(micro))}\n}\n"
    }

    static func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// Runs an extractor over a folder of articles and scores it against a folder of gold files.
public enum Evaluation {
    /// Extracts a graph from an article's text; `document` is the article's path.
    public typealias Extract = (_ text: String, _ document: String) throws -> Graph

    /// The project's extraction pipeline as an `Extract`: one `Extractor` (lexicons loaded
    /// once), each article's markup guessed from its name and content.
    public static func pipeline() throws -> Extract {
        let extractor = try Extractor()
        return { text, document in
            extractor.extract(text: text, document: document, format: TextFormat.guess(path: document, text: text))
        }
    }

    /// Article extensions tried for a gold file `NAME.json`, in order.
    public static let articleExtensions = ["txt", "md", "markdown", "html", "htm"]

    /// Every `NAME.json` in `goldDirectory` (sorted by name, as the scorer does) is paired
    /// with `NAME.txt` (or .md, .html) in `articlesDirectory`.
    public static func run(goldDirectory: String, articlesDirectory: String, extract: Extract) throws -> EvaluationReport {
        let files = try goldFiles(goldDirectory)
        var rows: [EvaluationReport.Row] = []
        for file in files {
            let stem = String(file.dropLast(5))
            let gold = try GoldDocument.load((goldDirectory as NSString).appendingPathComponent(file))
            guard let article = articleExtensions.lazy
                .map({ (articlesDirectory as NSString).appendingPathComponent("\(stem).\($0)") })
                .first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                throw InputError.missingFile((articlesDirectory as NSString).appendingPathComponent("\(stem).txt"))
            }
            let text = try TextFile.read(article)
            rows.append(.init(name: stem, scores: Evaluator.score(gold: gold, predicted: try extract(text, article))))
        }
        return EvaluationReport(rows: rows)
    }

    /// Scores prediction JSON files (`NAME.json`, node-link graphs as CONTRACT.md
    /// describes) against gold files of the same names.
    public static func run(goldDirectory: String, predictionsDirectory: String) throws -> EvaluationReport {
        var rows: [EvaluationReport.Row] = []
        for file in try goldFiles(goldDirectory) {
            let gold = try GoldDocument.load((goldDirectory as NSString).appendingPathComponent(file))
            let path = (predictionsDirectory as NSString).appendingPathComponent(file)
            rows.append(.init(name: String(file.dropLast(5)), scores: Evaluator.score(gold: gold, predicted: try loadPrediction(path))))
        }
        return EvaluationReport(rows: rows)
    }

    /// Reads a graph JSON file for scoring.
    public static func loadPrediction(_ path: String) throws -> PredictedGraph {
        let text = try TextFile.read(path)
        do {
            return try JSONDecoder().decode(PredictedGraph.self, from: Data(text.utf8))
        } catch {
            throw InputError.unreadable(path, reason: "not a graph JSON file (nodes and edges as in CONTRACT.md)")
        }
    }

    static func goldFiles(_ directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw InputError.missingFile(directory)
        }
        guard isDirectory.boolValue else { throw InputError.unreadable(directory, reason: "not a directory") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw InputError.unreadable(directory, reason: "cannot list it")
        }
        // Code point order, as Python's sorted() gives.
        let files = names.filter { $0.hasSuffix(".json") }.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        guard !files.isEmpty else { throw InputError.empty(directory) }
        return files
    }
}
