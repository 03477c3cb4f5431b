import ArgumentParser
import Foundation
import RoleGraph

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Precision, recall and F1 of extraction against hand-made annotations.",
        discussion: """
        Every NAME.json in --gold (entities and relations, the format of the development
        corpus) is paired with NAME.txt (or .md, .html) in --articles, which is extracted
        in-process, or with the graph JSON NAME.json in --predictions. Scores follow the
        matching rules of eval/score.py (see docs/EVALUATION.md): entities typed and untyped,
        credits with their roles, and related pairs; one line per article, then the
        micro-average over all of them.

        Examples:
          rolegraph evaluate --gold corpus/gold --articles corpus/articles
          rolegraph evaluate --gold corpus/gold --predictions graphs --format json
        """.reflowed
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Folder of gold annotation files (NAME.json).")
    var gold: String

    @Option(help: "Folder of the articles (NAME.txt, .md or .html) to extract and score.")
    var articles: String?

    @Option(help: "Folder of predicted graphs (NAME.json, graph JSON) to score instead of extracting.")
    var predictions: String?

    @Option(help: "Output: text (one line per article and a micro line) or json.")
    var format: Format = .text

    func validate() throws {
        if (articles == nil) == (predictions == nil) {
            throw ValidationError("give --articles DIR (extract and score) or --predictions DIR (score graph JSON), not both")
        }
    }

    func run() throws {
        let report = if let predictions {
            try Evaluation.run(goldDirectory: gold, predictionsDirectory: predictions)
        } else {
            try Evaluation.run(goldDirectory: gold, articlesDirectory: articles!, extract: try Evaluation.pipeline())
        }
        print(format == .json ? report.json : report.text, terminator: "")
    }
}
