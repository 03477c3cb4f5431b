import RoleGraphExport

/// A small graph with what the exporters must get right: two facts between one pair
/// (parallel edges), a work type, aliases, external ids, several statements of one fact,
/// and names with characters every format has to escape.
enum Fixtures {
    static let director = "Ann \"Q\" O'Neil\\"
    static let film = "Line\nBreak <b> & \t\r tab"
    static let studio = "Studio, Inc. | #1; 100% `ok` end"

    static var credits: Graph {
        var g = Graph()
        g.add(Node(label: director, type: .person, aliases: ["O'Neil", "Ann"], mentions: 4,
                   externalIDs: ["nm0000001"]))
        g.add(Node(label: film, type: .work, workType: "film", mentions: 2))
        g.add(Node(label: studio, type: .organization))
        let personID = NodeID.make(type: .person, name: director)
        let filmID = NodeID.make(type: .work, name: film)
        let studioID = NodeID.make(type: .organization, name: studio)
        g.add(Edge(source: personID, target: filmID, kind: .credit, relation: "director",
                   confidence: 0.85, evidence: [
                       Evidence(document: "b.txt", start: 5, end: 40, text: "She directed it, \"twice\"."),
                       Evidence(document: "a.txt", start: 0, end: 10, text: "First | line\nsecond."),
                   ]))
        g.add(Edge(source: personID, target: filmID, kind: .credit, relation: "producer", confidence: 1))
        g.add(Edge(source: personID, target: studioID, kind: .affiliation, relation: "founder",
                   confidence: 0.5, evidence: [Evidence(document: "c.txt", start: 1, end: 2, text: "x")]))
        return g
    }

    static var personID: String { NodeID.make(type: .person, name: director) }
    static var filmID: String { NodeID.make(type: .work, name: film) }
    static var studioID: String { NodeID.make(type: .organization, name: studio) }
}
