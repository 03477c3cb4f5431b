import Foundation

/// The key index behind `WordSet` and `WordMap`: an open-addressing table over the UTF-8
/// bytes of ASCII keys, hashed with a few multiplications per eight bytes.
///
/// The rules look words up at nearly every token, and the standard `Set<String>` pays
/// for a seeded SipHash and a Unicode-aware comparison each time. Here an ASCII query
/// (nearly every word of English news) is hashed and compared as bytes; any other query
/// is brought to ASCII where canonical equivalence allows, or else goes to a standard
/// dictionary of the keys that are not ASCII, so a look-up answers exactly as
/// `Set<String>` would, canonical equivalence included.
struct WordIndex: Sendable {
    /// Entry index per slot, -1 for an empty slot; the count is a power of two.
    private let slots: [Int32]
    /// Per entry: its hash, and where its bytes lie in `bytes`.
    private let hashes: [UInt64]
    private let starts: [Int32]
    private let bytes: [UInt8]
    /// Entry index of each key whose canonical form is not ASCII (usually none): only a
    /// query that is not ASCII can equal one.
    private let nonASCIIKeys: [String: Int]
    /// Keys of up to 15 ASCII bytes by the two words of their small-string form (see
    /// `smallEntry`); the count is a power of two, at least four times the number of
    /// keys: nearly every query is a word that is not a key, and in a table at most a
    /// quarter full such a miss ends at the first or second slot it reads.
    private let smallSlots: [SmallSlot]
    private let smallLayout: Bool

    private struct SmallSlot {
        var w0: UInt64 = 0
        var w1: UInt64 = 0          // never 0 for a small string: it holds the discriminator
        var entry = -1
    }

    /// What `find` answers besides an entry index.
    static let absent = -1
    static let notASCII = -2

    /// - Complexity: O(k) in the total length of the keys.
    init(_ keys: [String]) {
        var nonASCIIKeys: [String: Int] = [:]
        var hashes: [UInt64] = []
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        for (entry, key) in keys.enumerated() {
            // An ASCII query equals a key exactly when the key's canonical (NFC) form
            // is that ASCII text; a key like the Kelvin sign "K" is stored that way.
            let ascii = key.utf8.allSatisfy { $0 < 0x80 } ? key : key.precomposedStringWithCanonicalMapping
            var utf8 = Array(ascii.utf8)
            if utf8.contains(where: { $0 >= 0x80 }) {
                utf8 = []           // reachable only through `nonASCIIKeys`
                nonASCIIKeys[key] = entry
            }
            hashes.append(utf8.withUnsafeBufferPointer { Self.hash($0).hash })
            bytes += utf8
            starts.append(Int32(bytes.count))
        }
        var capacity = 8
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for entry in keys.indices where starts[entry + 1] > starts[entry] || keys[entry].isEmpty {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(entry)
        }
        self.slots = slots
        self.hashes = hashes
        self.starts = starts
        self.bytes = bytes
        self.nonASCIIKeys = nonASCIIKeys
        smallLayout = Self.smallLayoutHolds()
        let smallCapacity = capacity * 2
        var small = [SmallSlot](repeating: SmallSlot(), count: smallCapacity)
        if smallLayout {
            for entry in keys.indices where (starts[entry + 1] > starts[entry] || keys[entry].isEmpty)
                && starts[entry + 1] - starts[entry] <= 15 {
                let key = String(decoding: bytes[Int(starts[entry])..<Int(starts[entry + 1])], as: UTF8.self)
                let (w0, w1) = unsafeBitCast(key, to: (UInt64, UInt64).self)
                guard w1 >> 60 == 0xE else { continue }      // unreachable: 15 ASCII bytes are small
                var slot = Int(truncatingIfNeeded: Self.smallHash(w0, w1)) & (smallCapacity - 1)
                while small[slot].w1 != 0 { slot = (slot + 1) & (smallCapacity - 1) }
                small[slot] = SmallSlot(w0: w0, w1: w1, entry: entry)
            }
        }
        smallSlots = small
    }

