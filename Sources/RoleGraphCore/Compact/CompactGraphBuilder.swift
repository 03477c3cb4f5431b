/// Builds a `CompactGraph` in one streaming pass: nodes and edges are appended as rows
/// arrive, and `build()` lays the adjacency out with a counting sort, so memory follows
/// the graph (about 10 bytes per edge while building), never the input file.
///
/// Nodes are named either by a string id (`addNode(id:label:type:)`) or, for IMDb-style
/// identifiers such as `nm0000102`/`tt0087277`, by prefix and number
/// (`imdbNode(_:number:)`), which skips hashing strings altogether.
public struct CompactGraphBuilder: Sendable {
    public enum IMDbKind: Sendable {
        /// `nm…` ids: people.
        case name
        /// `tt…` ids: works.
        case title
    }

    private var types: [UInt8] = []
    private var ids = ByteStrings()
    private var externalIDs = ByteStrings()
    // Labels may be set after the node exists (names come from another file), so they are
    // kept as spans into a growing blob and laid out in node order by build().
    private var labelBlob: [UInt8] = []
    private var labelSpans: [UInt64] = []
    private var indexByID: [String: Int32] = [:]
    private var nameIndex: [Int32] = []
    private var titleIndex: [Int32] = []
    private var numberedOverflow: [Int: Int32] = [:]
    private var edgeA: [Int32] = []
    private var edgeB: [Int32] = []
    private var edgeInfo: [UInt16] = []
    private var relations: [CompactGraph.Relation] = []
    private var relationIndex: [CompactGraph.Relation: UInt16] = [:]
    private var aliases: [String: [Int32]] = [:]

    /// IMDb numbers above this go to a dictionary instead of a direct table.
    private static let directTableLimit = 1 << 26

    public init() {}

    public var nodeCount: Int { types.count }
    public var edgeCount: Int { edgeA.count }

    /// Reserves room for the expected sizes, sparing reallocation copies on big imports.
    public mutating func reserve(nodes: Int, edges: Int) {
        types.reserveCapacity(nodes)
        labelSpans.reserveCapacity(nodes)
        edgeA.reserveCapacity(edges)
        edgeB.reserveCapacity(edges)
        edgeInfo.reserveCapacity(edges)
    }

    /// The node with this id, added if new. A label given for an existing node replaces an
    /// empty one only.
    ///
    /// - Complexity: O(length of id) amortized.
    @discardableResult
    public mutating func addNode(id: String, label: String, type: EntityType, externalID: String? = nil) -> Int32 {
        if let v = indexByID[id] {
            if labelSpans[Int(v)] & 0xFFFF_FFFF == 0 && !label.isEmpty { setLabel(v, label) }
            return v
        }
        let v = appendNode(type: type)
        ids.append(id.utf8)
        externalIDs.append((externalID ?? "").utf8)
        indexByID[id] = v
        if !label.isEmpty { setLabel(v, label) }
        return v
    }

    /// The node for an IMDb id such as `nm0000102` (kind `.name`, number 102), added if new
    /// with the id `person/nm0000102` (or `work/tt…`) and no label yet.
    ///
    /// - Complexity: O(1) amortized.
    public mutating func imdbNode(_ kind: IMDbKind, number: Int) -> Int32 {
        precondition(number >= 0, "IMDb numbers are not negative")
        if number < Self.directTableLimit {
            let existing = kind == .name ? lookupDirect(nameIndex, number) : lookupDirect(titleIndex, number)
            if existing >= 0 { return existing }
        } else {
            let key = kind == .name ? number : -number - 1
            if let v = numberedOverflow[key] { return v }
        }
        let v = appendNode(type: kind == .name ? .person : .work)
        ids.starts.append(Int32(truncatingIfNeeded: ids.bytes.count))
        appendIMDbText(kind, number)
        if number < Self.directTableLimit {
            if kind == .name { storeDirect(&nameIndex, number, v) } else { storeDirect(&titleIndex, number, v) }
        } else {
            numberedOverflow[kind == .name ? number : -number - 1] = v
        }
        return v
    }

    /// The node for an IMDb id, if one was made.
    public func existingIMDbNode(_ kind: IMDbKind, number: Int) -> Int32? {
        guard number >= 0 else { return nil }
        let v = number < Self.directTableLimit
            ? lookupDirect(kind == .name ? nameIndex : titleIndex, number)
            : numberedOverflow[kind == .name ? number : -number - 1] ?? -1
        return v >= 0 ? v : nil
    }

