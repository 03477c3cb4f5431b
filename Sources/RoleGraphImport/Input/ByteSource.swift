import CZlib
import Foundation
import RoleGraphCore

/// A file read in fixed-size chunks, inflated on the fly when it is gzip. Nothing holds
/// more than one chunk of the input at a time, so memory does not grow with the file.
final class ByteSource {
    let path: String
    /// Size of the file on disk (compressed size for gzip), when known.
    let fileSize: Int?
    /// Bytes of the file consumed so far (compressed bytes for gzip), for progress.
    private(set) var consumed: Int = 0
    let isGzip: Bool

    private let fd: Int32
    private var raw: UnsafeMutableBufferPointer<UInt8>
    private var rawStart = 0
    private var rawEnd = 0
    private var rawEOF = false
    private var stream: UnsafeMutablePointer<z_stream>?
    private var streamEnded = false

    static let chunkSize = 1 << 20

    init(path: String) throws(InputError) {
        self.path = path
        var isDirectory: ObjCBool = false
        if path != TextFile.standardInputName {
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .missingFile(path)
            }
            if isDirectory.boolValue { throw .unreadable(path, reason: "it is a directory") }
        }
        let descriptor = path == TextFile.standardInputName ? dup(0) : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        fd = descriptor
        var info = stat()
        fileSize = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
        raw = .allocate(capacity: Self.chunkSize)
        // Sniff the gzip magic without assuming the descriptor can seek (stdin may be a pipe).
        do {
            try Self.fill(fd: fd, raw: raw, start: &rawStart, end: &rawEnd, eof: &rawEOF, path: path)
        } catch {
            raw.deallocate()
            close(descriptor)
            throw error
        }
        isGzip = rawEnd - rawStart >= 2 && raw[0] == 0x1F && raw[1] == 0x8B
        if isGzip {
            let z = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            z.initialize(to: z_stream())
            // 15 + 32: a zlib or gzip header, detected by zlib itself.
            let status = inflateInit2_(z, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            if status != Z_OK {
                // Every stored property is set by now, so deinit frees the buffer and the descriptor.
                z.deallocate()
                throw .unreadable(path, reason: "cannot start gzip decompression (zlib status \(status))")
            }
            stream = z
        }
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
        raw.deallocate()
        close(fd)
    }

    private static func fill(
        fd: Int32, raw: UnsafeMutableBufferPointer<UInt8>, start: inout Int, end: inout Int,
        eof: inout Bool, path: String
    ) throws(InputError) {
        if start > 0 {
            let remaining = end - start
            if remaining > 0 {
                memmove(raw.baseAddress!, raw.baseAddress! + start, remaining)
            }
            start = 0
            end = remaining
        }
        while end < raw.count && !eof {
            let n = Glibc.read(fd, raw.baseAddress! + end, raw.count - end)
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { eof = true } else { end += n }
        }
    }

    /// Writes up to `into.count` bytes of content into `into`; 0 means the end.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
        guard let z = stream else {
            // Plain input: hand over what sniffing buffered, then read straight into the
            // caller's buffer (one copy fewer).
            if rawStart < rawEnd {
                let n = min(buffer.count, rawEnd - rawStart)
                memcpy(buffer.baseAddress!, raw.baseAddress! + rawStart, n)
                rawStart += n
                consumed += n
                return n
            }
            if rawEOF || buffer.isEmpty { return 0 }
            while true {
                let n = Glibc.read(fd, buffer.baseAddress!, buffer.count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw .unreadable(path, reason: String(cString: strerror(errno)))
                }
                if n == 0 { rawEOF = true }
                consumed += n
                return n
            }
        }
        var produced = 0
        while produced < buffer.count {
            if rawStart == rawEnd {
                if rawEOF { break }
                try Self.fill(fd: fd, raw: raw, start: &rawStart, end: &rawEnd, eof: &rawEOF, path: path)
                if rawStart == rawEnd { break }
            }
            if streamEnded {
                // Concatenated gzip members (what `cat a.gz b.gz` makes) are one stream.
                guard inflateReset(z) == Z_OK else {
                    throw .unreadable(path, reason: "corrupt gzip data after a member's end")
                }
                streamEnded = false
            }
            let availIn = rawEnd - rawStart
            z.pointee.next_in = raw.baseAddress! + rawStart
            z.pointee.avail_in = UInt32(availIn)
            z.pointee.next_out = buffer.baseAddress! + produced
            z.pointee.avail_out = UInt32(buffer.count - produced)
            let status = inflate(z, Z_NO_FLUSH)
            let used = availIn - Int(z.pointee.avail_in)
            rawStart += used
            consumed += used
            produced = buffer.count - Int(z.pointee.avail_out)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                if used == 0 && produced < buffer.count && rawEOF && rawStart == rawEnd {
                    throw .unreadable(path, reason: "gzip data ends early (truncated file?)")
                }
            case Z_STREAM_END:
                streamEnded = true
                if rawStart == rawEnd && rawEOF { return produced }
            default:
                let message = z.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
                throw .unreadable(path, reason: "corrupt gzip data: \(message)")
            }
        }
        if produced == 0 && !streamEnded && rawEOF && rawStart == rawEnd && consumed > 0 {
            throw .unreadable(path, reason: "gzip data ends early (truncated file?)")
        }
        return produced
    }
}
