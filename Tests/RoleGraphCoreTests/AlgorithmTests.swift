import Testing
@testable import RoleGraphCore

/// A small credit graph computed by hand:
///
///     Org —(founder)— Ann —W1— Bob —W2— Cat —W3— Dan        Eve (alone)
///
/// Every person–work link is an `actor` credit; the chain is a path graph of 8 nodes.
func chainGraph() -> Graph {
    var g = Graph()
    for name in ["Ann", "Bob", "Cat", "Dan", "Eve"] { g.add(Node(label: name, type: .person)) }
    for w in ["W1", "W2", "W3"] { g.add(Node(label: w, type: .work)) }
    g.add(Node(label: "Org", type: .organization))
    let ev = Evidence(document: "doc.txt", start: 0, end: 20, text: "Ann and Bob starred in W1.")
    func credit(_ p: String, _ w: String, _ e: [Evidence] = []) {
        g.add(Edge(source: "person/\(p.lowercased())", target: "work/\(w.lowercased())", kind: .credit, relation: "actor", evidence: e))
    }
    credit("Ann", "W1", [ev]); credit("Bob", "W1", [ev])
    credit("Bob", "W2"); credit("Cat", "W2"); credit("Cat", "W3"); credit("Dan", "W3")
    g.add(Edge(source: "person/ann", target: "organization/org", kind: .affiliation, relation: "founder"))
    return g
}

@Suite struct AlgorithmTests {
    let q = QueryGraph(chainGraph())
    var c: CompactGraph { q.compact }
    func v(_ id: String) -> Int32 { c.index(ofID: id)! }

    @Test func compactFormKeepsNodesAndBothEndsOfEveryEdge() {
        #expect(c.nodeCount == 9)
        #expect(c.edgeCount == 7)
        #expect(c.degree(v("person/bob")) == 2)
        #expect(c.degree(v("person/eve")) == 0)
        #expect(c.label(v("work/w2")) == "W2")
        #expect(c.type(v("organization/org")) == .organization)
        let e = c.edge(from: v("work/w1"), to: v("person/ann"))
        #expect(e == Edge(source: "person/ann", target: "work/w1", kind: .credit, relation: "actor"))
    }

    @Test func shortestPathIsExplainedWithRolesAndEvidence() throws {
        let p = try #require(q.explainPath(from: v("person/ann"), to: v("person/dan")))
        #expect(p.nodes.map(\.id) == ["person/ann", "work/w1", "person/bob", "work/w2", "person/cat", "work/w3", "person/dan"])
        #expect(p.length == 6)
        #expect(p.edges[0].evidence.first?.text == "Ann and Bob starred in W1.")
        #expect(p.edges[1].source == "person/bob" && p.edges[1].target == "work/w1")
        #expect(p.summary == "Ann (actor) — W1 — Bob (actor) — W2 — Cat (actor) — W3 — Dan (actor)")
        #expect(p.text.contains("3 steps between people"))
        #expect(p.text.contains("\"Ann and Bob starred in W1.\" (doc.txt:0-20)"))
        #expect(q.explainPath(from: v("person/ann"), to: v("person/eve")) == nil)
        #expect(c.shortestPath(from: v("person/eve"), to: v("person/eve")) == [v("person/eve")])
    }

    @Test func separationCountsPeopleOneStepPerSharedWork() {
        let h = c.separation(from: v("person/ann"))
        #expect(h == SeparationHistogram(counts: [1, 1, 1, 1], unreachable: 1))
        #expect(c.separation(from: v("person/eve")) == SeparationHistogram(counts: [1], unreachable: 4))
    }

    @Test func componentsAndDegrees() {
        let comp = c.connectedComponents()
        #expect(comp.count == 2)
        #expect(comp.sizes[comp.bySize[0]] == 8)
        #expect(comp.componentOf[Int(v("person/ann"))] == comp.componentOf[Int(v("work/w3"))])
        #expect(comp.componentOf[Int(v("person/eve"))] != comp.componentOf[Int(v("person/ann"))])
        let top = c.topByDegree(3, type: .person)
        // Ann, Bob and Cat have 2 edges each; ties go to the smaller id.
        #expect(top.map { c.id($0.node) } == ["person/ann", "person/bob", "person/cat"])
        #expect(top.map(\.degree) == [2, 2, 2])
    }

