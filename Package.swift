// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones below it:
//   CLibXML2 (C shim) → NewsScraperHTML (document layer) → NewsScraperCore (SDK)
//   → NewsScraperGeneric / NewsScraperRT (built-in extractors, public SDK only)
//   → NewsScraper (umbrella product) → executables.
let package = Package(
    name: "NewsScraper",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsScraper", targets: ["NewsScraper"]),
        .executable(name: "newsscraper", targets: ["newsscraper"]),
        .executable(name: "newsscraper-bench", targets: ["newsscraper-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(name: "NewsScraperHTML", dependencies: ["CLibXML2"]),
        .target(name: "NewsScraperCore", dependencies: ["NewsScraperHTML"]),
        .target(name: "NewsScraperGeneric", dependencies: ["NewsScraperCore"]),
        .target(name: "NewsScraperRT", dependencies: ["NewsScraperCore"]),
        .target(name: "NewsScraperFetch", dependencies: ["NewsScraperCore", "CLibXML2", "CZlib"]),
        .target(
            name: "NewsScraper",
            dependencies: ["NewsScraperHTML", "NewsScraperCore", "NewsScraperGeneric", "NewsScraperRT", "NewsScraperFetch"]
        ),
        .executableTarget(
            name: "newsscraper",
            dependencies: ["NewsScraper", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "newsscraper-bench",
            dependencies: ["NewsScraper", "CLibXML2", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "NewsScraperHTMLTests", dependencies: ["NewsScraperHTML"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsScraperCoreTests", dependencies: ["NewsScraperCore", "NewsScraperGeneric"]),
        .testTarget(name: "NewsScraperGenericTests", dependencies: ["NewsScraper"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsScraperRTTests", dependencies: ["NewsScraper"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "NewsScraperFetchTests",
            dependencies: ["NewsScraperFetch", "NewsScraper", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .testTarget(
            name: "NewsScraperCLITests",
            dependencies: ["NewsScraper", .product(name: "FlyingFox", package: "FlyingFox")]
        ),

        // Examples/: a custom site extractor for a fictional site, with its fixture and test.
        .target(name: "DailyPlanetExtractor", dependencies: ["NewsScraper"],
                path: "Examples/CustomExtractor/Sources/DailyPlanetExtractor"),
        .executableTarget(name: "daily-planet-example", dependencies: ["DailyPlanetExtractor", "NewsScraper"],
                          path: "Examples/CustomExtractor/Sources/daily-planet-example"),
        // Examples/: a batch of saved pages to JSON Lines, and a crawl of a bundled site served on loopback.
        .executableTarget(name: "batch-example", dependencies: ["NewsScraper"], path: "Examples/Batch/Sources/batch-example"),
        .executableTarget(
            name: "local-crawl-example",
            dependencies: ["NewsScraper", .product(name: "FlyingFox", package: "FlyingFox")],
            path: "Examples/LocalCrawl/Sources/local-crawl-example"
        ),
        .testTarget(name: "DailyPlanetExtractorTests", dependencies: ["DailyPlanetExtractor", "NewsScraper"],
                    path: "Examples/CustomExtractor/Tests", resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
