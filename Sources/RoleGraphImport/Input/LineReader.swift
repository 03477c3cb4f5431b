import Foundation
import RoleGraphCore

/// One line of an input, valid only during the call that receives it.
public struct CreditLine {
    /// 1-based line number in the (decompressed) input.
    public let number: Int
    /// The line's bytes without its `\n` or `\r\n`.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// Unicode scalar offsets of the line's start and end in the input as read; -1 when the
    /// reader was not asked to count them (streaming imports skip the work).
    public let scalarStart: Int
    public let scalarEnd: Int

    /// The line as text (invalid UTF-8 repaired with U+FFFD).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Splits a `ByteSource` into lines without copying them: each line is a view into a
/// reusable buffer. A line longer than the buffer grows the buffer, so memory follows the
/// longest line, never the file.
final class LineReader {
    private let source: ByteSource
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    let countScalars: Bool
    var path: String { source.path }
    var fileSize: Int? { source.fileSize }
    var consumed: Int { source.consumed }

    init(path: String, countScalars: Bool = false) throws(InputError) {
        source = try ByteSource(path: path)
        buffer = .allocate(capacity: 4 << 20)
        self.countScalars = countScalars
    }

    deinit { buffer.deallocate() }

    /// Calls `body` for every line, in order. A final line without a newline counts; an
    /// empty file gives no lines. `body` returns false to stop early.
    func forEachLine(progress: inout Progress, _ body: (CreditLine) throws -> Bool) throws {
        var start = 0
        var end = 0
        var lineNumber = 0
        var scalarOffset = 0
        var atEOF = false
        while true {
            if !atEOF {
                // Keep the unfinished tail, then fill the rest of the buffer.
                if start > 0 {
                    let tail = end - start
                    if tail > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + start, tail) }
                    end = tail
                    start = 0
                }
                if end == buffer.count {
                    let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
                    memcpy(bigger.baseAddress!, buffer.baseAddress!, end)
                    buffer.deallocate()
                    buffer = bigger
                }
                let n = try source.read(into: UnsafeMutableBufferPointer(rebasing: buffer[end...]))
                if n == 0 { atEOF = true } else { end += n }
                progress.update(rows: lineNumber, consumed: source.consumed, total: source.fileSize)
            }
            let base = buffer.baseAddress!
            var cursor = start
            while cursor < end {
                guard let hit = memchr(base + cursor, 0x0A, end - cursor) else { break }
                let newline = UnsafeMutablePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                var lineEnd = newline
                if lineEnd > start && base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
                let (s, e) = scalars(line, offset: &scalarOffset, newlineBytes: newline + 1 - lineEnd)
                if try !body(CreditLine(number: lineNumber, bytes: line, scalarStart: s, scalarEnd: e)) {
                    return
                }
                start = newline + 1
                cursor = start
            }
            if atEOF {
                if start < end {
                    lineNumber += 1
                    var lineEnd = end
                    if base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                    let line = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
                    let (s, e) = scalars(line, offset: &scalarOffset, newlineBytes: 0)
                    _ = try body(CreditLine(number: lineNumber, bytes: line, scalarStart: s, scalarEnd: e))
                }
                progress.finish(rows: lineNumber)
                return
            }
        }
    }

    @inline(__always)
    private func scalars(_ line: UnsafeBufferPointer<UInt8>, offset: inout Int, newlineBytes: Int) -> (Int, Int) {
        guard countScalars else { return (-1, -1) }
        var count = 0
        for byte in line where byte & 0xC0 != 0x80 { count += 1 }
        let start = offset
        offset += count + newlineBytes
        return (start, start + count)
    }

}
