// swift-tools-version: 6.0
// RoleGraph: people, the roles they hold and the works they made, from text to graph to picture.
//
// The targets follow the data: Extract (text -> facts) and Import (credit files -> facts)
// feed Core (graph + algorithms), which Export (DOT, JSON, GraphML, ...) and Render
// (Graphviz, in-process) read. `RoleGraph` ties them into one pipeline; the `rolegraph`
// executable is a thin command line over it.
import PackageDescription

let package = Package(
    name: "RoleGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RoleGraph", targets: ["RoleGraph"]),
        .executable(name: "rolegraph", targets: ["rolegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Cache prefetch hints for the graph kernels (an inline C header).
        .target(name: "CMemoryHints"),
        .target(name: "RoleGraphCore", dependencies: ["CMemoryHints"]),
        .target(
            name: "RoleGraphExtract",
            dependencies: ["RoleGraphCore"],
            resources: [.copy("Resources/lexicons")]
        ),
        .target(name: "RoleGraphImport", dependencies: ["RoleGraphCore", "CZlib"]),
        .target(name: "RoleGraphExport", dependencies: ["RoleGraphCore"]),
        .target(name: "RoleGraphRender", dependencies: ["RoleGraphCore", "CGraphviz"]),
        .target(name: "RoleGraphEval", dependencies: ["RoleGraphCore", "RoleGraphExtract"]),
        .target(
            name: "RoleGraph",
            dependencies: [
                "RoleGraphCore", "RoleGraphExtract", "RoleGraphImport",
                "RoleGraphExport", "RoleGraphRender", "RoleGraphEval",
            ]
        ),
        .executableTarget(
            name: "rolegraph",
            dependencies: [
                "RoleGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Sample graphs shared by the export and render tests; never shipped.
        .target(name: "RoleGraphTestSupport", dependencies: ["RoleGraphCore"], path: "Tests/RoleGraphTestSupport"),
        .testTarget(name: "RoleGraphCoreTests", dependencies: ["RoleGraphCore"]),
        .testTarget(
            name: "RoleGraphExtractTests",
            dependencies: ["RoleGraphExtract"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RoleGraphImportTests", dependencies: ["RoleGraphImport"]),
        .testTarget(name: "RoleGraphExportTests", dependencies: ["RoleGraphExport", "RoleGraphRender", "RoleGraphTestSupport"]),
        .testTarget(name: "RoleGraphRenderTests", dependencies: ["RoleGraphRender", "RoleGraphExport", "RoleGraphTestSupport"]),
        .testTarget(
            name: "RoleGraphEvalTests",
            dependencies: ["RoleGraphEval"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RoleGraphCLITests", dependencies: ["RoleGraph"]),
    ]
)