    @Test func betweennessOnAPathGraphIsPositionTimesRest() {
        // Path graph of 8: the node at position i lies on i × (7 − i) pairs' paths.
        let bc = c.betweenness()
        let chain = ["organization/org", "person/ann", "work/w1", "person/bob", "work/w2", "person/cat", "work/w3", "person/dan"]
        for (i, id) in chain.enumerated() { #expect(bc[Int(v(id))] == Double(i * (7 - i)), "\(id)") }
        #expect(bc[Int(v("person/eve"))] == 0)
        // From every node as a sample the estimate equals the exact value.
        let all = (0..<Int32(c.nodeCount)).map { $0 }
        #expect(c.betweenness(sources: all) == bc)
    }

    @Test func betweennessSplitsOverEqualPaths() {
        // A square a-b-d, a-c-d: b and c each carry half of the (a, d) pair.
        var b = CompactGraphBuilder()
        let r = b.relation(kind: .other, name: "knows")
        let n = (0..<4).map { b.addNode(id: "person/\($0)", label: "\($0)", type: .person) }
        b.addEdge(n[0], n[1], relation: r); b.addEdge(n[0], n[2], relation: r)
        b.addEdge(n[1], n[3], relation: r); b.addEdge(n[2], n[3], relation: r)
        let g = try! b.build()
        #expect(g.betweenness() == [0.5, 0.5, 0.5, 0.5])
        let all = g.allShortestPaths(from: n[0], to: n[3], limit: 10)
        #expect(all.paths == [[n[0], n[1], n[3]], [n[0], n[2], n[3]]])
        #expect(all.truncated == false)
        let one = g.allShortestPaths(from: n[0], to: n[3], limit: 1)
        #expect(one.paths.count == 1 && one.truncated)
    }

    @Test func pageRankMatchesTheClosedForm() {
        // Two linked nodes and one isolated (dangling) node, damping 0.85:
        // y = 0.05 + 0.85 y / 3 and x = (1 − y) / 2.
        var b = CompactGraphBuilder()
        let r = b.relation(kind: .other, name: "knows")
        let x = b.addNode(id: "a", label: "a", type: .person)
        let y = b.addNode(id: "b", label: "b", type: .person)
        b.addNode(id: "z", label: "z", type: .person)
        b.addEdge(x, y, relation: r)
        let pr = try! b.build().pageRank(iterations: 500, tolerance: 1e-15)
        let dangling = 0.05 / (1 - 0.85 / 3)
        #expect(abs(pr[2] - dangling) < 1e-9)
        #expect(abs(pr[0] - (1 - dangling) / 2) < 1e-9)
        #expect(abs(pr.reduce(0, +) - 1) < 1e-9)
    }

    @Test func coCreditProjectionSaysWhoWorkedWithWhomOnWhat() {
        let proj = chainGraph().coCreditProjection()
        #expect(proj == [
            CoCredit(a: "person/ann", b: "person/bob", works: ["work/w1"]),
            CoCredit(a: "person/bob", b: "person/cat", works: ["work/w2"]),
            CoCredit(a: "person/cat", b: "person/dan", works: ["work/w3"]),
        ])
        #expect(c.coCreditPairCount() == (pairs: 3, weight: 3))
        #expect(c.collaborators(of: v("person/bob")).map { c.id($0.node) } == ["person/ann", "person/cat"])
    }

    @Test func coCreditCountsDistinctPairsAndWeights() {
        // P0, P1 share two works; P2 is on the second only: pairs {01, 02, 12}, weight 4.
        var b = CompactGraphBuilder()
        let r = b.relation(kind: .credit, name: "actor")
        let p = (0..<3).map { b.imdbNode(.name, number: $0 + 1) }
        let w = (0..<2).map { b.imdbNode(.title, number: $0 + 1) }
        b.addEdge(p[0], w[0], relation: r); b.addEdge(p[1], w[0], relation: r)
        b.addEdge(p[0], w[1], relation: r); b.addEdge(p[1], w[1], relation: r); b.addEdge(p[2], w[1], relation: r)
        let g = try! b.build()
        #expect(g.coCreditPairCount() == (pairs: 3, weight: 4))
        #expect(g.collaborators(of: p[0]).map(\.sharedWorks) == [2, 1])
    }

    @Test func egoGraphKeepsNodesWithinHops() {
        let ego = chainGraph().neighbourhood(of: "person/bob", hops: 1)
        #expect(ego.nodes.map(\.id) == ["person/bob", "work/w1", "work/w2"])
        #expect(ego.edgeCount == 2)
        #expect(chainGraph().neighbourhood(of: "person/bob", hops: 2).nodeCount == 5)
        #expect(chainGraph().neighbourhood(of: "person/nobody", hops: 2).isEmpty)
    }

    @Test func communitiesSeparateTwoCliques() {
        var b = CompactGraphBuilder()
        let r = b.relation(kind: .other, name: "knows")
        let n = (0..<8).map { b.addNode(id: "p\($0)", label: "", type: .person) }
        for base in [0, 4] { for i in 0..<4 { for j in (i + 1)..<4 { b.addEdge(n[base + i], n[base + j], relation: r) } } }
        b.addEdge(n[3], n[4], relation: r)
        let g = try! b.build()
        let (com, _) = g.communities(seed: 7)
        #expect(Set(com[0..<4]).count == 1)
        #expect(Set(com[4..<8]).count == 1)
        #expect(com[0] != com[4])
        #expect(g.communities(seed: 7).communityOf == com)
    }
}

