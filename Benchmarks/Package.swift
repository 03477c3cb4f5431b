// swift-tools-version: 6.0
// Speed and memory of the graph core at IMDb scale, kept out of the main package so
// that `swift test` there never times anything. Build and run in release:
//
//   swift run -c release --package-path Benchmarks rolegraph-bench /tmp/gc1m
//
// It is a plain executable: each measured operation runs for tenths of a second to
// tens of seconds on one 1.45M-node graph, so it times phases inside one process with a
// monotonic clock and reports wall and CPU time (CPU/wall shows how many cores worked).
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "RoleGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "RoleGraphBench",
            dependencies: [.product(name: "RoleGraph", package: root)],
            path: "Sources/RoleGraphBench"
        ),
        .executableTarget(
            name: "ExtractBench",
            dependencies: [.product(name: "RoleGraph", package: root)],
            path: "Sources/ExtractBench"
        ),
    ]
)