    /// Adds one credit row per index i: person `nm<names[i]>` -> work `tt<titles[i]>`
    /// with relation `relations[i]`, creating nodes on first sight. The fast path for
    /// IMDb-style files: a reader parses a batch of rows into numbers (on several cores
    /// if it likes), then hands the batch over; node lookups happen in one tight loop.
    ///
    /// - Complexity: O(rows) amortized.
    public mutating func addIMDbCredits(names: UnsafeBufferPointer<Int32>, titles: UnsafeBufferPointer<Int32>,
                                        relations: UnsafeBufferPointer<UInt16>) {
        precondition(names.count == titles.count && titles.count == relations.count, "one relation per row")
        for r in relations { precondition(Int(r) < self.relations.count, "unregistered relation") }
        // Person numbers are scattered, so their table lookups miss the cache. Looking up
        // a block of them in a loop with no other work lets the loads overlap; the rows
        // are then added in order, creating the nodes not found (or new in this block).
        let block = 256
        var found = [Int32](repeating: -1, count: block)
        var works = [Int32](repeating: -1, count: block)
        var start = 0
        while start < names.count {
            let end = min(start + block, names.count)
            nameIndex.withUnsafeBufferPointer { table in
                for i in start..<end {
                    let x = Int(names[i])
                    found[i - start] = x >= 0 && x < table.count ? table[x] : -1
                }
            }
            // Rows come grouped by title, so most title lookups repeat the previous one.
            var lastTitle: Int32 = -1, lastWork: Int32 = -1
            for i in start..<end {
                if found[i - start] < 0 { found[i - start] = imdbNode(.name, number: Int(names[i])) }
                if titles[i] != lastTitle || lastWork < 0 {
                    lastTitle = titles[i]
                    lastWork = imdbNode(.title, number: Int(titles[i]))
                }
                works[i - start] = lastWork
            }
            // Whole blocks at a time: one capacity and uniqueness check per array, not per row.
            found.withUnsafeBufferPointer { edgeA.append(contentsOf: $0.prefix(end - start)) }
            works.withUnsafeBufferPointer { edgeB.append(contentsOf: $0.prefix(end - start)) }
            edgeInfo.append(contentsOf: UnsafeBufferPointer(rebasing: relations[start..<end]))
            start = end
        }
    }

    /// Sets (or replaces) a node's label from UTF-8 bytes.
    public mutating func setLabel(_ v: Int32, utf8 label: some Collection<UInt8>) {
        let start = labelBlob.count
        labelBlob.append(contentsOf: label)
        labelSpans[Int(v)] = UInt64(start) << 32 | UInt64(labelBlob.count - start)
    }

    public mutating func setLabel(_ v: Int32, _ label: String) { setLabel(v, utf8: label.utf8) }

    public mutating func addAlias(_ v: Int32, _ alias: String) {
        aliases[alias.lowercased(), default: []].append(v)
    }

    /// The id of a relation, registered on first use.
    public mutating func relation(kind: EdgeKind, name: String) -> UInt16 {
        let r = CompactGraph.Relation(kind: kind, name: name)
        if let i = relationIndex[r] { return i }
        precondition(relations.count < EdgeInfo.maxRelations, "more than 32767 distinct relations")
        let i = UInt16(relations.count)
        relations.append(r)
        relationIndex[r] = i
        return i
    }

    /// Adds an edge stored as a -> b.
    ///
    /// - Complexity: O(1) amortized.
    @inline(__always)
    public mutating func addEdge(_ a: Int32, _ b: Int32, relation: UInt16) {
        precondition(a >= 0 && b >= 0 && Int(max(a, b)) < types.count && Int(relation) < relations.count,
                     "edge names a node or relation the builder lacks")
        edgeA.append(a)
        edgeB.append(b)
        edgeInfo.append(relation)
    }

    /// Lays out the adjacency: counting sort by node, then each list sorted by
    /// (neighbour, info).
    ///
    /// - Complexity: O(V + E + Σ d log d) time, O(V + E) memory.
    public consuming func build() throws(CompactGraphError) -> CompactGraph {
        let n = types.count
        let m = edgeA.count
        guard 2 * m <= Int(Int32.max), labelBlob.count <= Int(Int32.max),
              ids.bytes.count <= Int(Int32.max), externalIDs.bytes.count <= Int(Int32.max)
        else { throw .tooLarge }
        let (offsets, targets, infos) = Self.layOut(nodes: n, edgeA: edgeA, edgeB: edgeB, edgeInfo: edgeInfo)
        edgeA = []; edgeB = []; edgeInfo = []

        let labels = Self.layOutLabels(spans: labelSpans, blob: labelBlob)
        for k in aliases.keys { aliases[k] = Array(Set(aliases[k]!)).sorted() }
        return CompactGraph(offsets: offsets, targets: targets, infos: infos, relations: relations,
                            types: types, ids: ids, labels: labels, externalIDs: externalIDs, aliases: aliases)
    }