    /// Whether strings are laid out as this table expects: a string of at most 15 ASCII
    /// bytes is "small", its bytes in two words (little-endian) with 0xE0 | count in the
    /// top byte, so two such strings are equal exactly when their words are. Checked at
    /// run time; where it does not hold, every query takes the byte path.
    static func smallLayoutHolds() -> Bool {
        guard MemoryLayout<String>.size == 16 else { return false }
        let ab = String(decoding: [0x61, 0x62] as [UInt8], as: UTF8.self)
        let full = String(decoding: Array("abcdefghijklmno".utf8), as: UTF8.self)
        let accent = String(decoding: [0xC3, 0xA9] as [UInt8], as: UTF8.self)
        let (a0, a1) = unsafeBitCast(ab, to: (UInt64, UInt64).self)
        let (f0, f1) = unsafeBitCast(full, to: (UInt64, UInt64).self)
        let (_, e1) = unsafeBitCast(accent, to: (UInt64, UInt64).self)
        let (_, z1) = unsafeBitCast("", to: (UInt64, UInt64).self)
        return a0 == 0x6261 && a1 == 0xE200_0000_0000_0000
            && f0 == 0x6867_6665_6463_6261 && f1 == 0xEF6F_6E6D_6C6B_6A69
            && e1 >> 60 != 0xE && z1 == 0xE000_0000_0000_0000
    }

    @inline(__always)
    static func smallHash(_ w0: UInt64, _ w1: UInt64) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = (w0 ^ (w1 &* k)) &* k
        h ^= h >> 32
        return h
    }

    static let notSmall = -3

    /// The entry of a small ASCII string (nearly every word the rules look up), found by
    /// comparing two words instead of hashing and comparing bytes; `absent`, or
    /// `notSmall` for any other string, which then takes the byte path.
    @inline(__always)
    func smallEntry(_ key: String) -> Int {
        guard smallLayout else { return Self.notSmall }
        let (w0, w1) = unsafeBitCast(key, to: (UInt64, UInt64).self)
        guard w1 >> 60 == 0xE else { return Self.notSmall }
        return smallSlots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = Int(truncatingIfNeeded: Self.smallHash(w0, w1)) & mask
            while true {
                let s = table[slot]
                if s.w1 == 0 { return Self.absent }
                if s.w0 == w0 && s.w1 == w1 { return s.entry }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The hash of a byte string, and whether every byte is ASCII.
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        let (h, ascii, _) = hashAndSpace(b)
        return (h, ascii)
    }

    /// Whether any byte of `w` is zero.
    @inline(__always)
    static func hasZeroByte(_ w: UInt64) -> Bool {
        (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0
    }

    /// The hash, whether every byte is ASCII, and whether a space (0x20) occurs.
    @inline(__always)
    static func hashAndSpace(_ b: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool, space: Bool) {
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var space = false
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        let n = b.count
        var h = UInt64(truncatingIfNeeded: n) &* k
        var high: UInt64 = 0
        if n > 0, let base = b.baseAddress {
            var i = 0
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                high |= w
                if hasZeroByte(w ^ spaces) { space = true }
                h = (h ^ w) &* k
                h ^= h >> 29
                i += 8
            }
            if i < n {
                // The last one to seven bytes, little-endian, in at most three loads.
                let raw = UnsafeRawPointer(base)
                var w: UInt64 = 0
                var shift: UInt64 = 0
                if n - i >= 4 {
                    w = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                    shift = 32
                    i += 4
                }
                if n - i >= 2 {
                    w |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
                    shift += 16
                    i += 2
                }
                if n - i >= 1 { w |= UInt64(base[i]) << shift }
                high |= w
                // The zero bytes above the tail become 0x20 here, never zero.
                if hasZeroByte(w ^ spaces) { space = true }
                h = (h ^ w) &* k
            }
        }
        h ^= h >> 32
        return (h &* k ^ (h >> 29), high & 0x8080_8080_8080_8080 == 0, space)
    }

    /// `hash` of the UTF-8 of a small ASCII string (true for `ascii`), read from the
    /// string's two words rather than from a copy of its bytes: the first word holds
    /// bytes 0 to 7 zero-padded, the second bytes 8 to 14, under the top byte that holds
    /// the count. Nil for any other string.
    @inline(__always)
    static func smallHashOfBytes(_ text: String) -> (hash: UInt64, ascii: Bool)? {
        guard let (w0, w1, n) = text.smallASCIIWords else { return nil }
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: n) &* k
        if n > 0 { h = (h ^ w0) &* k }
        if n >= 8 { h ^= h >> 29 }          // a full first word, as `hashAndSpace` mixes it
        if n > 8 { h = (h ^ w1) &* k }
        h ^= h >> 32
        return (h &* k ^ (h >> 29), true)
    }

    /// The entry of an ASCII byte string, `absent`, or `notASCII`.
    @inline(__always)
    func find(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let (h, ascii) = Self.hash(b)
        guard ascii else { return Self.notASCII }
        return find(b, hash: h)
    }

    /// The entry of an ASCII byte string with this hash, or `absent`.
    @inline(__always)
    func find(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return Self.absent }
            if hashes[entry] == h {
                let start = Int(starts[entry]), end = Int(starts[entry + 1])
                if end - start == b.count
                    && (b.count == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, b.baseAddress!, b.count) == 0 }) {
                    return entry
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The entry of a word that holds no space, or nil; true when it holds a space.
    @inline(__always)
    func entryUnlessSpaced(_ word: String) -> (entry: Int?, spaced: Bool) {
        if smallLayout {
            let (w0, w1) = unsafeBitCast(word, to: (UInt64, UInt64).self)
            // A small string's unused bytes are zero and its top byte 0xE_, never a space.
            if w1 >> 60 == 0xE {
                let spaces: UInt64 = 0x2020_2020_2020_2020
                if Self.hasZeroByte(w0 ^ spaces) || Self.hasZeroByte(w1 ^ spaces) { return (nil, true) }
                let found = smallEntry(word)
                return (found >= 0 ? found : nil, false)
            }
        }
        let found = word.utf8.withContiguousStorageIfAvailable { b -> (Int, Bool) in
            let (h, ascii, space) = Self.hashAndSpace(b)
            guard ascii else { return (Self.notASCII, false) }
            return (space ? Self.absent : find(b, hash: h), space)
        } ?? (Self.notASCII, false)
        if found.0 >= 0 { return (found.0, false) }
        if found.0 == Self.absent { return (nil, found.1) }
        return (fallbackEntry(word), word.utf8.contains(0x20))
    }

    /// The entry of a key, or nil.
    @inline(__always)
    func entry(_ key: String) -> Int? {
        let small = smallEntry(key)
        if small != Self.notSmall { return small >= 0 ? small : nil }
        let found = key.utf8.withContiguousStorageIfAvailable { find($0) } ?? Self.notASCII
        if found >= 0 { return found }
        if found == Self.absent { return nil }
        return fallbackEntry(key)
    }

    /// The entry of a key given as part of a longer string, or nil.
    @inline(__always)
    func entry(_ key: Substring) -> Int? {
        let found = key.utf8.withContiguousStorageIfAvailable { find($0) } ?? Self.notASCII
        if found >= 0 { return found }
        if found == Self.absent { return nil }
        return fallbackEntry(key)
    }

    /// The entry of a query that is not ASCII (or not stored contiguously). Only three
    /// scalars outside ASCII have an ASCII canonical form (U+212A KELVIN SIGN, U+037E
    /// GREEK QUESTION MARK, U+1FEF GREEK VARIA): a query of ASCII and those is looked
    /// up as the ASCII text it equals, and any other can only equal a key whose
    /// canonical form is not ASCII.
    @inline(never)
    func fallbackEntry(_ key: some StringProtocol) -> Int? {
        if var ascii = canonicalASCII(key) {
            let found = ascii.withUTF8 { find($0) }
            return found >= 0 ? found : nil
        }
        return nonASCIIKeys.isEmpty ? nil : nonASCIIKeys[String(key)]
    }

}

