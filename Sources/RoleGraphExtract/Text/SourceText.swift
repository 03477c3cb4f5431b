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
        // UTF-8 written straight into the string's storage: at most four bytes a scalar.
        String(unsafeUninitializedCapacity: range.count * 4) { out in
            var count = 0
            var pendingSpace = false
            for i in range {
                let s = scalars[i]
                if s.isSpaceFast {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    out[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                let v = s.value
                if v < 0x80 {
                    out[count] = UInt8(truncatingIfNeeded: v)
                    count += 1
                } else {
                    for byte in UTF8.encode(s)! {
                        out[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }
}
