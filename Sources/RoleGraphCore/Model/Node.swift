import Foundation

/// An entity: a person, a work, an organization or a place.
public struct Node: Sendable, Hashable {
    /// Stable `type/slug` id; the same input always gives the same id.
    public var id: String
    /// The fullest name the input uses.
    public var label: String
    public var type: EntityType
    /// For works: film, documentary, series, album, novel, book, ...
    public var workType: String?
    /// Other names the input uses for the same entity (never pronouns), sorted.
    public var aliases: [String]
    /// How many times the input mentions the entity.
    public var mentions: Int
    /// Identifiers from structured sources (IMDb `nm…`/`tt…`), sorted.
    public var externalIDs: [String]

    public init(
        id: String? = nil,
        label: String,
        type: EntityType,
        workType: String? = nil,
        aliases: [String] = [],
        mentions: Int = 1,
        externalIDs: [String] = []
    ) {
        self.id = id ?? NodeID.make(type: type, name: label)
        self.label = label
        self.type = type
        self.workType = workType
        self.aliases = Array(Set(aliases).subtracting([label])).sorted()
        self.mentions = mentions
        self.externalIDs = Array(Set(externalIDs)).sorted()
    }

    /// Folds another description of the same entity into this one. The result does not
    /// depend on the order of merging: the label is the longer (then the smaller) form.
    public mutating func absorb(_ other: Node) {
        precondition(other.id == id, "absorb merges descriptions of one node")
        let labels = [label, other.label]
        let best = labels.max { a, b in
            a.unicodeScalars.count != b.unicodeScalars.count
                ? a.unicodeScalars.count < b.unicodeScalars.count
                : a > b
        }!
        var names = Set(aliases).union(other.aliases).union(labels)
        names.remove(best)
        label = best
        aliases = names.sorted()
        mentions += other.mentions
        switch (workType, other.workType) {
        case (nil, let w): workType = w
        case (let a?, let b?): workType = min(a, b)
        default: break
        }
        externalIDs = Array(Set(externalIDs).union(other.externalIDs)).sorted()
    }
}

/// Builds the stable ids that nodes carry.
public enum NodeID {
    /// `type/slug`: the name folded to lower case without diacritics, every run of
    /// characters other than letters and digits turned into one `-`.
    ///
    /// - Complexity: O(n) in the length of the name.
    public static func make(type: EntityType, name: String) -> String {
        let prefix = idPrefix(type)
        return asciiSlug(name, after: prefix) ?? prefix.description + foldedSlug(name)
    }

    /// `type/slug` for a slug made already (an entity's key, say): the id `make` gives
    /// the name it is the slug of, written into one string.
    package static func make(type: EntityType, slug: String) -> String {
        let prefix = idPrefix(type)
        let start = prefix.utf8CodeUnitCount
        var slug = slug
        return slug.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: start + bytes.count) { buffer in
                buffer.baseAddress!.initialize(from: prefix.utf8Start, count: start)
                _ = UnsafeMutableBufferPointer(rebasing: buffer[start...]).initialize(from: bytes)
                return start + bytes.count
            }
        }
    }

    public static func slug(_ name: String) -> String {
        asciiSlug(name) ?? foldedSlug(name)
    }

    /// `type/`, the start of the ids of a type.
    private static func idPrefix(_ type: EntityType) -> StaticString {
        switch type {
        case .person: "person/"
        case .work: "work/"
        case .organization: "organization/"
        case .place: "place/"
        case .event: "event/"
        }
    }

    /// The general slug: Foundation folding, then Unicode letter and digit classes.
    ///
    /// The folded text is mostly ASCII even for a name that is not: an ASCII scalar is
    /// told by its value (its letters and digits are the ASCII ones whose properties say
    /// so, its lower-case mapping adds 32 to a capital), and only the others ask the
    /// Unicode tables. Appending a whole string costs far less than appending its scalars
    /// to a scalar view one sequence at a time, and gives the same scalars.
    static func foldedSlug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingDash = false
        /// Called before a letter or digit is written: a dash first when one is due.
        func startLetter() {
            if pendingDash && !out.isEmpty { out.unicodeScalars.append("-") }
            pendingDash = false
        }
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                switch UInt8(scalar.value) {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    startLetter()
                    out.unicodeScalars.append(scalar)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    startLetter()
                    out.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value) + 32))
                case UInt8(ascii: "'"):
                    // "Nina's" -> "ninas", not "nina-s"
                    continue
                default:
                    pendingDash = true
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                startLetter()
                out.append(scalar.properties.lowercaseMapping)
            } else if scalar == "\u{2019}" {
                continue
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }

    /// The slug of an ASCII name, the same as the general path gives, without the
    /// Foundation folding and Unicode property look-ups (most names in news text are
    /// ASCII, and every entity needs its slug); nil when the name has other scalars.
    /// - Complexity: O(n) in the length of the name.
    static func asciiSlug(_ name: String) -> String? {
        asciiSlug(name, after: "")
    }

    /// `prefix` followed by the slug of an ASCII name, written into one string; nil when
    /// the name has scalars other than ASCII.
    static func asciiSlug(_ name: String, after prefix: StaticString) -> String? {
        guard let slug = name.utf8.withContiguousStorageIfAvailable({ asciiSlug($0, after: prefix) }) else {
            var contiguous = name
            contiguous.makeContiguousUTF8()
            return asciiSlug(contiguous, after: prefix)
        }
        return slug
    }

    /// The bytes are read from the name's storage and written through a pointer, with the
    /// state of the loop in locals: iterating a `String.UTF8View` byte by byte, or
    /// writing through a helper that captures the count, costs several times as much.
    private static func asciiSlug(_ name: UnsafeBufferPointer<UInt8>, after prefix: StaticString) -> String? {
        guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
        let unnamed: StaticString = "unnamed"
        let start = prefix.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: start + max(name.count, unnamed.utf8CodeUnitCount)) { buffer in
            let out = buffer.baseAddress!
            out.initialize(from: prefix.utf8Start, count: start)
            var count = start
            var pendingDash = false
            for byte in name {
                // Setting bit 5 lower-cases an ASCII letter, and brings no other byte into
                // "a"..."z"; digits have it set already.
                let lower = byte | 0x20
                if lower &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                    if pendingDash && count > start {
                        out[count] = UInt8(ascii: "-")
                        count += 1
                    }
                    pendingDash = false
                    out[count] = lower
                    count += 1
                } else if byte != UInt8(ascii: "'") {
                    pendingDash = true
                }
            }
            if count == start {
                (out + start).initialize(from: unnamed.utf8Start, count: unnamed.utf8CodeUnitCount)
                count += unnamed.utf8CodeUnitCount
            }
            return count
        }
    }
}