/// The parallel paths must give what one thread gives, on a graph with hubs and
/// repeated pairs.
@Suite struct ParallelAgreementTests {
    func randomCredits() -> (CompactGraphBuilder, [Int32], [Int32], [UInt16]) {
        var rng = SplitMix64(seed: 9)
        var b = CompactGraphBuilder()
        let roles = [b.relation(kind: .credit, name: "actor"), b.relation(kind: .credit, name: "director")]
        var a: [Int32] = [], c: [Int32] = [], r: [UInt16] = []
        for t in 0..<300 {
            for _ in 0..<Int(rng.next() % 8) {
                let p = Int(rng.next() % 200)
                let person = b.imdbNode(.name, number: p < 20 ? p % 3 : p)
                let title = b.imdbNode(.title, number: t)
                let role = roles[Int(rng.next() % 2)]
                b.addEdge(person, title, relation: role)
                a.append(person); c.append(title); r.append(role)
            }
        }
        return (b, a, c, r)
    }

    @Test func layoutPageRankAndCoCreditAgreeAcrossThreadCounts() throws {
        let (b, a, c, r) = randomCredits()
        let g = try b.build()
        for workers in [1, 2, 3] {
            let (off, tg, inf) = CompactGraphBuilder.layOut(nodes: g.nodeCount, edgeA: a, edgeB: c, edgeInfo: r, workers: workers)
            #expect(off == g.offsets && tg == g.targets && inf == g.infos, "\(workers) workers")
        }
        let one = g.pageRank(iterations: 30, threads: 1)
        let two = g.pageRank(iterations: 30, threads: 2)
        #expect(zip(one, two).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(g.coCreditPairCount(threads: 1) == g.coCreditPairCount(threads: 2))
        let sources = g.sampleSources(40, seed: 3)
        let b1 = g.betweenness(sources: sources, threads: 1), b2 = g.betweenness(sources: sources, threads: 2)
        #expect(zip(b1, b2).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0)) })
    }

    /// Betweenness from its definition: for every pair s < t and every other v on a shortest
    /// s–t path, add σ(s,v)·σ(v,t)/σ(s,t), with path counts from a BFS per node (parallel
    /// edges count as separate paths, as in Brandes).
    @Test func betweennessMatchesItsDefinition() throws {
        let (b, _, _, _) = randomCredits()
        let g = try b.build()
        let n = g.nodeCount
        var dist = [[Int]](), sigma = [[Double]]()
        for s in 0..<n {
            var d = [Int](repeating: -1, count: n), sg = [Double](repeating: 0, count: n)
            d[s] = 0; sg[s] = 1
            var queue = [s], head = 0
            while head < queue.count {
                let u = queue[head]; head += 1
                for v in g.neighbors(Int32(u)).map(Int.init) {
                    if d[v] < 0 { d[v] = d[u] + 1; queue.append(v) }
                    if d[v] == d[u] + 1 { sg[v] += sg[u] }
                }
            }
            dist.append(d); sigma.append(sg)
        }
        var expected = [Double](repeating: 0, count: n)
        for s in 0..<n { for t in (s + 1)..<n where dist[s][t] > 0 {
            for v in 0..<n where v != s && v != t && dist[s][v] > 0 && dist[v][t] > 0 && dist[s][v] + dist[v][t] == dist[s][t] {
                expected[v] += sigma[s][v] * sigma[v][t] / sigma[s][t]
            }
        } }
        for threads in [1, 2] {
            let got = g.betweenness(threads: threads)
            #expect(zip(got, expected).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }, "\(threads) threads")
        }
    }

    /// Distinct co-credit pairs counted by brute force over the rich projection.
    @Test func coCreditCountMatchesBruteForce() throws {
        let (b, _, _, _) = randomCredits()
        let g = try b.build()
        var pairs = Set<[Int32]>()
        var weight = 0
        for w in 0..<Int32(g.nodeCount) where !g.isPerson(w) {
            let cast = Array(Set(g.neighbors(w))).sorted()
            weight += cast.count * (cast.count - 1) / 2
            for i in cast.indices { for j in (i + 1)..<cast.count { pairs.insert([cast[i], cast[j]]) } }
        }
        #expect(g.coCreditPairCount(threads: 2) == (pairs: pairs.count, weight: weight))
    }
}
