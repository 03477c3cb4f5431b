import Foundation
import RoleGraphTestSupport
import Testing
import RoleGraphExport
@testable import RoleGraphRender

@Suite struct GraphvizFailureTests {
    let graphviz = try! Graphviz()

    /// 500 people and 1,000 random-looking credits: over two minutes in `dot`.
    static func denseDOT() -> String {
        var out = "digraph {\n"
        var state: UInt64 = 42
        for _ in 0..<1_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let a = Int(state >> 33) % 500, b = Int(state >> 13) % 500
            out += "n\(a) -> n\(b);\n"
        }
        for i in 0..<500 { out += "n\(i);\n" }
        return out + "}\n"
    }

    @Test func sizeGuardRefusesDenseGraphsForDotWithAdvice() throws {
        let dense = Self.denseDOT()
        #expect {
            _ = try graphviz.render(dot: dense, format: .svg, engine: .dot)
        } throws: { error in
            let message = "\(error)"
            return message.contains("too big for the dot engine") && message.contains("--engine sfdp")
                && message.contains("--focus") && !message.contains("\n")
        }
        // sfdp is fine with it.
        let svg = try graphviz.render(dot: dense, format: .svg, engine: .sfdp)
        #expect(svg.count > 10_000)
    }

    @Test func manySeparatePiecesAreRefusedByPackingEnginesOnly() throws {
        let scattered = "digraph {\n" + (0..<800).map { "n\($0);\n" }.joined() + "a -> b; b -> c;\n}"
        for engine in [LayoutEngine.sfdp, .neato, .circo] {
            #expect {
                _ = try graphviz.render(dot: scattered, format: .plain, engine: engine)
            } throws: { error in
                let message = "\(error)"
                return message.contains("801 separate pieces") && message.contains("--engine dot")
                    && message.contains("--max-components 801")
            }
        }
        let plain = String(decoding: try graphviz.render(dot: scattered, format: .plain, engine: .dot), as: UTF8.self)
        #expect(plain.split(separator: "\n").filter { $0.hasPrefix("node ") }.count == 803)
    }

    @Test func limitsAreOptionsNotHiddenCaps() throws {
        let small = "digraph { a -> b; b -> c; c -> a }"
        #expect(throws: RenderError.self) {
            try graphviz.render(dot: small, format: .plain, limits: LayoutLimits(maxNodes: 2, maxEdges: 10))
        }
        #expect(try !graphviz.render(dot: small, format: .plain, limits: .unlimited).isEmpty)
        let guardDot = LayoutLimits.standard(for: .dot)
        #expect(throws: Never.self) { try guardDot.check(nodes: 2_000, edges: 2_100, engine: .dot) }
        #expect(throws: RenderError.self) { try guardDot.check(nodes: 300, edges: 600, engine: .dot) }
        // Advice names another engine only when that engine would take the graph.
        func advice(_ nodes: Int, _ edges: Int) -> String {
            do {
                try LayoutLimits.standard(for: .neato).check(nodes: nodes, edges: edges, engine: .neato)
                return ""
            } catch { return "\(error)" }
        }
        #expect(advice(3_000, 6_000).contains("use --engine sfdp"))
        #expect(!advice(19_000, 40_000).contains("--engine"))
        #expect(advice(19_000, 40_000).contains("--focus NAME"))
    }

    @Test(arguments: [
        "digraph { a -> }",
        "digraph { a -> b",
        "not a graph at all",
        "digraph { a -> b } }",
        "digraph { a } digraph { b }",
        "",
        "   ",
        "digraph { a [label=\"unterminated] }",
        "digraph { a -> b }\u{0} garbage",
    ])
    func badDOTIsAOneLineErrorAndTheParserRecovers(text: String) throws {
        #expect {
            _ = try graphviz.parse(dot: text)
        } throws: { error in
            guard case RenderError.badDOT(let message) = error else { return false }
            return !message.isEmpty && !"\(error)".contains("\n")
        }
        #expect(throws: RenderError.self) { try graphviz.render(dot: text, format: .svg) }
        let fine = try graphviz.parse(dot: "digraph { x -> y; y -> z }")
        #expect(fine.nodeCount == 3 && fine.edgeCount == 2)
    }

    @Test func syntaxErrorsNameTheLine() {
        #expect {
            _ = try graphviz.parse(dot: "digraph {\n a -> b;\n c -> ;\n}")
        } throws: { error in "\(error)".contains("line 3") }
    }

    @Test func warningsDoNotFailARender() throws {
        // Graphviz only warns about an unknown shape and draws a box instead.
        let svg = try graphviz.render(dot: "digraph { a [shape=nosuchshape] }", format: .svg)
        #expect(!svg.isEmpty)
    }

    @Test func concurrentCallersAreSerialized() async throws {
        let dot = DOTWriter.write(Samples.film())
        let expected = try graphviz.render(dot: dot, format: .plain)
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for index in 0..<8 {
                group.addTask {
                    // Half share one instance, half bring their own context.
                    let own = index.isMultiple(of: 2) ? try Graphviz() : graphviz
                    return try own.render(dot: dot, format: .plain)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }
}
