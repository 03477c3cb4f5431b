/// A document's text ready for reading: markup and site furniture are overwritten with
/// spaces (line breaks kept), so position `i` here is position `i` in the document as
/// read. Offsets therefore need no map, for HTML and Markdown as for plain text.
public struct SourceText: Sendable {
    public var scalars: [Unicode.Scalar]
    /// Spans the markup set in italics or emphasis (titles of works, usually).
    public var emphasis: [Range<Int>]

    public init(scalars: [Unicode.Scalar], emphasis: [Range<Int>] = []) {
        self.scalars = scalars
        self.emphasis = emphasis
    }

    /// The text of a span with runs of white space folded to one space.
    ///
    /// - Complexity: O(n) in the length of the span.
    public func text(_ range: Range<Int>) -> String {
        // A short ASCII span (most names) is packed straight into a small string. Another
        // short span is measured first, so that its text becomes a small string (up to
        // 15 bytes) with no allocation; a longer one is written in one pass into room
        // for four bytes a scalar.
        var capacity = range.count * 4
        if range.count <= 15 {
            if Self.smallStrings, let (words, count) = foldedASCII(range) { return .smallASCII(words, count: count) }
            capacity = 0
            foldedUTF8(range) { _ in capacity += 1 }
        }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var k = 0
            foldedUTF8(range) { byte in
                out[k] = byte
                k &+= 1
            }
            return k
        }
    }

    /// Whether strings have the small form `String.smallASCII` builds.
    private static let smallStrings = WordIndex.smallLayoutHolds()

    /// The folded text of a span of at most 15 scalars as the two words of its small
    /// string (see `String.packedASCII`) and its length; nil when it is not ASCII.
    private func foldedASCII(_ range: Range<Int>) -> (words: (UInt64, UInt64), count: Int)? {
        var words: (UInt64, UInt64) = (0, 0)
        var count = 0
        var bits: UInt8 = 0         // every byte's bits: any outside ASCII shows
        foldedUTF8(range) { byte in
            bits |= byte
            let shift = UInt64(truncatingIfNeeded: count & 7) * 8
            if count < 8 { words.0 |= UInt64(byte) &<< shift } else { words.1 |= UInt64(byte) &<< shift }
            count &+= 1
        }
        return bits < 0x80 ? (words, count) : nil
    }

    /// Calls `body` with each UTF-8 byte of the span, runs of white space folded to one
    /// space, leading and trailing white space dropped.
    @inline(__always)
    private func foldedUTF8(_ range: Range<Int>, _ body: (UInt8) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "span out of the text")
        var started = false
        var pendingSpace = false
        scalars.withUnsafeBufferPointer { scalars in
            var i = range.lowerBound
            while i < range.upperBound {
                let s = scalars[i]
                let v = s.value
                i += 1
                // Visible ASCII (nearly every scalar) is told from white space with one test.
                if v &- 33 >= 128 - 33 && s.isSpaceFast {
                    pendingSpace = started
                    continue
                }
                if pendingSpace {
                    body(0x20)
                    pendingSpace = false
                }
                started = true
                if v < 0x80 {
                    body(UInt8(truncatingIfNeeded: v))
                } else {
                    for byte in UTF8.encode(s)! { body(byte) }
                }
                // The visible ASCII that follows (the rest of a word, most often) is passed
                // on as it is, with no state to keep.
                while i < range.upperBound, case let w = scalars[i].value, w &- 33 < 128 - 33 {
                    body(UInt8(truncatingIfNeeded: w))
                    i += 1
                }
            }
        }
    }
}
