import CZlib

/// Gzip compression, for writing `.gz` credit files (and the tests that read them back).
public enum Gzip {
    public enum Failure: Error, CustomStringConvertible {
        case zlib(Int32)
        public var description: String { "gzip compression failed (zlib status \(self))" }
    }

    /// `bytes` as one gzip member.
    ///
    /// - Complexity: O(n).
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) throws -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: a gzip header and trailer rather than zlib's.
        var status = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure.zlib(status) }
        defer { deflateEnd(&stream) }
        var input = bytes
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        let produced = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                status = deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw Failure.zlib(status) }
        return Array(out.prefix(produced))
    }
}
