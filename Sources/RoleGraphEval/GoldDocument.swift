import Foundation
import RoleGraphCore

/// Hand-made annotations of one article, in the gold JSON format of the development
/// corpus: `{"entities": [{"name", "type", "aliases"}], "relations": [{"subject",
/// "relation", "object", "kind"}]}`.
public struct GoldDocument: Sendable, Codable, Equatable {
    public struct Entity: Sendable, Codable, Equatable {
        public var name: String
        public var type: String
        public var aliases: [String]

        public init(name: String, type: String, aliases: [String] = []) {
            self.name = name
            self.type = type
            self.aliases = aliases
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            type = try c.decode(String.self, forKey: .type)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        }
    }

    public struct Relation: Sendable, Codable, Equatable {
        public var subject: String
        public var relation: String
        public var object: String
        public var kind: String?

        public init(subject: String, relation: String, object: String, kind: String? = nil) {
            self.subject = subject
            self.relation = relation
            self.object = object
            self.kind = kind
        }
    }

    public var entities: [Entity]
    public var relations: [Relation]

    public init(entities: [Entity], relations: [Relation] = []) {
        self.entities = entities
        self.relations = relations
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entities = try c.decode([Entity].self, forKey: .entities)
        relations = try c.decodeIfPresent([Relation].self, forKey: .relations) ?? []
    }

    /// Reads a gold file, with a one-line error naming it when it is not gold JSON.
    public static func load(_ path: String) throws -> GoldDocument {
        let text = try TextFile.read(path)
        do {
            return try JSONDecoder().decode(GoldDocument.self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError.unreadable(path, reason: "not gold JSON: '\(key.stringValue)' missing at \(Self.where(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw InputError.unreadable(path, reason: "not gold JSON: wrong type at \(Self.where(context))")
        } catch {
            throw InputError.unreadable(path, reason: "not gold JSON (\(error.localizedDescription))")
        }
    }

    private static func `where`(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top level" : path
    }
}

/// A predicted graph as the scorer sees it: nodes with labels and aliases, edges by id.
/// Unlike `Graph`, an edge may name an id no node has (a JSON file can), which counts
/// as unmatched rather than failing.
public struct PredictedGraph: Sendable, Decodable {
    public struct Node: Sendable, Decodable {
        public var id: String
        public var label: String
        public var type: String
        public var aliases: [String]

        public init(id: String, label: String, type: String, aliases: [String] = []) {
            self.id = id
            self.label = label
            self.type = type
            self.aliases = aliases
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            label = try c.decodeIfPresent(String.self, forKey: .label) ?? ""
            type = try c.decodeIfPresent(String.self, forKey: .type) ?? ""
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        }

        enum CodingKeys: String, CodingKey { case id, label, type, aliases }
    }

    public struct Edge: Sendable, Decodable {
        public var source: String
        public var target: String
        public var kind: String
        public var relation: String

        public init(source: String, target: String, kind: String, relation: String) {
            self.source = source
            self.target = target
            self.kind = kind
            self.relation = relation
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            source = try c.decode(String.self, forKey: .source)
            target = try c.decode(String.self, forKey: .target)
            kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? ""
            relation = try c.decodeIfPresent(String.self, forKey: .relation) ?? ""
        }

        enum CodingKeys: String, CodingKey { case source, target, kind, relation }
    }

    public var nodes: [Node]
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    public init(_ graph: Graph) {
        nodes = graph.nodes.map { Node(id: $0.id, label: $0.label, type: $0.type.rawValue, aliases: $0.aliases) }
        edges = graph.edges.map { Edge(source: $0.source, target: $0.target, kind: $0.kind.rawValue, relation: $0.relation) }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nodes = try c.decodeIfPresent([Node].self, forKey: .nodes) ?? []
        edges = try c.decodeIfPresent([Edge].self, forKey: .edges) ?? []
    }

    enum CodingKeys: String, CodingKey { case nodes, edges }
}
