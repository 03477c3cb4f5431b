import Foundation

/// Reads any mix of inputs (articles, credit files, graph JSON) into one graph: each input
/// becomes a graph of its own, and the graphs merge by node id, so the same person named
/// in an article and in a credit list is one node.
public struct GraphLoader {
    /// Facts the extractor is less sure of than this are left out (text inputs only).
    public var minimumConfidence: Double
    public var importOptions: ImportOptions
    private var extractor: Extractor?

    public init(minimumConfidence: Double = 0, importOptions: ImportOptions = ImportOptions()) {
        self.minimumConfidence = minimumConfidence
        self.importOptions = importOptions
    }

    /// Loads and merges every input. An input named `-` is standard input.
    ///
    /// - Complexity: linear in the total size of the inputs, plus the merge.
    public mutating func load(_ paths: [String], format: InputFormat = .auto) throws -> Graph {
        var graph = Graph()
        for path in paths {
            graph.merge(try load(path, format: format))
        }
        return graph
    }

    public mutating func load(_ path: String, format: InputFormat = .auto) throws -> Graph {
        // Standard input can be read only once: take it whole and decide from the bytes.
        let isStandardInput = path == TextFile.standardInputName
        var bytes: [UInt8]? = nil
        var chosen = format
        if chosen == .auto {
            let head: [UInt8]
            if isStandardInput {
                bytes = try TextFile.bytes(at: path)
                head = Array(bytes!.prefix(8192))
            } else {
                head = try Self.head(of: path)
            }
            chosen = InputFormat.guess(path: path, head: head)
        }
        switch chosen {
        case .auto, .text, .markdown, .html:
            let data = try bytes ?? TextFile.bytes(at: path)
            let text = try TextFile.decode(data, name: path)
            let textFormat: TextFormat = switch chosen {
            case .markdown: .markdown
            case .html: .html
            case .text: .plain
            default: TextFormat.guess(path: path, text: text)
            }
            if extractor == nil { extractor = try Extractor() }
            var graph = extractor!.extract(text: text, document: path, format: textFormat)
            if minimumConfidence > 0 {
                let floor = minimumConfidence
                graph.filterEdges { $0.confidence >= floor }
            }
            return graph
        case .graph:
            let data = try bytes ?? TextFile.bytes(at: path)
            return try JSONGraphReader.read(data, name: path)
        case .imdb, .algs4, .csv:
            if isStandardInput {
                throw InputError.unreadable(path, reason: "credit files are read from a named file, not standard input")
            }
            let credit: CreditFormat? = switch chosen {
            case .algs4: .algs4
            case .csv: .csv
            default: nil  // the IMDb file kind (principals, basics, names) is told by its header
            }
            return try CreditImporter.graph(from: path, format: credit, options: importOptions)
        }
    }

    /// The first few kilobytes of a file, enough to tell its kind.
    static func head(of path: String) throws(InputError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 8192)) ?? Data()
        return [UInt8](data)
    }
}
