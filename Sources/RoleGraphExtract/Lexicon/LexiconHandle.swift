import Foundation

/// The extractor's word lists (`LexiconTables`) behind one reference, read as if they
/// were its own properties (`lexicon.roles`, `lexicon.stopWords`).
///
/// Every stage and every sentence's clause holds the lexicon, and those values are copied
/// per sentence and per rule call; as a struct of some thirty tables each copy retained
/// and released every table. One reference makes a copy one retain.
@dynamicMemberLookup
public struct Lexicon: Sendable {
    private final class Box: Sendable {
        let tables: LexiconTables
        init(_ tables: LexiconTables) { self.tables = tables }
    }
    private var box: Box

    public init(_ tables: LexiconTables) { box = Box(tables) }

    /// Builds a lexicon from file contents keyed by file name (without `.txt`); a missing
    /// file counts as empty.
    public init(sources: [String: String]) { self.init(LexiconTables(sources: sources)) }

    /// Reads the lexicon files from a directory.
    public init(directory: URL) throws(LexiconError) { self.init(try LexiconTables(directory: directory)) }

    /// The lexicon shipped with the extractor.
    public static func bundled() throws(LexiconError) -> Lexicon { try LexiconTables.bundled() }

    /// Where the shipped lexicon files are.
    public static func bundledDirectory() -> URL { LexiconTables.bundledDirectory() }

    /// The files the bundled lexicon is made of.
    public static var fileNames: [String] { LexiconTables.fileNames }

    public var tables: LexiconTables { box.tables }

    @inline(__always)
    public subscript<T>(dynamicMember path: KeyPath<LexiconTables, T>) -> T { box.tables[keyPath: path] }

    /// Changing a table makes a new box, so that other holders keep what they had.
    @inline(__always)
    public subscript<T>(dynamicMember path: WritableKeyPath<LexiconTables, T>) -> T {
        get { box.tables[keyPath: path] }
        set {
            var tables = box.tables
            tables[keyPath: path] = newValue
            box = Box(tables)
        }
    }

    /// The classes of a word: which of the tables in `WordClasses` hold it.
    @inline(__always)
    func classes(of word: String) -> WordClasses { box.tables.classes(of: word) }

    /// Whether a lower-cased name is a prize, a date or another non-entity.
    @inline(__always)
    func isNotEntity(_ lower: String) -> Bool { box.tables.isNotEntity(lower) }

    /// The longest role phrase among `words` ending at `end` (exclusive), as (role, length).
    @inline(__always)
    func role(endingAt end: Int, in words: [String]) -> (role: String, length: Int)? {
        box.tables.role(endingAt: end, in: words)
    }
}
