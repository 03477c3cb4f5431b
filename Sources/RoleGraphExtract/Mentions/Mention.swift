/// A stretch of a sentence that names (or refers to) an entity.
public struct Mention: Sendable, Hashable {
    public enum Strength: Int, Sendable, Comparable {
        /// Only a guess from capital letters (a Title Case headline, a lone word).
        case weak
        /// Capitalized words with no cue: a person by default.
        case plain
        /// A cue said what it is: quotes, a gazetteer, a suffix, a work noun.
        case strong

        public static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    public enum Reference: Sendable, Hashable {
        /// A name as written.
        case name
        /// he / she / his / her.
        case pronoun
        /// "the film", "the documentary": a work of this type mentioned before.
        case definite(workType: String)
    }

    /// Token indices in the sentence.
    public var tokens: Range<Int>
    /// Scalar offsets in the document.
    public var start: Int
    public var end: Int
    public var name: String
    public var type: EntityType
    public var workType: String?
    public var strength: Strength
    public var reference: Reference = .name
    public var possessive: Bool = false
    /// Inside round brackets.
    public var bracketed: Bool = false
    /// Introduced as the new work a story is about ("a new documentary, X").
    public var focus: Bool = false
    /// A single capitalized word a cue marked as a person ("Mason said").
    public var cuedPerson: Bool = false
    /// For gazetteer forms of another entity ("Oscar" for the Academy Awards).
    public var canonical: String? = nil
    /// The form is only a prize's name: without its canonical entity it names nothing.
    public var prizeOnly: Bool = false
    /// "based" or "born" for a place read from "London-based" or "Kyiv-born".
    public var compound: String? = nil
    /// "Matt" in "Matt and Ross Duffer": the full name the coordination implies, used
    /// when the word names no one else in the document.
    public var sharedSurname: String? = nil
    /// Resolved entity index, filled in by coreference.
    public var entity: Int? = nil

    public var wordCount: Int {
        // ASCII names (nearly all) are counted by bytes, read from the string's storage
        // (iterating its UTF-8 view cost some fifty instructions a byte); others split
        // as Characters.
        var name = name
        let ascii = name.withUTF8 { bytes -> Int? in
            var count = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
        return ascii ?? name.split(separator: " ").count
    }
}
