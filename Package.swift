// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "relgraph", targets: ["relgraph"]),
        .library(name: "RelGraph", targets: ["RelGraph"]),
        .library(name: "RelGraphFormats", targets: ["RelGraphFormats"]),
        .library(name: "RelGraphRender", targets: ["RelGraphRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml, read event by event: exact positions without building a generic tree.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Graphviz's C API (cgraph + gvc) and nothing else.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "RelGraph", dependencies: ["CYAML"]),
        // Readers, writers and text formats for people: interchange, bibliographies, tables.
        .target(name: "RelGraphFormats", dependencies: ["RelGraph"]),
        .target(name: "RelGraphRender", dependencies: ["RelGraph", "RelGraphFormats", "CGraphviz"]),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraph", "RelGraphFormats", "RelGraphRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: each fixture file once, and the helpers that read
        // fixtures, mark expected positions and run the built command (like XcodeGen's TestSupport).
        .target(name: "TestSupport", dependencies: ["RelGraph"], path: "Tests/TestSupport", resources: [.copy("Fixtures")]),
        .testTarget(name: "RelGraphTests", dependencies: ["RelGraph", "TestSupport"]),
        .testTarget(name: "RelGraphFormatsTests", dependencies: ["RelGraphFormats", "RelGraph", "TestSupport"]),
        .testTarget(name: "RelGraphRenderTests", dependencies: ["RelGraphRender", "RelGraphFormats", "RelGraph", "TestSupport"]),
        .testTarget(name: "relgraphTests", dependencies: ["relgraph", "RelGraph", "RelGraphFormats", "TestSupport"]),
    ]
)