    /// Labels in node order. When they were set in node order, each once (or not at all, as
    /// in an IMDb import without its names file), the blob already is that order and only
    /// the starts are computed; otherwise each label is copied to its place.
    ///
    /// - Complexity: O(V + label bytes).
    static func layOutLabels(spans: [UInt64], blob: [UInt8]) -> ByteStrings {
        var starts = [Int32](repeating: 0, count: spans.count + 1)
        var inOrder = true
        var end = 0
        spans.withUnsafeBufferPointer { sp in
            starts.withUnsafeMutableBufferPointer { st in
                for v in 0..<sp.count {
                    let start = Int(sp[v] >> 32), len = Int(sp[v] & 0xFFFF_FFFF)
                    if len > 0 && start != end { inOrder = false; break }
                    end += len
                    st[v + 1] = Int32(truncatingIfNeeded: end)
                }
            }
        }
        if inOrder && end == blob.count { return ByteStrings(bytes: blob, starts: starts) }
        var labels = ByteStrings()
        labels.bytes.reserveCapacity(blob.count)
        labels.starts.reserveCapacity(spans.count + 1)
        for span in spans {
            let start = Int(span >> 32), len = Int(span & 0xFFFF_FFFF)
            labels.append(blob[start..<start + len])
        }
        return labels
    }

    /// Counting sort of the edge list into CSR over both ends. With two or more cores the
    /// edge list is cut in halves (thirds, ...): each worker counts its own part, the
    /// counts give every worker its own cursor per node, and the workers scatter in
    /// parallel into disjoint slots, in the order a single pass would use.
    static func layOut(nodes n: Int, edgeA: [Int32], edgeB: [Int32], edgeInfo: [UInt16], workers requested: Int = 0) -> ([Int32], [Int32], [UInt16]) {
        let m = edgeA.count
        let workers = Parallel.workers(requested: requested, limit: requested > 0 ? max(1, m) : max(1, m / 500_000))
        let cuts = (0...workers).map { m * $0 / workers }
        // The scatter writes every slot, so the big arrays skip zero-filling.
        var targets = [Int32](unsafeUninitializedCapacity: 2 * m) { _, c in c = 2 * m }
        var infos = [UInt16](unsafeUninitializedCapacity: 2 * m) { _, c in c = 2 * m }
        var cursors = edgeA.withUnsafeBufferPointer { ea in
            edgeB.withUnsafeBufferPointer { eb in
                Parallel.map(workers) { w in
                    var count = [Int32](repeating: 0, count: n)
                    count.withUnsafeMutableBufferPointer { c in
                        for i in cuts[w]..<cuts[w + 1] { c[Int(ea[i])] &+= 1; c[Int(eb[i])] &+= 1 }
                    }
                    return count
                }
            }
        }
        var offsets = [Int32](repeating: 0, count: n + 1)
        var running: Int32 = 0
        for v in 0..<n {
            offsets[v] = running
            for w in 0..<workers {
                let c = cursors[w][v]
                cursors[w][v] = running
                running &+= c
            }
        }
        offsets[n] = running
        targets.withUnsafeMutableBufferPointer { tgB in
            infos.withUnsafeMutableBufferPointer { infB in
                cursors.withUnsafeMutableBufferPointer { curs in
                    edgeA.withUnsafeBufferPointer { ea in
                        edgeB.withUnsafeBufferPointer { eb in
                            edgeInfo.withUnsafeBufferPointer { ei in
                                let tg = SharedPointer(tgB.baseAddress!), inf = SharedPointer(infB.baseAddress!)
                                let cs = SharedPointer(curs.baseAddress!)
                                let sinks = Parallel.map(workers) { w in
                                    cs.base[w].withUnsafeMutableBufferPointer { cur in
                                        // The cursor loads miss the cache (one end of most edges
                                        // is a scattered person). Reading a block's cursors first,
                                        // in a loop with nothing else to wait for, lets those
                                        // misses overlap; the scatter then finds them cached.
                                        var sink: Int32 = 0
                                        var i = cuts[w]
                                        while i < cuts[w + 1] {
                                            let blockEnd = min(i + 64, cuts[w + 1])
                                            for k in i..<blockEnd { sink &+= cur[Int(ea[k])] }
                                            for k in i..<blockEnd {
                                                let a = Int(ea[k]), b = Int(eb[k]), r = ei[k]
                                                let pa = Int(cur[a]), pb = Int(cur[b])
                                                tg.base[pa] = Int32(b); inf.base[pa] = r; cur[a] = Int32(pa + 1)
                                                tg.base[pb] = Int32(a); inf.base[pb] = r | 0x8000; cur[b] = Int32(pb + 1)
                                            }
                                            i = blockEnd
                                        }
                                        return sink
                                    }
                                }
                                // Keeps the touching loads from being optimized away.
                                if sinks.contains(Int32.min) { _ = sinks.count }
                            }
                        }
                    }
                }
            }
        }
        cursors = []
        AdjacencySort.sortLists(offsets: offsets, targets: &targets, infos: &infos)
        return (offsets, targets, infos)
    }

