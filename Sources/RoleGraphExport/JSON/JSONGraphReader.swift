import Foundation

/// Reads the node-link JSON document that `JSONGraphWriter` writes (CONTRACT.md), and
/// the NetworkX flavour that names the edge list `links`.
public enum JSONGraphReader {
    /// - Parameter name: the input's name, for messages.
    /// - Complexity: O(size of the input + V log V + E log E)
    public static func read(_ bytes: [UInt8], name: String) throws(GraphReadError) -> Graph {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .malformed(name, reason: "not valid JSON (\(Self.reason(error)))")
        }
        guard let root = object as? [String: Any] else {
            throw .malformed(name, reason: "expected a JSON object with \"nodes\" and \"edges\"")
        }
        if let format = root["format"] as? String, !format.hasPrefix("rolegraph/") {
            throw .malformed(name, reason: "unknown format \"\(format)\" (expected rolegraph/1)")
        }
        guard let nodeList = root["nodes"] as? [Any] else {
            throw .malformed(name, reason: "missing \"nodes\" list")
        }
        guard let edgeList = (root["edges"] ?? root["links"] ?? [Any]()) as? [Any] else {
            throw .malformed(name, reason: "\"edges\" must be a list")
        }
        var graph = Graph()
        for (index, item) in nodeList.enumerated() {
            graph.add(try node(item, at: index, in: name))
        }
        for (index, item) in edgeList.enumerated() {
            let edge = try edge(item, at: index, in: name)
            for end in [edge.source, edge.target] where !graph.contains(end) {
                throw .malformed(name, reason: "edges[\(index)] names node \"\(end)\", which is not in \"nodes\"")
            }
            graph.add(edge)
        }
        return graph
    }

    private static func node(_ item: Any, at index: Int, in name: String) throws(GraphReadError) -> Node {
        let place = "nodes[\(index)]"
        guard let fields = item as? [String: Any] else { throw .malformed(name, reason: "\(place) is not an object") }
        let id = try string(fields, "id", place, name)
        let typeName = try string(fields, "type", place, name)
        guard let type = EntityType(rawValue: typeName) else {
            throw .malformed(name, reason: "\(place) has unknown type \"\(typeName)\" (expected \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let label = try optionalString(fields, "label", place, name) ?? id
        return Node(
            id: id,
            label: label,
            type: type,
            workType: try optionalString(fields, "work_type", place, name),
            aliases: try strings(fields, "aliases", place, name),
            mentions: try integer(fields, "mentions", place, name) ?? 1,
            externalIDs: try strings(fields, "external_ids", place, name)
        )
    }

    private static func edge(_ item: Any, at index: Int, in name: String) throws(GraphReadError) -> Edge {
        let place = "edges[\(index)]"
        guard let fields = item as? [String: Any] else { throw .malformed(name, reason: "\(place) is not an object") }
        let kindName = try optionalString(fields, "kind", place, name) ?? EdgeKind.other.rawValue
        guard let kind = EdgeKind(rawValue: kindName) else {
            throw .malformed(name, reason: "\(place) has unknown kind \"\(kindName)\" (expected credit, affiliation or other)")
        }
        var confidence = 1.0
        if let value = fields["confidence"] {
            guard let number = value as? NSNumber, !isBool(number) else {
                throw .malformed(name, reason: "\(place).confidence must be a number")
            }
            confidence = number.doubleValue
        }
        var evidence: [Evidence] = []
        if let value = fields["evidence"] {
            guard let list = value as? [Any] else { throw .malformed(name, reason: "\(place).evidence must be a list") }
            for (k, entry) in list.enumerated() {
                let at = "\(place).evidence[\(k)]"
                guard let ev = entry as? [String: Any] else { throw .malformed(name, reason: "\(at) is not an object") }
                evidence.append(Evidence(
                    document: try string(ev, "document", at, name),
                    start: try integer(ev, "start", at, name) ?? 0,
                    end: try integer(ev, "end", at, name) ?? 0,
                    text: try optionalString(ev, "text", at, name) ?? ""
                ))
            }
        }
        return Edge(
            source: try string(fields, "source", place, name),
            target: try string(fields, "target", place, name),
            kind: kind,
            relation: try optionalString(fields, "relation", place, name) ?? "",
            confidence: confidence,
            evidence: evidence
        )
    }

    // MARK: - Fields

    private static func string(_ fields: [String: Any], _ key: String, _ place: String, _ name: String) throws(GraphReadError) -> String {
        guard let value = try optionalString(fields, key, place, name) else {
            throw .malformed(name, reason: "\(place) lacks \"\(key)\"")
        }
        return value
    }

    private static func optionalString(_ fields: [String: Any], _ key: String, _ place: String, _ name: String) throws(GraphReadError) -> String? {
        guard let value = fields[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw .malformed(name, reason: "\(place).\(key) must be a string") }
        return text
    }

    private static func strings(_ fields: [String: Any], _ key: String, _ place: String, _ name: String) throws(GraphReadError) -> [String] {
        guard let value = fields[key], !(value is NSNull) else { return [] }
        guard let list = value as? [Any], let texts = list as? [String], texts.count == list.count else {
            throw .malformed(name, reason: "\(place).\(key) must be a list of strings")
        }
        return texts
    }

    private static func integer(_ fields: [String: Any], _ key: String, _ place: String, _ name: String) throws(GraphReadError) -> Int? {
        guard let value = fields[key], !(value is NSNull) else { return nil }
        guard let number = value as? NSNumber, !isBool(number),
              let exact = Int(exactly: number.doubleValue) else {
            throw .malformed(name, reason: "\(place).\(key) must be a whole number")
        }
        return exact
    }

    private static func isBool(_ number: NSNumber) -> Bool {
        // JSONSerialization hands booleans out as NSNumber too.
        let type = String(cString: number.objCType)
        return type == "c" || type == "B"
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}

/// A graph file that cannot be read. The description is the one-line message the
/// command line prints.
public enum GraphReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let name, let reason): "\(name): \(reason)"
        }
    }
}
