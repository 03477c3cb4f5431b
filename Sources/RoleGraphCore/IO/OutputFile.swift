import Foundation

/// Where a command's output goes when the user names a path: ordinary files are
/// replaced atomically through `AtomicFile`; devices, pipes and anything under /dev or
/// /proc (`-o /dev/stdout`, `-o /dev/null`, a FIFO) are written in place, because
/// renaming a temporary file over them would replace the device itself.
public enum OutputFile {
    public static func write(_ data: Data, to path: String) throws(InputError) {
        var info = stat()
        let exists = stat(path, &info) == 0
        let kind = info.st_mode & S_IFMT
        if exists && kind == S_IFDIR { throw .unwritable(path, reason: "it is a directory") }
        // Through a symbolic link, replace the file it points to, not the link.
        var target = path
        if let real = realpath(path, nil) {
            target = String(cString: real)
            free(real)
        }
        let absolute = URL(fileURLWithPath: target).standardizedFileURL.path
        if (exists && kind != S_IFREG) || absolute.hasPrefix("/dev/") || absolute.hasPrefix("/proc/") {
            try writeInPlace(data, to: path)
        } else {
            try AtomicFile.write(data, to: target)
        }
    }

    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(Data(text.utf8), to: path)
    }

    private static func writeInPlace(_ data: Data, to path: String) throws(InputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .unwritable(path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw .unwritable(path, reason: String(cString: strerror(failure))) }
    }
}
