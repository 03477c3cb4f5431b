/// Character classes with an ASCII fast path: the Unicode property tables are only
/// consulted for scalars outside ASCII, which keeps the hot loops of tokenizing and
/// sentence splitting cheap.
extension Unicode.Scalar {
    @inline(__always) var isSpaceFast: Bool {
        value < 128 ? (value == 32 || (9...13).contains(value)) : !isQuoteOrDash && properties.isWhitespace
    }
    /// U+2010 to U+2027, dashes and quote marks (the commonest scalars outside ASCII in
    /// news): none of them is white space, a letter or a digit, or has a lower case.
    @inline(__always) var isQuoteOrDash: Bool { (0x2010...0x2027).contains(value) }
    @inline(__always) var isAlphaFast: Bool {
        value < 128 ? ((65...90).contains(value) || (97...122).contains(value)) : properties.isAlphabetic
    }
    @inline(__always) var isDigitFast: Bool {
        value < 128 ? (48...57).contains(value) : properties.numericType != nil
    }
    @inline(__always) var isUpperFast: Bool {
        value < 128 ? (65...90).contains(value) : properties.isUppercase
    }
    @inline(__always) var isLowerFast: Bool {
        value < 128 ? (97...122).contains(value) : properties.isLowercase
    }
    /// `isAlphaFast || isDigitFast`, with ASCII answered from two bit masks (digits in
    /// the first, letters in the second).
    @inline(__always) var isAlphanumericFast: Bool {
        let v = value
        if v < 64 { return (0x03FF_0000_0000_0000 as UInt64) >> UInt64(v) & 1 != 0 }
        if v < 128 { return (0x07FF_FFFE_07FF_FFFE as UInt64) >> UInt64(v - 64) & 1 != 0 }
        return !isQuoteOrDash && (properties.isAlphabetic || properties.numericType != nil)
    }
}
