/// A growable map keyed by strings, for the per-document tables coreference fills and
/// reads at every mention. ASCII keys (nearly all names) are hashed and compared as
/// bytes with `WordIndex.hash`; other keys live in a standard dictionary. Only three
/// scalars outside ASCII are canonically equivalent to ASCII text (U+037E, U+1FEF and
/// the Kelvin sign U+212A), and keys holding them are rewritten to that text first, so a
/// look-up answers exactly as `[String: Value]` would.
struct StringMap<Value> {
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var hashes: [UInt64] = []
    private var keys: [String] = []
    private var values: [Value] = []
    private var others: [String: Value] = [:]

    init() {}

    /// An empty map with room for `capacity` keys, so that a table filled in one go does
    /// not regrow its arrays key by key.
    init(capacity: Int) {
        var slotCount = slots.count
        while slotCount < capacity * 2 { slotCount *= 2 }
        if slotCount > slots.count { slots = Array(repeating: -1, count: slotCount) }
        hashes.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The entry of an ASCII key, or the empty slot where it would go; nil when the key
    /// is not ASCII.
    @inline(__always)
    private func locate(_ key: String) -> (slot: Int, entry: Int?, hash: UInt64)? {
        guard let (h, ascii) = WordIndex.smallHashOfBytes(key) ?? key.utf8.withContiguousStorageIfAvailable({ WordIndex.hash($0) }) else {
            var native = key
            native.makeContiguousUTF8()
            return locate(native)
        }
        guard ascii else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return (slot, nil, h) }
            // Both ASCII: String equality is byte equality here.
            if hashes[entry] == h, keys[entry] == key { return (slot, entry, h) }
            slot = (slot + 1) & mask
        }
    }

    /// - Complexity: O(length of the key), amortized.
    subscript(key: String) -> Value? {
        get {
            if let at = locate(key) { return at.entry.map { values[$0] } }
            if let ascii = canonicalASCII(key) { return self[ascii] }
            return others[key]
        }
        set {
            guard let newValue else { preconditionFailure("StringMap does not remove keys") }
            if let at = locate(key) {
                if let entry = at.entry {
                    values[entry] = newValue
                    return
                }
                hashes.append(at.hash)
                keys.append(key)
                values.append(newValue)
                slots[at.slot] = Int32(keys.count - 1)
                if keys.count * 2 > slots.count { grow() }
                return
            }
            if let ascii = canonicalASCII(key) {
                self[ascii] = newValue
                return
            }
            others[key] = newValue
        }
    }

    /// Changes the value of `key` in place (inserting `initial` first when it is absent),
    /// so that a growing value is not copied at every change.
    mutating func modify(_ key: String, default initial: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        if let at = locate(key) {
            if let entry = at.entry {
                body(&values[entry])
                return
            }
            self[key] = initial()
            body(&values[values.count - 1])
            return
        }
        if let ascii = canonicalASCII(key) {
            modify(ascii, default: initial(), body)
            return
        }
        body(&others[key, default: initial()])
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for entry in keys.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(entry)
        }
        slots = bigger
    }
}
