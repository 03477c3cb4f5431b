import ArgumentParser
import RoleGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "(in progress)")
    func run() throws { throw ValidationError("'path' is not built yet") }
}
