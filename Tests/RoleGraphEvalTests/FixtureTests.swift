import Foundation
import Testing
@testable import RoleGraphEval

/// The annotated documents in Fixtures/ follow the development corpus's annotation rules,
/// and a run over them scores what it should.
@Suite struct FixtureTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
    static let goldDir = fixtures + "/gold"
    static let articlesDir = fixtures + "/articles"
    static var goldFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: goldDir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreSeveralGenres() {
        #expect(Self.goldFiles.count >= 4)
    }

    @Test(arguments: goldFiles)
    func goldFollowsTheAnnotationRules(file: String) throws {
        let gold = try GoldDocument.load(Self.goldDir + "/" + file)
        let article = try String(contentsOfFile: Self.articlesDir + "/" + file.dropLast(5) + ".txt", encoding: .utf8)
        var owner: [String: String] = [:]
        for e in gold.entities {
            #expect(Matching.scoredTypes.contains(e.type), "\(e.name): type \(e.type)")
            for form in [e.name] + e.aliases {
                #expect(article.contains(form), "\(file): '\(form)' is not in the article word for word")
                let key = Matching.norm(form)
                #expect(owner[key] == nil || owner[key] == e.name, "\(file): '\(form)' is shared by \(owner[key] ?? "") and \(e.name)")
                owner[key] = e.name
            }
        }
        let names = Set(gold.entities.map(\.name))
        for r in gold.relations {
            #expect(names.contains(r.subject), "\(file): subject '\(r.subject)' is not an entity name")
            #expect(names.contains(r.object), "\(file): object '\(r.object)' is not an entity name")
            #expect(["credit", "affiliation", "other"].contains(r.kind ?? ""), "\(file): kind \(r.kind ?? "nil")")
        }
    }

    /// "One relation per fact" and lower-case role nouns; a form must be a whole word run in
    /// the article ("Her" inside "Here" would let an annotation slip through unseen).
    @Test(arguments: goldFiles)
    func goldStatesEachFactOnceInWholeWords(file: String) throws {
        let gold = try GoldDocument.load(Self.goldDir + "/" + file)
        let article = try String(contentsOfFile: Self.articlesDir + "/" + file.dropLast(5) + ".txt", encoding: .utf8)
        for e in gold.entities {
            for form in [e.name] + e.aliases {
                let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: form) + "(?![\\p{L}\\p{N}])"
                #expect(article.range(of: pattern, options: .regularExpression) != nil, "\(file): '\(form)' is only part of a word")
            }
        }
        var seen = Set<[String]>()
        for r in gold.relations {
            #expect(seen.insert([r.subject, r.relation, r.object]).inserted, "\(file): \(r.subject) \(r.relation) \(r.object) twice")
            #expect(r.subject != r.object, "\(file): \(r.subject) is related to itself")
            #expect(r.relation == r.relation.lowercased(), "\(file): role '\(r.relation)' is not lower case")
        }
    }

    /// An extractor that reads the gold back scores 1 on everything; one that finds only
    /// the people scores exactly their share.
    @Test func runOverFixturesWithStandInExtractors() throws {
        func graph(for document: String, peopleOnly: Bool) throws -> Graph {
            let stem = (document as NSString).lastPathComponent.split(separator: ".")[0]
            let gold = try GoldDocument.load(Self.goldDir + "/\(stem).json")
            var g = Graph()
            var ids: [String: String] = [:]
            for e in gold.entities where !peopleOnly || e.type == "person" {
                ids[e.name] = g.add(Node(label: e.name, type: EntityType(rawValue: e.type)!, aliases: e.aliases))
            }
            for r in gold.relations {
                guard let s = ids[r.subject], let o = ids[r.object] else { continue }
                let kind = EdgeKind(rawValue: r.kind ?? "other")!
                g.add(Edge(source: s, target: o, kind: kind, relation: r.relation))
            }
            return g
        }
        let perfect = try Evaluation.run(goldDirectory: Self.goldDir, articlesDirectory: Self.articlesDir) { _, doc in
            try graph(for: doc, peopleOnly: false)
        }
        #expect(perfect.rows.map(\.name) == Self.goldFiles.map { String($0.dropLast(5)) })
        for m in perfect.micro.named { #expect(m.counts.f1 == 1, "\(m.name)") }

        let people = try Evaluation.run(goldDirectory: Self.goldDir, articlesDirectory: Self.articlesDir) { _, doc in
            try graph(for: doc, peopleOnly: true)
        }
        var personCount = 0, entityCount = 0
        for f in Self.goldFiles {
            let gold = try GoldDocument.load(Self.goldDir + "/" + f)
            personCount += gold.entities.filter { $0.type == "person" }.count
            entityCount += gold.entities.count
        }
        #expect(people.micro.entitiesTyped == Counts(truePositives: personCount, predicted: personCount, gold: entityCount))
        #expect(people.micro.credits.truePositives == 0)
    }

    @Test func missingArticleIsAnError() throws {
        let dir = NSTemporaryDirectory() + "rolegraph-eval-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(throws: InputError.missingFile(dir + "/10_album_glass_orchard.txt")) {
            _ = try Evaluation.run(goldDirectory: Self.goldDir, articlesDirectory: dir) { _, _ in Graph() }
        }
    }

    @Test func malformedGoldNamesTheFile() throws {
        let dir = NSTemporaryDirectory() + "rolegraph-eval-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "{\"entities\": [{\"name\": \"A\"}]}".write(toFile: dir + "/x.json", atomically: true, encoding: .utf8)
        let error = #expect(throws: InputError.self) { _ = try GoldDocument.load(dir + "/x.json") }
        #expect(error?.description.hasPrefix(dir + "/x.json: cannot read: not gold JSON") == true, "\(String(describing: error))")
    }
}

/// The real extraction pipeline over the held-in fixtures: every article gives a row and
/// the pipeline finds a fair share of what was annotated.
@Suite struct PipelineEvaluationTests {
    @Test func pipelineRunsOverTheFixtures() throws {
        let report = try Evaluation.run(goldDirectory: FixtureTests.goldDir, articlesDirectory: FixtureTests.articlesDir,
                                        extract: try Evaluation.pipeline())
        #expect(report.rows.count == FixtureTests.goldFiles.count)
        #expect(report.micro.entitiesUntyped.gold > 0)
        #expect(report.micro.entitiesUntyped.truePositives > 0)
    }
}
