import ArgumentParser
import RoleGraph

struct SeparationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "separation",
        abstract: "Degrees of separation from one person: how many people are 1, 2, 3, ... steps away.",
        discussion: """
        Counts people only; one step joins two people who share a work (Bacon numbers).
        The JSON answer is {"from": ID, "histogram": {"0": 1, "1": N1, ...}, "unreachable": K}.

        Example:
          rolegraph separation movies.rgx "Bacon, Kevin"
        """.reflowed
    )

    @Argument(help: "Graph JSON or .rgx snapshot.") var graph: String
    @Argument(help: "The person (id, name, alias or IMDb id).") var from: String
    @Option(help: "Output: text or json.") var format: QueryFormat = .text

    func run() throws {
        let q = try loadGraphForQuery(path: graph)
        let s = try q.resolve(from)
        guard q.compact.type(s) == .person else {
            throw QueryFailure("\(q.compact.id(s)) is a \(q.compact.type(s).rawValue); separation counts people, so start from a person")
        }
        let h = q.compact.separation(from: s)
        switch format {
        case .json: print(QueryJSON.separation(from: q.compact.id(s), h), terminator: "")
        case .text:
            print("Degrees of separation from \(q.compact.label(s)) (\(q.compact.id(s))), people only:")
            let width = String(h.counts.max() ?? 0).count
            for (k, n) in h.counts.enumerated() {
                print("  \(k)  " + String(repeating: " ", count: width - String(n).count) + "\(n)")
            }
            print("  unreachable: \(h.unreachable)")
        }
    }
}