/// The ASCII text canonically equal to `text`, when it holds only ASCII and the three
/// scalars outside ASCII whose canonical form is ASCII (U+037E, U+1FEF and U+212A);
/// nil otherwise. Most text outside ASCII is told by a scan, before anything is built.
func canonicalASCII(_ text: some StringProtocol) -> String? {
    guard text.unicodeScalars.allSatisfy({ $0.value < 0x80 || $0.value == 0x037E || $0.value == 0x1FEF || $0.value == 0x212A })
    else { return nil }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
        switch s.value {
        case 0..<0x80: out.append(s)
        case 0x037E: out.append(";")
        case 0x1FEF: out.append("`")
        case 0x212A: out.append("K")
        default: return nil
        }
    }
    return String(out)
}

/// The first and last words of a lexicon's phrases, so that a rule can skip building
/// phrases that cannot match: a phrase equal to a key has the key's first and last words
/// (no canonical decomposition holds a space, so words match as the phrases do).
struct PhraseEnds: Sendable {
    let first: WordIndex
    let last: WordIndex

    /// - Parameter index: the index of `keys` themselves; when no key holds a space
    /// (most lists), every key is its own first and last word, and it serves as both.
    init(_ keys: [String], index: WordIndex) {
        guard keys.contains(where: { $0.utf8.contains(0x20) }) else {
            first = index
            last = index
            return
        }
        var first = Set<String>(), last = Set<String>()
        for key in keys {
            let utf8 = key.utf8
            if let a = utf8.firstIndex(of: 0x20), let b = utf8.lastIndex(of: 0x20) {
                first.insert(String(key[..<a]))
                last.insert(String(key[key.index(after: b)...]))
            } else {
                first.insert(key)
                last.insert(key)
            }
        }
        self.first = WordIndex(first.sorted())
        self.last = WordIndex(last.sorted())
    }