    private mutating func appendNode(type: EntityType) -> Int32 {
        precondition(types.count < Int(Int32.max), "more than 2^31 nodes")
        let v = Int32(types.count)
        types.append(type.code)
        labelSpans.append(0)
        return v
    }

    private func lookupDirect(_ table: [Int32], _ number: Int) -> Int32 {
        number < table.count ? table[number] : -1
    }

    private func storeDirect(_ table: inout [Int32], _ number: Int, _ v: Int32) {
        if number >= table.count {
            let grown = max(number + 1, table.count * 2, 1024)
            table.append(contentsOf: repeatElement(-1, count: min(grown, Self.directTableLimit) - table.count))
        }
        table[number] = v
    }

    /// `nm` / `tt` followed by the number, zero-padded to at least 7 digits as IMDb
    /// writes it, appended to the external-id blob without a temporary array.
    private mutating func appendIMDbText(_ kind: IMDbKind, _ number: Int) {
        var digits = 1, x = number
        while x >= 10 { x /= 10; digits += 1 }
        let width = max(digits, 7)
        externalIDs.bytes.append(kind == .name ? 110 : 116)
        externalIDs.bytes.append(kind == .name ? 109 : 116)
        let start = externalIDs.bytes.count
        externalIDs.bytes.append(contentsOf: repeatElement(48, count: width))
        x = number
        var i = start + width - 1
        while x > 0 { externalIDs.bytes[i] = UInt8(48 + x % 10); x /= 10; i -= 1 }
        externalIDs.starts.append(Int32(truncatingIfNeeded: externalIDs.bytes.count))
    }
}

public enum CompactGraphError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooLarge

    public var description: String {
        "the graph is too large for the compact form (over 2^31 adjacency entries or name bytes)"
    }
}

enum AdjacencySort {
    /// Sorts every adjacency list by (neighbour, info): insertion sort for short lists,
    /// a packed 64-bit sort for long ones, so a hub never costs quadratic time.
    static func sortLists(offsets: [Int32], targets: inout [Int32], infos: inout [UInt16]) {
        let ranges = Parallel.balancedRanges(offsets: offsets, parts: Parallel.workers(limit: max(1, targets.count / 1_000_000)))
        targets.withUnsafeMutableBufferPointer { tgB in
            infos.withUnsafeMutableBufferPointer { infB in
                offsets.withUnsafeBufferPointer { off in
                    let tgP = SharedPointer(tgB.baseAddress!), infP = SharedPointer(infB.baseAddress!)
                    Parallel.forEach(ranges.count) { part in
                        let tg = tgP.base, inf = infP.base
                        var scratch: [UInt64] = []
                        for v in ranges[part] {
                            let lo = Int(off[v]), hi = Int(off[v + 1])
                            if hi - lo < 2 { continue }
                            if hi - lo <= 32 {
                                for i in (lo + 1)..<hi {
                                    let t = tg[i], f = inf[i]
                                    var j = i - 1
                                    while j >= lo && (tg[j] > t || (tg[j] == t && inf[j] > f)) {
                                        tg[j + 1] = tg[j]; inf[j + 1] = inf[j]; j -= 1
                                    }
                                    tg[j + 1] = t; inf[j + 1] = f
                                }
                            } else {
                                scratch.removeAll(keepingCapacity: true)
                                for i in lo..<hi { scratch.append(UInt64(UInt32(tg[i])) << 16 | UInt64(inf[i])) }
                                scratch.sort()
                                for (k, p) in scratch.enumerated() {
                                    tg[lo + k] = Int32(truncatingIfNeeded: p >> 16); inf[lo + k] = UInt16(truncatingIfNeeded: p)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
