import Foundation

/// Why an input cannot be queried.
public enum QueryLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case snapshotWithOthers(String)

    public var description: String {
        switch self {
        case .snapshotWithOthers(let p):
            "\(p): a snapshot is already indexed; give it alone, or index its sources together"
        }
    }
}

/// What kind of graph an input holds, from its first bytes (names can lie; `-` has none).
public enum QueryInputKind: Sendable, Equatable {
    case snapshot, graphJSON, other
}

/// The one place commands that query a graph (`path`, `separation`, `stats`) get it from:
/// a `.rgx` snapshot, a graph JSON (kept whole, so answers carry evidence), or any raw
/// input `GraphLoader` reads (articles, credit files).
///
/// - Complexity: O(file size).
public func loadGraphForQuery(path: String, importOptions: ImportOptions = ImportOptions()) throws -> QueryGraph {
    switch try queryInputKind(path) {
    case .snapshot:
        return QueryGraph(compact: try Snapshot.read(path))
    case .graphJSON:
        return QueryGraph(try JSONGraphReader.read(TextFile.bytes(at: path), name: path))
    case .other:
        if try isCreditFile(path) {
            return QueryGraph(compact: try CreditImporter.compact(from: [path], options: importOptions).0)
        }
        var loader = GraphLoader(importOptions: importOptions)
        return QueryGraph(try loader.load(path))
    }
}

/// The compact graph `rolegraph index` saves: one snapshot as it is, or graph JSONs merged
/// or raw inputs (the same id in several inputs is one node).
public func loadGraphForIndex(paths: [String], importOptions: ImportOptions = ImportOptions()) throws -> CompactGraph {
    // Credit files alone stream straight into the compact builder: memory then follows
    // the graph, never a rich graph of millions of credits.
    if !paths.isEmpty, try paths.allSatisfy({ try isCreditFile($0) }) {
        return try CreditImporter.compact(from: paths, options: importOptions).0
    }
    var merged = Graph()
    var loader = GraphLoader(importOptions: importOptions)
    for path in paths {
        switch try queryInputKind(path) {
        case .snapshot:
            guard paths.count == 1 else { throw QueryLoadError.snapshotWithOthers(path) }
            return try Snapshot.read(path)
        case .graphJSON:
            merged.merge(try JSONGraphReader.read(TextFile.bytes(at: path), name: path))
        case .other:
            merged.merge(try loader.load(path))
        }
    }
    return CompactGraph(merged)
}

public func queryInputKind(_ path: String) throws -> QueryInputKind {
    if path == TextFile.standardInputName { return .graphJSON }
    guard FileManager.default.fileExists(atPath: path) else { throw InputError.missingFile(path) }
    guard let h = FileHandle(forReadingAtPath: path) else { throw InputError.unreadable(path, reason: "permission denied") }
    defer { try? h.close() }
    let head = [UInt8]((try? h.read(upToCount: 64)) ?? Data())
    if Snapshot.looksLikeSnapshot(head) { return .snapshot }
    let start = head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
    return start.first == UInt8(ascii: "{") ? .graphJSON : .other
}

/// Whether a named file holds structured credits (IMDb TSV, algs4 cast list, CSV).
func isCreditFile(_ path: String) throws -> Bool {
    guard path != TextFile.standardInputName else { return false }
    switch InputFormat.guess(path: path, head: try GraphLoader.head(of: path)) {
    case .imdb, .algs4, .csv: return true
    default: return false
    }
}
