import Foundation

/// Progress of a long import on standard error: lines read, lines per second and, when the
/// input's size is known, the time left. Drawn over itself with `\r` at most five times a
/// second, and only when standard error is a terminal, so logs and pipes stay clean.
struct Progress {
    let label: String
    let enabled: Bool
    private let started: UInt64
    private var lastDraw: UInt64
    private var drew = false

    init(label: String, quiet: Bool) {
        self.label = label
        enabled = !quiet && isatty(2) == 1
        started = Self.now()
        lastDraw = started
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    mutating func update(rows: Int, consumed: Int, total: Int?) {
        guard enabled else { return }
        let t = Self.now()
        guard t - lastDraw >= 200_000_000 else { return }
        lastDraw = t
        let seconds = Double(t - started) / 1e9
        let rate = seconds > 0 ? Double(rows) / seconds : 0
        var line = "\r\(label): \(rows) lines, \(Int(rate)) lines/s"
        if let total, total > 0, consumed > 0 {
            let fraction = min(1, Double(consumed) / Double(total))
            let left = seconds / fraction - seconds
            line += String(format: ", %.0f%%, ETA %.0fs", fraction * 100, left)
        }
        draw(line)
    }

    mutating func finish(rows: Int) {
        guard enabled, drew else { return }
        let seconds = Double(Self.now() - started) / 1e9
        draw(String(format: "\r\(label): \(rows) lines in %.1fs", seconds))
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private mutating func draw(_ text: String) {
        drew = true
        // Pad so a shorter line fully covers the previous one.
        FileHandle.standardError.write(Data((text + "   ").utf8))
    }
}
