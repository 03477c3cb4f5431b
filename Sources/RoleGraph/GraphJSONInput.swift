import Foundation

/// Reads the node-link JSON of CONTRACT.md back into a `Graph` for queries.
///
/// This is the reading side the query commands need; where a full reader with
/// line-accurate errors is available (`JSONGraphReader`), this function should defer
/// to it.
func readGraphJSON(_ bytes: [UInt8], name: String) throws -> Graph {
    let root: Any
    do { root = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
        throw QueryLoadError.badGraphJSON(name, "invalid JSON")
    }
    guard let doc = root as? [String: Any], let nodes = doc["nodes"] as? [[String: Any]] else {
        throw QueryLoadError.badGraphJSON(name, "no \"nodes\" list")
    }
    let edges = (doc["edges"] ?? doc["links"]) as? [[String: Any]] ?? []
    var g = Graph()
    for (i, n) in nodes.enumerated() {
        guard let id = n["id"] as? String, let typeName = n["type"] as? String,
              let type = EntityType(rawValue: typeName) else {
            throw QueryLoadError.badGraphJSON(name, "node \(i + 1) lacks an id or a known type")
        }
        g.add(Node(id: id, label: n["label"] as? String ?? id, type: type, workType: n["work_type"] as? String,
                   aliases: n["aliases"] as? [String] ?? [], mentions: n["mentions"] as? Int ?? 1,
                   externalIDs: n["external_ids"] as? [String] ?? []))
    }
    for (i, e) in edges.enumerated() {
        guard let s = e["source"] as? String, let t = e["target"] as? String, g.contains(s), g.contains(t) else {
            throw QueryLoadError.badGraphJSON(name, "edge \(i + 1) names a node the graph lacks")
        }
        let kind = (e["kind"] as? String).flatMap(EdgeKind.init(rawValue:)) ?? .other
        let evidence = (e["evidence"] as? [[String: Any]] ?? []).compactMap { ev -> Evidence? in
            guard let d = ev["document"] as? String, let a = ev["start"] as? Int, let b = ev["end"] as? Int,
                  let text = ev["text"] as? String else { return nil }
            return Evidence(document: d, start: a, end: b, text: text)
        }
        g.add(Edge(source: s, target: t, kind: kind, relation: e["relation"] as? String ?? "related_to",
                   confidence: e["confidence"] as? Double ?? 1, evidence: evidence))
    }
    return g
}