    /// Whether some key starts with this word; false means no phrase starting with it is a key.
    @inline(__always)
    func starts(_ word: String) -> Bool {
        let found = first.entryUnlessSpaced(word)
        return found.spaced || found.entry != nil
    }

    /// Whether some key ends with this word; false means no phrase ending with it is a key.
    @inline(__always)
    func ends(_ word: String) -> Bool {
        let found = last.entryUnlessSpaced(word)
        return found.spaced || found.entry != nil
    }
}

/// A set of lower-case words or phrases with fast look-up; answers as `Set<String>`.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// One reference, so that copying a lexicon (which holds many of these) stays cheap.
    private final class Storage: Sendable {
        let keys: [String]
        let index: WordIndex
        let ends: PhraseEnds
        init(_ keys: [String]) {
            self.keys = keys
            index = WordIndex(keys)
            ends = PhraseEnds(keys, index: index)
        }
    }
    private let storage: Storage
    private var keys: [String] { storage.keys }

    public init(_ words: some Sequence<String>) {
        storage = Storage(Array(Set(words)).sorted())
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// - Complexity: O(length of the word).
    @inline(__always)
    public func contains(_ word: String) -> Bool {
        // The small-string path inline at each call; other strings take the full one.
        let small = storage.index.smallEntry(word)
        if small != WordIndex.notSmall { return small >= 0 }
        return containsOther(word)
    }

    @inline(never)
    private func containsOther(_ word: String) -> Bool { storage.index.entry(word) != nil }

    /// Whether the word spelled by these ASCII bytes is a member (the answer `contains`
    /// gives for the string of those bytes), asked without building the string.
    @inline(__always)
    func containsASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        storage.index.find(bytes, hash: WordIndex.hash(bytes).hash) >= 0
    }

    /// Whether some member starts with this word (up to its first space). False means
    /// no phrase starting with `word` is a member.
    @inline(__always)
    public func hasPhrase(startingWith word: String) -> Bool { storage.ends.starts(word) }

    /// Whether some member ends with this word (after its last space). False means no
    /// phrase ending with `word` is a member.
    @inline(__always)
    public func hasPhrase(endingWith word: String) -> Bool { storage.ends.ends(word) }

    public func isDisjoint(with words: some Sequence<String>) -> Bool {
        !words.contains { contains($0) }
    }

    public func makeIterator() -> IndexingIterator<[String]> { keys.makeIterator() }
}

/// A map from lower-case words or phrases to values with fast look-up; answers as
/// `[String: Value]`.
public struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// One reference, so that copying a lexicon (which holds many of these) stays cheap.
    private final class Storage: Sendable {
        let keys: [String]
        let values: [Value]
        let index: WordIndex
        let ends: PhraseEnds
        init(keys: [String], values: [Value]) {
            self.keys = keys
            self.values = values
            index = WordIndex(keys)
            ends = PhraseEnds(keys, index: index)
        }
    }
    private let storage: Storage
    public var keys: [String] { storage.keys }

    public init(_ dictionary: [String: Value]) {
        let sorted = dictionary.sorted { $0.key < $1.key }
        storage = Storage(keys: sorted.map(\.key), values: sorted.map(\.value))
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// - Complexity: O(length of the key).
    @inline(__always)
    public subscript(key: String) -> Value? {
        let small = storage.index.smallEntry(key)
        if small != WordIndex.notSmall { return small >= 0 ? storage.values[small] : nil }
        return valueOther(key)
    }

    @inline(never)
    private func valueOther(_ key: String) -> Value? { storage.index.entry(key).map { storage.values[$0] } }

    /// The value of a key given as part of a longer string.
    @inline(__always)
    public subscript(key: Substring) -> Value? {
        storage.index.entry(key).map { storage.values[$0] }
    }

    /// Whether some key starts with this word (a key's first word is all of it up to its
    /// first space). False means no phrase starting with `word` can be a key.
    @inline(__always)
    public func hasPhrase(startingWith word: String) -> Bool { storage.ends.starts(word) }

    /// Whether some key ends with this word (after its last space). False means no phrase
    /// ending with `word` can be a key.
    @inline(__always)
    public func hasPhrase(endingWith word: String) -> Bool { storage.ends.ends(word) }

    /// The same map as a standard dictionary.
    public var dictionary: [String: Value] {
        Dictionary(uniqueKeysWithValues: zip(storage.keys, storage.values))
    }
}
