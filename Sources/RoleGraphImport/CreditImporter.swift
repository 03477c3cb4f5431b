import Foundation
import RoleGraphCore

/// Reads structured credit files (IMDb TSV, algs4 cast lists, CSV) into a graph or a sink.
public enum CreditImporter {
    /// The format of a file, from its first bytes and its name; nil when it is not a credit
    /// file.
    public static func detect(path: String) throws -> CreditFormat? {
        let source = try ByteSource(path: path)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { buffer.deallocate() }
        // Sniff decompressed content; ByteSource looks through gzip itself.
        let n = try source.read(into: buffer)
        return CreditFormat.detect(path: path, head: Array(buffer.prefix(n)))
    }

    /// Reads a credit file into a rich `Graph` (see `GraphSink` for ids and evidence).
    ///
    /// - Complexity: O(n) in the input's size; memory O(V + E) plus the evidence lines.
    public static func graph(from path: String, format: CreditFormat? = nil, options: ImportOptions = ImportOptions()) throws -> Graph {
        let resolved = try resolve(path, format)
        var sink = GraphSink(document: path, entitiesAreNodes: resolved == .imdbNames || resolved == .imdbBasicsTitles)
        // Node ids come from labels, so labels must arrive first.
        var options = options
        options.labelsAfterCredits = false
        _ = try run(path: path, format: resolved, options: options, countScalars: true, sink: &sink)
        return sink.graph()
    }

    /// Streams a credit file into `sink` row by row, without building a `Graph`. For IMDb
    /// principals the companion basics files in the same folder (when
    /// `options.readCompanions`) are read first, so every label reaches the sink before the
    /// first credit.
    ///
    /// - Complexity: O(n) in the input's size; memory O(longest line) here, plus what the
    ///   sink keeps.
    public static func stream(
        from path: String, format: CreditFormat? = nil, options: ImportOptions = ImportOptions(),
        into sink: inout some CreditSink
    ) throws -> ImportStats {
        try run(path: path, format: resolve(path, format), options: options, countScalars: false, sink: &sink)
    }

    private static func resolve(_ path: String, _ format: CreditFormat?) throws -> CreditFormat {
        if let format { return format }
        // Sniffing would consume standard input's first bytes, which cannot be read again.
        if path == TextFile.standardInputName {
            throw InputError.unreadable(path, reason: "the credit format of standard input cannot be guessed; name it (e.g. --input-format imdbPrincipals)")
        }
        guard let detected = try detect(path: path) else {
            throw InputError.malformed(path, line: 1, reason:
                "not a credit file RoleGraph reads (IMDb title.principals/title.basics/name.basics TSV, an algs4 cast list, or a person,role,work CSV)")
        }
        return detected
    }

    private static func run<S: CreditSink>(
        path: String, format: CreditFormat, options: ImportOptions, countScalars: Bool, sink: inout S
    ) throws -> ImportStats {
        var stats = ImportStats()
        switch format {
        case .imdbPrincipals:
            let after = options.labelsAfterCredits
            if after {
                try IMDbReader.readPrincipals(path: path, options: options, countScalars: countScalars, sink: &sink, stats: &stats)
            }
            try readCompanions(of: path, options: options, sink: &sink, stats: &stats)
            if !after {
                try IMDbReader.readPrincipals(path: path, options: options, countScalars: countScalars, sink: &sink, stats: &stats)
            }
        case .imdbNames:
            try IMDbReader.readNames(path: path, options: options, sink: &sink, stats: &stats)
        case .imdbBasicsTitles:
            try IMDbReader.readTitles(path: path, options: options, sink: &sink, stats: &stats)
        case .algs4:
            try Algs4Reader.read(path: path, options: options, countScalars: countScalars, sink: &sink, stats: &stats)
        case .csv:
            try CSVReader.read(path: path, options: options, countScalars: countScalars, sink: &sink, stats: &stats)
        }
        return stats
    }

    /// Streams into a compact sink; with `bulk`, IMDb principals go through the parallel
    /// `PrincipalsBatchReader` (same graph, same errors, several times faster).
    static func stream(from path: String, format: CreditFormat?, options: ImportOptions,
                       into sink: inout CompactCreditSink, bulk: Bool) throws -> ImportStats {
        let resolved = try resolve(path, format)
        guard bulk, resolved == .imdbPrincipals, options.labelsAfterCredits else {
            return try run(path: path, format: resolved, options: options, countScalars: false, sink: &sink)
        }
        var stats = ImportStats()
        try PrincipalsBatchReader.read(path: path, options: options, sink: &sink, stats: &stats, threads: options.threads)
        try readCompanions(of: path, options: options, sink: &sink, stats: &stats)
        return stats
    }

    /// Labels from the `name.basics` and `title.basics` files beside a principals file.
    private static func readCompanions<S: CreditSink>(
        of path: String, options: ImportOptions, sink: inout S, stats: inout ImportStats
    ) throws {
        guard options.readCompanions else { return }
        if let names = companion(of: path, replacing: "title.principals", with: "name.basics") {
            try IMDbReader.readNames(path: names, options: options, sink: &sink, stats: &stats)
        }
        if let titles = companion(of: path, replacing: "title.principals", with: "title.basics") {
            try IMDbReader.readTitles(path: titles, options: options, sink: &sink, stats: &stats)
        }
    }

    /// `dir/title.principals.tsv.gz` -> `dir/name.basics.tsv.gz` or `dir/name.basics.tsv`,
    /// whichever exists.
    static func companion(of path: String, replacing: String, with other: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard name.contains(replacing) else { return nil }
        let swapped = name.replacingOccurrences(of: replacing, with: other)
        let stem = swapped.hasSuffix(".gz") ? String(swapped.dropLast(3)) : swapped
        for candidate in [swapped, stem, stem + ".gz"] {
            let full = url.deletingLastPathComponent().appendingPathComponent(candidate).path
            if FileManager.default.fileExists(atPath: full) {
                return path.hasPrefix("/") ? full : relative(full, like: path)
            }
        }
        return nil
    }

    /// Keeps a relative input relative in messages and evidence.
    private static func relative(_ full: String, like path: String) -> String {
        let dir = (path as NSString).deletingLastPathComponent
        let file = (full as NSString).lastPathComponent
        return dir.isEmpty ? file : (dir as NSString).appendingPathComponent(file)
    }
}
