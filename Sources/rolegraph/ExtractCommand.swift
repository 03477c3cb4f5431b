import ArgumentParser
import RoleGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(in progress)")
    func run() throws { throw ValidationError("'extract' is not built yet") }
}
