import Dispatch
import Foundation

/// Splitting work across the machine's cores. Each worker gets a disjoint slice of the
/// output, so no locks are needed; the pointer wrapper only carries that promise across
/// the closure boundary.
struct SharedPointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    init(_ base: UnsafeMutablePointer<T>) { self.base = base }
}

enum Parallel {
    /// Worker count: `requested` if positive, else the cores this process may use; at most `limit`.
    static func workers(requested: Int = 0, limit: Int = Int.max) -> Int {
        max(1, min(requested > 0 ? requested : ProcessInfo.processInfo.activeProcessorCount, limit))
    }

    /// Node ranges with roughly equal adjacency entries, one per worker.
    static func balancedRanges(offsets: [Int32], parts: Int) -> [Range<Int>] {
        let n = offsets.count - 1
        guard parts > 1, n > 0 else { return [0..<n] }
        let total = Int(offsets[n]) + n
        var ranges: [Range<Int>] = []
        var start = 0
        for p in 1...parts {
            let goal = total * p / parts
            var lo = start, hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(offsets[mid]) + mid < goal { lo = mid + 1 } else { hi = mid }
            }
            let end = p == parts ? n : lo
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// `[body(0), ..., body(count - 1)]`, computed on up to `count` threads.
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buf in
            let slots = SharedPointer(buf.baseAddress!)
            forEach(count) { i in slots.base[i] = body(i) }
        }
        return results.map { $0! }
    }

    /// Runs `body(0) ..< body(count)` on up to `count` threads and returns when all end.
    /// The body must only write to memory no other index writes (per-worker buffers,
    /// disjoint output slices); that is the promise the unchecked box stands for.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        if count == 1 { body(0); return }
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: count) { box.value($0) }
        }
    }
}

private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
