/// Building short ASCII strings without a call into the standard library.
///
/// A string of up to 15 ASCII bytes is stored inline ("small"): its bytes in two words,
/// little-endian and zero-padded, with 0xE0 | count in the top byte (the layout
/// `WordIndex.smallLayoutHolds()` checks). The tokenizer makes two such strings for
/// nearly every word, and `String(unsafeUninitializedCapacity:)` spends far more on
/// each (a closure call, validation) than packing the bytes does.
extension String {
    /// The string of `count` ASCII bytes (at most 15) packed little-endian in `words`,
    /// all other bytes zero. Call only where `WordIndex.smallLayoutHolds()` is true.
    @inline(__always)
    static func smallASCII(_ words: (UInt64, UInt64), count: Int) -> String {
        unsafeBitCast((words.0, words.1 | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56), to: String.self)
    }
}
