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

    /// The scalars `range` of `scalars` (at most 15) as the two words of their small
    /// string, scalar m at bit 8 * m (the first eight in the first word); nil when one
    /// of them is outside ASCII.
    @inline(__always)
    static func packedASCII(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> (UInt64, UInt64)? {
        var bits: UInt32 = 0        // every scalar's bits: any outside ASCII shows
        // Packed from the last scalar down, each shifting the ones after it up a byte: a
        // word is a handful of scalars, which this does in a few instructions each, where
        // the compiler vectorized a loop over shifts by position at a high fixed cost.
        func pack(_ part: Range<Int>) -> UInt64 {
            var word: UInt64 = 0
            for k in part.reversed() {
                let v = scalars[k].value
                bits |= v
                word = word &<< 8 | UInt64(truncatingIfNeeded: v)
            }
            return word
        }
        let split = Swift.min(range.upperBound, range.lowerBound + 8)
        let words = (pack(range.lowerBound..<split), pack(split..<range.upperBound))
        return bits < 0x80 ? words : nil
    }

    /// The two words of a packed ASCII string (see `packedASCII`) lower-cased.
    @inline(__always)
    static func lowercasedASCII(_ words: (UInt64, UInt64)) -> (UInt64, UInt64) {
        (lowercasedASCII(words.0), lowercasedASCII(words.1))
    }

    /// Eight ASCII bytes with those from "A" to "Z" lower-cased. A byte below 0x80 plus
    /// 0x3F (or 0x25) stays below 0x100, so no sum carries into the next byte, and its
    /// high bit tells whether the byte is at least "A" (or past "Z").
    @inline(__always)
    static func lowercasedASCII(_ w: UInt64) -> UInt64 {
        let fromA = w &+ 0x3F3F_3F3F_3F3F_3F3F        // 0x80 - "A" in every byte
        let pastZ = w &+ 0x2525_2525_2525_2525        // 0x80 - "Z" - 1 in every byte
        return w | (fromA & ~pastZ & 0x8080_8080_8080_8080) >> 2
    }
}

extension String {
    /// A small ASCII string's bytes and count: bytes 0 to 7 in `w0`, 8 to 14 in `w1`
    /// (little-endian, unused bytes zero, the top byte that holds count and flags
    /// cleared). Nil for any other string, and on platforms of another layout. The
    /// layout test is that of `==` in StringEquality.swift.
    @inline(__always)
    var smallASCIIWords: (w0: UInt64, w1: UInt64, count: Int)? {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
        let (w0, w1) = unsafeBitCast(self, to: (UInt64, UInt64).self)
        if w1 >> 60 == 0xE {
            return (w0, w1 & 0x00FF_FFFF_FFFF_FFFF, Int(truncatingIfNeeded: w1 >> 56) & 0xF)
        }
        #endif
        return nil
    }

    /// `lowercased()`, with the same result. A small ASCII string (nearly every word,
    /// and most names of one or two words) is lower-cased in its two words, without the
    /// standard library's call and Unicode checks; any other string takes `lowercased()`.
    /// The layout test is that of `==` in StringEquality.swift.
    @inline(__always)
    func lowercasedFast() -> String {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
        let (w0, w1) = unsafeBitCast(self, to: (UInt64, UInt64).self)
        if w1 >> 60 == 0xE {
            // The top byte holds the count and flags, not text: it is kept as it is.
            let top: UInt64 = 0xFF00_0000_0000_0000
            return unsafeBitCast((String.lowercasedASCII(w0), String.lowercasedASCII(w1 & ~top) | w1 & top),
                                 to: String.self)
        }
        #endif
        return lowercased()
    }
}
