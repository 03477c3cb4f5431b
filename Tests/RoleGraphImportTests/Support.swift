import Foundation
import RoleGraphImport

/// A fresh directory per test for the fixtures it writes.
struct Scratch {
    let dir: String

    init() {
        dir = NSTemporaryDirectory() + "rolegraph-import-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let path = dir + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}

/// Records what a stream hands on, in order.
struct RecordingSink: CreditSink {
    var events: [String] = []
    var lines: [Int] = []

    mutating func entity(_ entity: CreditEntity) {
        events.append("entity \(entity.key)=\(entity.label ?? "-")")
    }

    mutating func credit(person: CreditEntity, role: String, work: CreditEntity) {
        events.append("\(person.key) \(role) \(work.key)")
    }

    mutating func credit(person: CreditEntity, role: String, kind: EdgeKind, work: CreditEntity, line: CreditLine) {
        lines.append(line.number)
        credit(person: person, role: kind == .credit ? role : "\(kind.rawValue):\(role)", work: work)
    }
}

/// Counts credits and distinct keys, as a compact builder would intern them.
struct CountingSink: CreditSink {
    var credits = 0
    var people: Set<String> = []
    var works: Set<String> = []

    mutating func credit(person: CreditEntity, role: String, work: CreditEntity) {
        credits += 1
        people.insert(person.key)
        works.insert(work.key)
    }
}

/// The error a throwing expression raised, for checking its message.
func inputError(_ body: () throws -> Void) -> InputError? {
    do { try body() } catch let error as InputError { return error } catch { return nil }
    return nil
}
