/// Character classes with an ASCII fast path: the Unicode property tables are only
/// consulted for scalars outside ASCII, which keeps the hot loops of tokenizing and
/// sentence splitting cheap.
///
/// The property look-ups live in functions that are never inlined: `Unicode.Scalar.Properties`
/// and `Unicode.NumericType` have no fixed size outside the standard library, and a
/// function that holds one, even on a branch it never takes, fetches type metadata and
/// sizes stack space for it at every call.
extension Unicode.Scalar {
    /// White space; in ASCII, the space (bit 32 of the mask) and tab to carriage return
    /// (bits 9 to 13).
    @inline(__always) var isSpaceFast: Bool {
        if value <= 32 { return (0x1_0000_3E00 as UInt64) >> UInt64(value) & 1 != 0 }
        return value >= 128 && !isQuoteOrDash && Self.isWhitespace(self)
    }
    /// U+2010 to U+2027, dashes and quote marks (the commonest scalars outside ASCII in
    /// news): none of them is white space, a letter or a digit, or has a lower case.
    @inline(__always) var isQuoteOrDash: Bool { (0x2010...0x2027).contains(value) }
    @inline(__always) var isAlphaFast: Bool {
        value < 128 ? ((65...90).contains(value) || (97...122).contains(value)) : Self.isAlphabetic(self)
    }
    @inline(__always) var isDigitFast: Bool {
        value < 128 ? (48...57).contains(value) : Self.isNumeric(self)
    }
    @inline(__always) var isUpperFast: Bool {
        value < 128 ? (65...90).contains(value) : Self.isUppercase(self)
    }
    @inline(__always) var isLowerFast: Bool {
        value < 128 ? (97...122).contains(value) : Self.isLowercase(self)
    }
    /// `isAlphaFast || isDigitFast`, with ASCII answered from two bit masks (digits in
    /// the first, letters in the second).
    @inline(__always) var isAlphanumericFast: Bool {
        let v = value
        if v < 64 { return (0x03FF_0000_0000_0000 as UInt64) >> UInt64(v) & 1 != 0 }
        if v < 128 { return (0x07FF_FFFE_07FF_FFFE as UInt64) >> UInt64(v - 64) & 1 != 0 }
        return !isQuoteOrDash && (Self.isAlphabetic(self) || Self.isNumeric(self))
    }
    /// A nonspacing (combining) mark; there is none below U+0300, nor among the quote
    /// marks and dashes that end so many words.
    @inline(__always) var isNonspacingMark: Bool { value >= 0x300 && !isQuoteOrDash && Self.isNonspacingMark(self) }
    /// A format character (soft hyphen, zero-width joiner); there is none below U+00AD,
    /// nor among the quote marks and dashes.
    @inline(__always) var isFormat: Bool { value >= 0xAD && !isQuoteOrDash && Self.isFormat(self) }
    /// The scalar's lower-case mapping, as `properties.lowercaseMapping` gives it.
    var lowercaseMapping: String { Self.lowercaseMapping(self) }

    @inline(never) private static func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
    @inline(never) private static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
    @inline(never) private static func isNumeric(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }
    @inline(never) private static func isUppercase(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
    @inline(never) private static func isLowercase(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }
    @inline(never) private static func isNonspacingMark(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .nonspacingMark
    }
    @inline(never) private static func isFormat(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory == .format }
    @inline(never) private static func lowercaseMapping(_ s: Unicode.Scalar) -> String { s.properties.lowercaseMapping }
}
