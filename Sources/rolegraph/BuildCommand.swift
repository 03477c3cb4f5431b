import ArgumentParser
import RoleGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "(in progress)")
    func run() throws { throw ValidationError("'build' is not built yet") }
}
