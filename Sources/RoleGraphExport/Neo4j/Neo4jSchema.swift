/// How RoleGraph's model maps onto Neo4j's, shared by the CSV and Cypher writers:
/// every node has the label `Entity` plus one for its type, and keeps its RoleGraph id in
/// the `id` property; a relationship's type is its relation in upper snake case.
public enum Neo4jSchema {
    public static let entityLabel = "Entity"

    public static func label(_ type: EntityType) -> String {
        switch type {
        case .person: "Person"
        case .work: "Work"
        case .organization: "Organization"
        case .place: "Place"
        case .event: "Event"
        }
    }

    /// `director` → `DIRECTOR`, `premiered_at` → `PREMIERED_AT`: letters and digits kept
    /// and upper-cased, every other run of characters one `_`. A relation with no letter or
    /// digit falls back to the kind (`CREDIT`, ...). The exact relation stays in the
    /// `relation` property.
    ///
    /// - Complexity: O(n) in the length of the relation.
    public static func relationshipType(_ edge: Edge) -> String {
        var out = ""
        var pendingUnderscore = false
        for character in edge.relation {
            if character.isLetter || character.isNumber {
                if pendingUnderscore && !out.isEmpty { out += "_" }
                pendingUnderscore = false
                out += character.uppercased()
            } else {
                pendingUnderscore = true
            }
        }
        return out.isEmpty ? edge.kind.rawValue.uppercased() : out
    }
}
