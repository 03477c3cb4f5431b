import Foundation
import Testing
@testable import RoleGraphExtract

struct PipelineTests {
    let lexicon = try! Lexicon.bundled()

    func sentences(_ text: String) -> [String] {
        let source = Normalizer(lexicon: lexicon).normalize(text, format: .plain)
        return SentenceSplitter(lexicon: lexicon).split(source).map { source.text($0) }
    }

    @Test func splitterKeepsAbbreviationsAndInitials() {
        let s = sentences("Mr. Reyes met Dr. Chen on Oct. 3 in the U.S. capital. Joshua L. Pearson edited it. \u{201C}Go.\u{201D} She left.")
        #expect(s == ["Mr. Reyes met Dr. Chen on Oct. 3 in the U.S. capital.", "Joshua L. Pearson edited it.", "\u{201C}Go.\u{201D}", "She left."])
    }

    @Test func splitterEndsSentencesAtLineBreaks() {
        #expect(sentences("A Headline Without A Period\nThe body starts here.") == ["A Headline Without A Period", "The body starts here."])
    }

    @Test func splitterOffsetsPointIntoTheText() {
        let text = "First one. Second one!"
        let source = Normalizer(lexicon: lexicon).normalize(text, format: .plain)
        let ranges = SentenceSplitter(lexicon: lexicon).split(source)
        #expect(ranges == [0..<10, 11..<22])
    }

    @Test func tokenizerSeparatesPossessivesAndKeepsHyphenatedNames() {
        let source = SourceText(scalars: Array("Hannah Gutierrez-Reed\u{2019}s case and Nina\u{2019}\u{2019}s songs".unicodeScalars))
        let tokens = Tokenizer(lexicon: lexicon).tokenize(source, 0..<source.scalars.count)
        #expect(tokens.map(\.text) == ["Hannah", "Gutierrez-Reed", "case", "and", "Nina", "songs"])
        #expect(tokens[1].possessive && tokens[4].possessive && !tokens[0].possessive)
    }

    @Test func boilerplateLinesAreBlankedWithoutMovingOffsets() {
        let text = "Share via\nReal news here.\n0 Posted by - June 1\nMore to Read"
        let source = Normalizer(lexicon: lexicon).normalize(text, format: .plain)
        #expect(source.scalars.count == text.unicodeScalars.count)
        #expect(source.text(0..<source.scalars.count) == "Real news here.")
    }

    /// Promo and byline lines are short; a sentence that happens to open with the same
    /// words is article text and stays.
    @Test func sentencesOpeningLikeFurnitureAreKept() {
        let text = "Also on HuffPost:\nAlso on the bill are Ana Ruiz and Tom Ash, who played here in 2019.\nWritten by Jo Park"
        let kept = Normalizer(lexicon: lexicon).normalize(text, format: .plain)
        let body = kept.text(0..<kept.scalars.count)
        #expect(body.contains("Also on the bill are Ana Ruiz and Tom Ash, who played here in 2019."))
        #expect(!body.contains("HuffPost") && !body.contains("Jo Park"))
    }

    @Test func htmlTagsBecomeSpacesSoOffsetsPointIntoTheHTML() throws {
        let html = "<p>Director <b>Ana Ruiz</b> made <i>Blue Hour</i> &amp; more.</p>"
        let graph = try Extractor().extract(text: html, document: "a.html", format: .html)
        let node = try #require(graph.node("work/blue-hour"))
        #expect(node.type == .work)
        let edge = try #require(graph.edges.first { $0.relation == "director" })
        let scalars = Array(html.unicodeScalars)
        let ev = edge.evidence[0]
        #expect(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])).hasPrefix("Director <b>Ana Ruiz"))
        #expect(ev.text == "Director Ana Ruiz made Blue Hour & more.")
    }

    @Test func markdownEmphasisMarksTitles() throws {
        let md = "## News\n\nShowrunner Kim Osei is back with *Tidal Hearts*, her new series.\n"
        let graph = try Extractor().extract(text: md, document: "a.md", format: .markdown)
        #expect(graph.edges.contains { $0.relation == "showrunner" && $0.target == "work/tidal-hearts" })
    }

    @Test func formatGuess() {
        #expect(TextFormat.guess(path: "a.html", text: "") == .html)
        #expect(TextFormat.guess(path: "a.md", text: "") == .markdown)
        #expect(TextFormat.guess(path: "-", text: "<html><body><p>x</p></body></html>") == .html)
        #expect(TextFormat.guess(path: "-", text: "# Title\n\nText") == .markdown)
        #expect(TextFormat.guess(path: "-", text: "Plain words.") == .plain)
    }

    @Test func surnamesAndPronounsJoinTheFullName() throws {
        let text = "Cinematographer Rosa Imre shot the film \"Night Lake.\" Imre said she loved it. Her work on \"Cold Bay\" followed."
        let graph = try Extractor().extract(text: text, document: "t")
        let rosa = try #require(graph.node("person/rosa-imre"))
        #expect(rosa.aliases == ["Imre"])
        #expect(rosa.mentions >= 3)
        #expect(graph.edges.contains { $0.source == rosa.id && $0.target == "work/cold-bay" && $0.relation == "cinematographer" })
    }

    @Test func theFilmRefersToTheStorysNewWork() throws {
        let text = "The new documentary, \"Iron Coast,\" looks back at \"Old Pier.\" Directed by Lea Mont, the film opens Friday."
        let graph = try Extractor().extract(text: text, document: "t")
        #expect(graph.edges.contains { $0.source == "person/lea-mont" && $0.target == "work/iron-coast" && $0.relation == "director" })
        #expect(!graph.edges.contains { $0.target == "work/old-pier" && $0.relation == "director" })
    }

    @Test func rolesAreNormalizedByTheLexicon() throws {
        let text = "Actress Jo Park stars in \"Red Sky.\" Screenwriter Al Dunn penned \"Red Sky\" too. Director of photography Vic Lowe lit \"Red Sky.\""
        let graph = try Extractor().extract(text: text, document: "t")
        let roles = Set(graph.edges.filter { $0.kind == .credit }.map { "\($0.source) \($0.relation)" })
        #expect(roles.contains("person/jo-park actor"))
        #expect(roles.contains("person/al-dunn writer"))
        #expect(roles.contains("person/vic-lowe cinematographer"))
    }

    @Test func prizesAreNotEntities() throws {
        let text = "Oscar-winning director Ada Bell won the Palme d'Or and the Booker Prize for \"Stone Song.\""
        let graph = try Extractor().extract(text: text, document: "t")
        #expect(graph.nodes.allSatisfy { !$0.label.contains("Palme") && !$0.label.contains("Prize") && !$0.label.contains("Oscar") })
    }

    @Test func outputIsDeterministic() throws {
        let url = FixtureTests.directory.appendingPathComponent("film_news.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let a = try Extractor().extract(text: text, document: "d")
        let b = try Extractor().extract(text: text, document: "d")
        #expect(a.nodes == b.nodes)
        #expect(a.edges == b.edges)
    }

    @Test func lexiconFilesSayWhereTheirContentCameFrom() throws {
        let directory = Lexicon.bundledDirectory()
        for name in Lexicon.fileNames {
            let text = try String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
            #expect(text.hasPrefix("#"), "\(name).txt lacks its header")
            #expect(text.contains("Written for RoleGraph") || text.contains("public domain"), "\(name).txt does not say where it came from")
        }
    }

    @Test func missingLexiconIsAClearError() {
        #expect(throws: LexiconError.self) { try Lexicon(directory: URL(fileURLWithPath: "/nonexistent")) }
    }
}
