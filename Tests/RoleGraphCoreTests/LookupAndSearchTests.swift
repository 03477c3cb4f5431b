import Testing
@testable import RoleGraphCore

@Suite struct LookupAndSearchTests {
    @Test func namesResolveByIdLabelAliasOrExternalIDIgnoringCase() throws {
        var g = chainGraph()
        g.add(Node(label: "Eve", type: .person, aliases: ["Evie"], externalIDs: ["nm0000007"]))
        let q = QueryGraph(g)
        let eve = q.compact.index(ofID: "person/eve")!
        #expect(try q.resolve("person/eve") == eve)
        #expect(try q.resolve("  eVe ") == eve)
        #expect(try q.resolve("EVIE") == eve)
        #expect(try q.resolve("NM0000007") == eve)
        #expect(throws: LookupError.notFound("Zed")) { try q.resolve("Zed") }
    }

    @Test func aNameSharedByTwoNodesIsAnErrorListingThem() {
        var g = Graph()
        g.add(Node(id: "person/john-smith-1", label: "John Smith", type: .person))
        g.add(Node(id: "person/john-smith-2", label: "John Smith", type: .person))
        let q = QueryGraph(g)
        #expect(throws: LookupError.ambiguous("john smith", candidates: [
            "person/john-smith-1 (John Smith)", "person/john-smith-2 (John Smith)"], total: 2)) {
            try q.resolve("john smith")
        }
        #expect(LookupError.ambiguous("x", candidates: ["a (A)"], total: 1).description.contains("a (A)"))
    }

    @Test func imdbNumberedNodesGetIDsFromTheirNumbers() throws {
        var b = CompactGraphBuilder()
        let p = b.imdbNode(.name, number: 102)
        let t = b.imdbNode(.title, number: 87277)
        #expect(b.imdbNode(.name, number: 102) == p)
        #expect(b.imdbNode(.title, number: 102) != p)
        let big = b.imdbNode(.name, number: 123_456_789)
        b.setLabel(p, "Kevin Bacon")
        b.addEdge(p, t, relation: b.relation(kind: .credit, name: "actor"))
        let g = try b.build()
        #expect(g.id(p) == "person/nm0000102")
        #expect(g.id(t) == "work/tt0087277")
        #expect(g.externalID(big) == "nm123456789")
        #expect(g.label(t) == "tt0087277")
        #expect(try g.resolve("kevin bacon") == p)
        #expect(try g.resolve("person/nm0000102") == p)
        #expect(try g.resolve("tt0087277") == t)
        #expect(g.index(ofID: "work/tt0087277") == t)
    }

    @Test func bulkCreditRowsBuildTheSameGraphAsSingleEdges() throws {
        let names: [Int32] = [7, 8, 7, 9], titles: [Int32] = [1, 1, 2, 2]
        var bulk = CompactGraphBuilder()
        let r = bulk.relation(kind: .credit, name: "actor")
        let rels = [UInt16](repeating: r, count: 4)
        names.withUnsafeBufferPointer { n in titles.withUnsafeBufferPointer { t in rels.withUnsafeBufferPointer { rr in
            bulk.addIMDbCredits(names: n, titles: t, relations: rr)
        } } }
        var single = CompactGraphBuilder()
        _ = single.relation(kind: .credit, name: "actor")
        for i in 0..<4 {
            single.addEdge(single.imdbNode(.name, number: Int(names[i])), single.imdbNode(.title, number: Int(titles[i])), relation: r)
        }
        let a = try bulk.build(), b = try single.build()
        #expect(a.offsets == b.offsets && a.targets == b.targets && a.infos == b.infos)
        #expect((0..<Int32(a.nodeCount)).map(a.id) == ["person/nm0000007", "work/tt0000001", "person/nm0000008", "work/tt0000002", "person/nm0000009"])
        #expect(a.coCreditPairCount() == (pairs: 2, weight: 2))
    }

    /// Bidirectional search must agree with plain BFS distances on every pair, and every
    /// path it returns must follow edges.
    @Test func bidirectionalSearchAgreesWithBFS() {
        var rng = SplitMix64(seed: 42)
        var b = CompactGraphBuilder()
        let r = b.relation(kind: .credit, name: "actor")
        let people = (0..<60).map { b.imdbNode(.name, number: $0) }
        let works = (0..<25).map { b.imdbNode(.title, number: $0) }
        for w in works {
            for _ in 0..<Int(rng.next() % 4) { b.addEdge(people[Int(rng.next() % 60)], w, relation: r) }
        }
        let g = try! b.build()
        var ws = SearchWorkspace(nodeCount: g.nodeCount)
        for s in 0..<Int32(g.nodeCount) {
            let dist = g.distances(from: s)
            for t in 0..<Int32(g.nodeCount) {
                let p = g.shortestPath(from: s, to: t, workspace: &ws)
                #expect((p.map { $0.count - 1 } ?? -1) == Int(dist[Int(t)]))
                if let p {
                    #expect(p.first == s && p.last == t)
                    for i in p.indices.dropLast() { #expect(g.neighbors(p[i]).contains(p[i + 1])) }
                }
            }
        }
    }
}
