/// Why a name given on the command line does not pick out one node.
public enum LookupError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    /// The query and up to twenty candidates as `id (label)`, sorted, plus how many there are.
    case ambiguous(String, candidates: [String], total: Int)

    public var description: String {
        switch self {
        case .notFound(let q):
            "no node has the id, name or alias '\(q)'"
        case .ambiguous(let q, let c, let total):
            "'\(q)' names \(total) nodes; use one of these ids: " + c.joined(separator: ", ")
                + (total > c.count ? ", ... (\(total - c.count) more)" : "")
        }
    }
}

extension CompactGraph {
    /// The one node whose id, external id, label or alias is `query`, ignoring case. An
    /// exact id (or external id such as `nm0000102`) wins outright; otherwise several
    /// nodes sharing the name is an error listing them.
    ///
    /// - Complexity: O(V + total name bytes); a scan, which takes milliseconds even for a
    ///   million nodes and needs no index in memory.
    public func resolve(_ query: String) throws(LookupError) -> Int32 {
        let q = query.trimmingWhitespace()
        guard !q.isEmpty else { throw .notFound(query) }
        let folded = Array(q.lowercased().utf8)
        let qIsASCII = folded.allSatisfy { $0 < 128 }
        // Nodes imported by number store no id; theirs is `type/` + external id.
        var derived: (UInt8, [UInt8])? = nil
        if let slash = folded.firstIndex(of: 47),
           let t = EntityType(rawValue: String(decoding: folded[..<slash], as: UTF8.self)) {
            derived = (t.code, Array(folded[(slash + 1)...]))
        }
        var idHits: [Int32] = []
        var nameHits: [Int32] = []
        for i in 0..<nodeCount {
            let v = Int32(i)
            if ids.starts[i] != ids.starts[i + 1] {
                if Self.equalFolded(ids.bytes(i), folded, qIsASCII) { idHits.append(v); continue }
            } else if let (t, rest) = derived, types[i] == t,
                      Self.equalFolded(externalIDs.bytes(i), rest, qIsASCII) {
                idHits.append(v); continue
            }
            if Self.equalFolded(externalIDs.bytes(i), folded, qIsASCII) { idHits.append(v); continue }
            if Self.equalFolded(labels.bytes(i), folded, qIsASCII) { nameHits.append(v) }
        }
        if idHits.count == 1 { return idHits[0] }
        if let hits = aliases[q.lowercased()] { nameHits.append(contentsOf: hits) }
        let all = Array(Set(idHits + nameHits)).sorted()
        if all.count == 1 { return all[0] }
        if all.isEmpty { throw .notFound(query) }
        let listed = all.prefix(20).map { "\(id($0)) (\(label($0)))" }
        throw .ambiguous(query, candidates: listed, total: all.count)
    }

    /// Case-insensitive equality of UTF-8 bytes with an already lower-cased query; ASCII
    /// stays on bytes, anything else goes through String lower-casing.
    private static func equalFolded(_ s: ArraySlice<UInt8>, _ folded: [UInt8], _ qIsASCII: Bool) -> Bool {
        if s.isEmpty { return false }
        if qIsASCII {
            guard s.count == folded.count else { return false }
            var i = 0
            for c in s {
                if c >= 128 { return false }
                let l = c >= 65 && c <= 90 ? c + 32 : c
                if l != folded[i] { return false }
                i += 1
            }
            return true
        }
        return Array(String(decoding: s, as: UTF8.self).lowercased().utf8) == folded
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
