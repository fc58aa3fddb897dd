// swift-tools-version:6.0
import PackageDescription

// csat: owner-satisfaction survey pipeline. See README.md and ../shared/SPEC.md.
// Each C library is reached through exactly one Swift module:
//   libcsv        -> CLibCSV        -> CSatCSV  (streaming CSV records, decoding)
//   libxlsxwriter -> CLibXLSXWriter -> CSatXLSX (the workbook)
//   libzip        -> CLibZip        -> CSatXLSXReader (reading .xlsx: zip + a SpreadsheetML scanner)
//   libsqlite3    -> GRDB.swift     -> CSatHistory (the waves' history; docs/HISTORY.md says why GRDB)
//   libcrypto     -> CLibCrypto     -> CSatCore's SHA256 only (OpenSSL: SHA-NI; docs/PERFORMANCE.md)
// Hummingbird (HTTP), multipart-kit and HummingbirdBcrypt are reached only through CSatWeb (csat serve).
let package = Package(
    name: "csat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "csat", targets: ["csat"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // csat serve only (docs/WEB.md says why these): the HTTP server, bcrypt for the password file,
        // and a streaming multipart parser for uploads.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        .systemLibrary(
            name: "CLibXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // Every word users read, in zh and en side by side (docs/ARCHITECTURE.md, "Words").
        .target(name: "CSatWords"),
        .target(name: "CSatCSV", dependencies: ["CLibCSV", "CSatWords"]),
        .target(name: "CSatXLSXReader", dependencies: ["CLibZip", "CSatWords"]),
        .target(name: "CSatCore", dependencies: ["CSatWords", "CSatCSV", "CSatXLSXReader", "CLibCrypto"]),
        .target(name: "CSatXLSX", dependencies: ["CSatCore", "CLibXLSXWriter"]),
        .target(
            name: "CSatMarkdown",
            dependencies: ["CSatCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The report run (wave → workbook + Markdown), for the command line and the web page alike.
        .target(name: "CSatReport", dependencies: ["CSatCore", "CSatXLSX", "CSatMarkdown"]),
        // Every scored wave in one SQLite file (docs/HISTORY.md): the only module that imports GRDB.
        .target(name: "CSatHistory", dependencies: ["CSatCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // `csat serve` (docs/WEB.md): the only module that imports the web server and its parts.
        .target(
            name: "CSatWeb",
            dependencies: [
                "CSatCore", "CSatXLSX", "CSatReport", "CSatHistory", "CSatMarkdown",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "csat",
            dependencies: [
                "CSatCore", "CSatXLSX", "CSatReport", "CSatHistory", "CSatWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "csat-synth"),
        // Fuzz targets for the importers and the definition loader (docs/FUZZING.md, scripts/fuzz);
        // a normal build makes the replayer the regression tests run.
        .executableTarget(name: "csat-fuzz", dependencies: ["CSatCore", "CSatCSV", "CSatMarkdown", "CSatXLSXReader"]),
        // Fixtures are read from their paths (#filePath), not bundled: excluded, so that SwiftPM does not
        // list them as unhandled files on every build.
        .testTarget(name: "CSatCoreTests", dependencies: ["CSatCore", "CSatCSV", "CSatWords"], exclude: ["Fixtures"]),
        .testTarget(name: "CSatCLITests", dependencies: ["CSatCore", "CSatWords"], exclude: ["Fixtures", "Golden/files"]),
        .testTarget(name: "CSatCSVTests", dependencies: ["CSatCSV"]),
        .testTarget(name: "CSatXLSXReaderTests", dependencies: ["CSatXLSXReader"]),
        .testTarget(name: "CSatMarkdownTests", dependencies: ["CSatMarkdown", "CSatCore"]),
        .testTarget(name: "CSatXLSXTests", dependencies: ["CSatXLSX", "CSatCore"]),
        .testTarget(name: "CSatHistoryTests", dependencies: ["CSatHistory", "CSatCore"]),
    ]
)
