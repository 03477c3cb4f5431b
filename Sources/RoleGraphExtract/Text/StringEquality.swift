/// String equality for this module, with the answers of the standard library's.
///
/// The rules compare words with literals at nearly every token (`word(i) == "of"`), and
/// nearly all those comparisons fail. The standard `==` answers equal strings inline but
/// calls out of line for every unequal pair. A string of up to 15 ASCII bytes is stored
/// inline ("small"): its bytes in two words, zero-padded, with 0xE0 | count in the top
/// byte, so two such strings are equal exactly when their words are. Such a pair is
/// answered here; any other goes to the standard `==` (through `Equatable`, which this
/// declaration does not shadow). The layout is that of 64-bit little-endian platforms;
/// `WordIndex.smallLayoutHolds()` checks it and a test asks that it hold.
extension String {
    @inline(__always)
    static func == (lhs: String, rhs: String) -> Bool {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
        let (a0, a1) = unsafeBitCast(lhs, to: (UInt64, UInt64).self)
        let (b0, b1) = unsafeBitCast(rhs, to: (UInt64, UInt64).self)
        if a1 >> 60 == 0xE && b1 >> 60 == 0xE { return a0 == b0 && a1 == b1 }
        #endif
        return standardEqual(lhs, rhs)
    }

    @inline(__always)
    static func != (lhs: String, rhs: String) -> Bool { !(lhs == rhs) }
}

@inline(__always)
private func standardEqual<T: Equatable>(_ a: T, _ b: T) -> Bool { a == b }

/// The module's `==` on two strings, for tests that compare it with the standard one.
func moduleEqual(_ a: String, _ b: String) -> Bool { a == b }
