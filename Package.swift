// swift-tools-version: 6.0
import PackageDescription

// Module map (one job each; the folder names say what they hold):
//   SparkleTree        the ordered value tree every template becomes, with deep merge and source origins
//   SparkleIntrinsics  typed helpers for every CloudFormation intrinsic function and pseudo parameter
//   SparkleDSL         result builders: Template, Component, Dynamic, Registry, sections, compile-time inputs
//   SparkleBuiltins    a built-in dynamic for every resource type of the schemas (Builtin.ec2Instance)
//   SparkleValues      the intrinsic-aware view of values every check uses (Fn::If branches, unknown values by type)
//   SparkleValidation  checks on a compiled tree (dangling references, names, cycles, limits)
//   SparkleSchema      checks against the CloudFormation resource schemas (types, properties, attributes)
//   SparkleSchemaData  the schema data, linked into the binary
//   SparkleEmitters    JSON and YAML output
//   SparkleFiles       a command's files: inputs read whole, outputs written all or nothing
//   SparklePackage     a package of one's own templates, as `sparkle init` writes it
//   SparkleParsers     JSON and YAML CloudFormation files in, with line:column errors (uses Yams)
//   SparkleOutput      templates to files: renderings, compile outputs and their checks, JSON ⇄ YAML conversion
//   SparkleLint        lint as a library: Linter (files, directories, text, templates) and LintReport (four formats)
//   SparkleAWS         credentials, SigV4 signing, the CloudFormation and S3 clients, the HTTP transport
//   CSparkleHTTP       the HTTP transport's C side: libcurl, loaded on first use
//   SparkleStacks      stack operations: change sets, parameters, capabilities, uploads, event streams, waiting
//   Sparkle            the library users import: re-exports the above and owns the compile pipeline
//   SparkleCommandLine the `sparkle` commands, reusable by a user's own executable
//   SparkleExamples    the bundled Templates/Components/Dynamics/Registries folders
//   SparkleFuzz        the fuzz harness for the parsers and emitters (Scripts/fuzz.sh)
let package = Package(
    name: "Sparkle",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Sparkle", targets: ["Sparkle"]),
        .library(name: "SparkleParsers", targets: ["SparkleParsers"]),
        .library(name: "SparkleLint", targets: ["SparkleLint"]),
        .library(name: "SparkleImport", targets: ["SparkleImport"]),
        .library(name: "SparkleFiles", targets: ["SparkleFiles"]),
        .library(name: "SparklePackage", targets: ["SparklePackage"]),
        .library(name: "SparkleOutput", targets: ["SparkleOutput"]),
        .library(name: "SparkleAWS", targets: ["SparkleAWS"]),
        .library(name: "SparkleStacks", targets: ["SparkleStacks"]),
        .library(name: "SparkleCommandLine", targets: ["SparkleCommandLine"]),
        .executable(name: "sparkle", targets: ["sparkle"]),
        .plugin(name: "SparkleCatalogPlugin", targets: ["SparkleCatalogPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "SparkleTree",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(name: "SparkleIntrinsics", dependencies: ["SparkleTree"]),
        .target(
            name: "SparkleDSL",
            dependencies: [
                "SparkleTree", "SparkleIntrinsics", .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // What a value may be once CloudFormation resolves its functions: the one view every rule reads.
        .target(name: "SparkleValues", dependencies: ["SparkleTree"]),
        .target(name: "SparkleValidation", dependencies: ["SparkleTree", "SparkleValues"]),
        // Resource types, properties and attributes from the CloudFormation registry schemas, as
        // Scripts/generate_schemas.py extracts them from cfn-lint's bundled copy.
        .target(name: "SparkleSchema", dependencies: ["SparkleTree", "SparkleValues", "SparkleValidation", "SparkleSchemaData"]),
        // The schema data itself, linked into the binary by the assembler (.incbin), so that a
        // copied binary keeps it.
        .target(
            name: "SparkleSchemaData",
            exclude: ["schemas.jsonl"],
            cSettings: [.define("SPARKLE_SCHEMAS_FILE", to: "\"\(Context.packageDirectory)/Sources/SparkleSchemaData/schemas.jsonl\"")]
        ),
        // Generated with the schema data (Scripts/generate_schemas.py): one member per type.
        .target(name: "SparkleBuiltins", dependencies: ["SparkleDSL", "SparkleSchema", "SparkleValidation"]),
        .target(name: "SparkleEmitters", dependencies: ["SparkleTree"]),
        // Files in and out: a command's input read whole, outputs written all or nothing.
        .target(name: "SparkleFiles"),
        // A user's own package of templates, as `sparkle init` writes it.
        .target(name: "SparklePackage", dependencies: ["SparkleFiles"]),
        // SparkleParsers drives libyaml's event API through Yams' vendored copy (module CYaml),
        // so no system library is needed; the Yams product is what brings it in.
        .target(name: "SparkleParsers", dependencies: ["SparkleTree", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Sparkle",
            dependencies: [
                "SparkleTree", "SparkleValues", "SparkleIntrinsics", "SparkleDSL", "SparkleBuiltins", "SparkleValidation", "SparkleSchema",
                "SparkleEmitters",
            ]
        ),
        // Templates to files: rendering, where compiled templates go, checks of files on disk, conversion.
        .target(name: "SparkleOutput", dependencies: ["Sparkle", "SparkleParsers", "SparkleFiles"]),
        // Lint as the command does it, for a custom generator or CI tool: read, check, report.
        .target(name: "SparkleLint", dependencies: ["Sparkle", "SparkleParsers", "SparkleFiles"]),
        // Existing templates to Sparkle Swift (`sparkle import`): source that compiles back to the
        // very template, written as the DSL articles teach.
        .target(name: "SparkleImport", dependencies: ["Sparkle", "SparkleParsers", "SparkleFiles"]),
        // AWS access (credentials, SigV4, the CloudFormation Query API), kept out of the core so
        // that library users who only generate templates build none of it.
        .target(name: "SparkleAWS", dependencies: ["SparkleTree", "CSparkleHTTP"]),
        // HTTP through the system's libcurl, loaded with dlopen on the first request: nothing to
        // build, and nothing loaded at start-up by commands that never reach AWS.
        .target(name: "CSparkleHTTP", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // Operating stacks (sfn's half): deploy through change sets, follow events, destroy.
        .target(name: "SparkleStacks", dependencies: ["Sparkle", "SparkleAWS", "SparkleParsers"]),
        .target(
            name: "SparkleCommandLine",
            dependencies: [
                "Sparkle", "SparkleParsers", "SparkleLint", "SparkleAWS", "SparkleStacks", "SparkleFiles", "SparklePackage", "SparkleOutput",
                "SparkleImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Catalog generation: adding a template, component, dynamic or registry is adding one file.
        .executableTarget(name: "SparkleCatalogGenerator", path: "Sources/SparkleCatalogGenerator"),
        .plugin(
            name: "SparkleCatalogPlugin",
            capability: .buildTool(),
            dependencies: ["SparkleCatalogGenerator"]
        ),

        // The bundled examples: the four top-level folders, compiled as one module.
        .target(
            name: "SparkleExamples",
            dependencies: ["Sparkle"],
            path: ".",
            exclude: ["Sources", "Tests", "Benchmarks", "Plugins", "Scripts", "docs", "README.md", "LICENSE", "out"],
            sources: ["Templates", "Components", "Dynamics", "Registries"],
            plugins: ["SparkleCatalogPlugin"]
        ),
        .executableTarget(name: "sparkle", dependencies: ["SparkleCommandLine", "SparkleExamples"]),

        .executableTarget(
            name: "SparkleBenchmark",
            dependencies: ["Sparkle", "SparkleParsers"],
            path: "Benchmarks/SparkleBenchmark"
        ),

        // The fuzz harness for the readers and writers: `Scripts/fuzz.sh` builds it with libFuzzer
        // and the address sanitizer; a plain build replays the files it is given.
        .executableTarget(
            name: "SparkleFuzz",
            dependencies: ["SparkleParsers", "SparkleEmitters", "SparkleTree"]
        ),

        .testTarget(name: "SparkleTests", dependencies: ["Sparkle", "SparkleParsers", "SparkleLint", "SparkleAWS", "SparkleStacks"], exclude: ["FuzzReproducers"]),
        // The sample of the shared collections, imported (Imported/, Samples.swift) and compiled back.
        .testTarget(
            name: "SparkleImportTests", dependencies: ["Sparkle", "SparkleImport", "SparkleLint", "SparkleParsers"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SparkleExamplesTests",
            dependencies: [
                "Sparkle", "SparkleExamples", "SparkleCommandLine", "SparkleAWS", "SparkleParsers", "SparkleLint", "SparkleStacks",
            ],
            exclude: ["Golden", "LintFixtures", "StackFixtures", "CatalogFixtures", "yaml_equivalence.py", "schema_corpus.py"]
        ),
    ]
)
