// Sparkle's benchmark: run `bash Benchmarks/run.sh` (it builds this in release mode).
//
//   SparkleBenchmark             the full report
//   SparkleBenchmark emit N      print the JSON of the generated N-bucket template (for whole-process timing)
//
// (a) compile + JSON of generated 500- and 5,000-resource templates, in-process, with peak memory;
// (b) whole-process runs side by side with troposphere and SparkleFormation, ratios printed, and start-up;
// (c) type-check time of a generated 500-resource source file in the style README recommends;
// (d) JSON→YAML and YAML→JSON of a ~1 MB template, whole process, side by side with cfn-flip;
// (e) lint of the bundled examples and of a 500-resource template, whole process, beside cfn-lint;
// (f) the author's loop in debug: first build, edit → JSON, beside troposphere and SparkleFormation;
// (g) built-in dynamics: type-check and first-build cost, the same template written out beside.
import Foundation
import Sparkle

/// The generated template: `count` S3 buckets of eight properties each, built with a loop.
func bucketTemplate(_ count: Int, builtins: Bool = false) -> Template {
    Template("bench_\(count)", description: "\(count) buckets") {
        FormatVersion()
        Parameter("Team", type: .string, default: "platform")
        for index in 0..<count { builtins ? builtinBucket(index) : bucket(index) }
    }
}

func bucket(_ index: Int) -> Resource {
    Resource("Bucket\(index)", type: "AWS::S3::Bucket") { bucketProperties(index) }
}

/// The same bucket through the built-in dynamic of AWS::S3::Bucket, for (g).
func builtinBucket(_ index: Int) -> Resource {
    Builtin.s3Bucket("Bucket\(index)", suffix: "") { bucketProperties(index) }
}

@PropertiesBuilder func bucketProperties(_ index: Int) -> Properties {
    Property("BucketName", Fn.sub("bench-\(index)-${AWS::StackName}"))
    Property("Tags", [["Key": "Name", "Value": "bucket-\(index)"], ["Key": "Team", "Value": Ref("Team")]])
    Property("VersioningConfiguration", ["Status": "Enabled"])
    Property("AccessControl", "Private")
    Property("ObjectLockEnabled", false)
    Property(
        "PublicAccessBlockConfiguration",
        ["BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true])
    Property(
        "BucketEncryption",
        ["ServerSideEncryptionConfiguration": [["ServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"]]]])
    Property(
        "LifecycleConfiguration",
        ["Rules": [["Id": "abort-uploads", "Status": "Enabled", "AbortIncompleteMultipartUpload": ["DaysAfterInitiation": 7]]]])
}

/// Compile (build, validate, size check) and emit pretty JSON; the 500-resource limit error of
/// larger templates is expected and does not stop the timing.
func compileAndEmit(_ template: Template) -> [UInt8] {
    let tree = Compiler.check(template, options: CompileOptions(environment: [:])).tree
    return JSONEmitter.bytes(.object(tree))
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func peakResidentMB() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // KiB on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
    #endif
}

/// Runs `executable` once with standard output to `output` (discarded by default) and answers its
/// exit status and wall time.
///
/// `posix_spawn` and `waitpid`, not Foundation's `Process`: its `waitUntilExit` polls every 50 ms,
/// which rounds every timing up to a multiple of 50 ms.
func spawn(
    _ executable: String, _ arguments: [String], output: String = "/dev/null", errors: String = "/dev/null"
) -> (status: Int32, seconds: Double) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return (-1, 0) }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return ((status >> 8) & 0xFF, elapsed)
}

/// Runs a whole process `runs` times and answers the median wall time; nil if it fails.
func timeProcess(_ executable: String, _ arguments: [String], runs: Int = 5) -> Double? {
    var times: [Double] = []
    for _ in 0..<runs {
        let (status, elapsed) = spawn(executable, arguments)
        guard status == 0 else { return nil }
        times.append(elapsed)
    }
    return median(times)
}

func which(_ name: String) -> String? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}

func formatMS(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

let arguments = CommandLine.arguments
let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
let binDirectory = executable.deletingLastPathComponent()
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

if arguments.count == 3, arguments[1] == "emit", let count = Int(arguments[2]) {
    FileHandle.standardOutput.write(Data(compileAndEmit(bucketTemplate(count))))
    exit(0)
}

print("Sparkle benchmark (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)\n")

// (a) In-process compile + JSON.
print("(a) compile + JSON in-process, median of warm runs")
var perResource: [Double] = []
for (count, runs) in [(500, 15), (5_000, 5)] {
    let template = bucketTemplate(count)
    var bytes = 0
    _ = compileAndEmit(template)  // warm-up
    let time = median((0..<runs).map { _ in seconds { bytes = compileAndEmit(template).count } })
    perResource.append(time / Double(count))
    print(
        "    \(String(count).padding(toLength: 6, withPad: " ", startingAt: 0)) resources: \(formatMS(time))"
            + "  (\(bytes / 1024) KiB JSON, peak RSS so far \(String(format: "%.1f", peakResidentMB())) MB)")
}
print(String(format: "    growth: %.2f× time per resource from 500 to 5,000 (1.00 = linear)\n", perResource[1] / perResource[0]))

// (b) Whole process, side by side with troposphere.
print("(b) whole process, median of 5 runs: 500 buckets to JSON on stdout")
let sparkleTime = timeProcess(executable.path, ["emit", "500"])
let peerScript = repository.appendingPathComponent("Benchmarks/peers/troposphere_buckets.py").path
let python = which("python3") ?? "/usr/bin/python3"
let troposphereTime = timeProcess(python, [peerScript, "500"])
/// SparkleFormation from its sources: SPARKLEFORMATION_LIB lists the `lib` folders of
/// sparkle_formation, attribute_struct and bogo, separated by `:` (Debian's ruby,
/// ruby-multi-json, ruby-hashie and ruby-sorted-set give the rest).
func sparkleFormation(_ count: Int) -> (executable: String, arguments: [String])? {
    guard let ruby = which("ruby"), let libraries = ProcessInfo.processInfo.environment["SPARKLEFORMATION_LIB"] else { return nil }
    let includes = libraries.split(separator: ":").flatMap { ["-I", String($0)] }
    return (ruby, includes + [repository.appendingPathComponent("Benchmarks/peers/sparkleformation_buckets.rb").path, String(count)])
}
let sparkleFormationTime = sparkleFormation(500).flatMap { timeProcess($0.executable, $0.arguments) }
if let sparkleTime { print("    sparkle           \(formatMS(sparkleTime))") }
for (name, time, hint) in [
    ("troposphere", troposphereTime, "pip install troposphere"),
    ("SparkleFormation", sparkleFormationTime, "set SPARKLEFORMATION_LIB; see sparkleFormation(_:)"),
] {
    guard let time else {
        print("    \(name.padding(toLength: 17, withPad: " ", startingAt: 0)) not available (\(hint))")
        continue
    }
    var line = "    \(name.padding(toLength: 17, withPad: " ", startingAt: 0)) \(formatMS(time))"
    if let sparkleTime { line += String(format: "  → sparkle is %.1f× faster", time / sparkleTime) }
    print(line)
}
/// Whether every peer's JSON is the same data as Sparkle's (Python's json: key order aside).
func samePeerOutput(_ count: Int) -> String {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-peers-\(getpid())")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    var runs: [(String, String, [String])] = [("sparkle", executable.path, ["emit", String(count)]), ("troposphere", python, [peerScript, String(count)])]
    if let peer = sparkleFormation(count) { runs.append(("SparkleFormation", peer.executable, peer.arguments)) }
    var files: [String] = []
    for (name, program, arguments) in runs {
        let file = scratch.appendingPathComponent("\(name).json").path
        guard spawn(program, arguments, output: file).status == 0 else { return "\(name) failed" }
        files.append(file)
    }
    let compare = "import json,sys\nd=[json.load(open(f)) for f in sys.argv[1:]]\nprint(' '.join('same' if x == d[0] else 'DIFFERENT' for x in d[1:]))"
    let out = scratch.appendingPathComponent("verdict").path
    _ = spawn(python, ["-c", compare] + files, output: out)
    let verdicts = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    return zip(runs.dropFirst().map(\.0), verdicts).map { "\($0): \($1)" }.joined(separator: ", ")
}
print("    outputs against Sparkle's after JSON normalisation: \(samePeerOutput(500))")
let sparkleCLI = binDirectory.appendingPathComponent("sparkle").path
if FileManager.default.isExecutableFile(atPath: sparkleCLI) {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-bench-\(getpid())")
    if let all = timeProcess(sparkleCLI, ["compile", "--all", "-o", scratch.path]) {
        print("    sparkle compile --all (every bundled example, to files): \(formatMS(all))")
    }
    // Start-up: the installed binary's fixed cost, and the smallest template each tool writes.
    if let version = timeProcess(sparkleCLI, ["--version"], runs: 21), let food = timeProcess(sparkleCLI, ["compile", "food"], runs: 21) {
        var line = "    start-up (median of 21): sparkle --version \(formatMS(version)), compile food \(formatMS(food)) (target ≤ 8 ms)"
        if let one = timeProcess(python, [peerScript, "1"], runs: 5) { line += "; one bucket: troposphere \(formatMS(one))" }
        if let peer = sparkleFormation(1), let one = timeProcess(peer.executable, peer.arguments, runs: 5) { line += ", SparkleFormation \(formatMS(one))" }
        print(line)
    }
    try? FileManager.default.removeItem(at: scratch)
}
print()

// (c) Type-check time of a generated source in the recommended style.
print("(c) type-check of a generated 500-resource template source (README style: typed computed properties)")
/// The Swift source of bucket `index` as README's habit 1 writes it, a typed computed property,
/// with the properties of `bucket(_:)`; `days` is the one value the edit loop of (f) changes.
func bucketSource(_ index: Int, modifier: String = "", days: Int = 7, builtin: Bool = false) -> [String] {
    [
        "\(modifier)var bucket\(index): Resource {",
        builtin ? "    Builtin.s3Bucket(\"Bucket\(index)\", suffix: \"\") {" : "    Resource(\"Bucket\(index)\", type: \"AWS::S3::Bucket\") {",
        "        Property(\"BucketName\", Fn.sub(\"bench-\(index)-${AWS::StackName}\"))",
        "        Property(\"Tags\", [[\"Key\": \"Name\", \"Value\": \"bucket-\(index)\"], [\"Key\": \"Team\", \"Value\": Ref(\"Team\")]])",
        "        Property(\"VersioningConfiguration\", [\"Status\": \"Enabled\"])",
        "        Property(\"AccessControl\", \"Private\")",
        "        Property(\"ObjectLockEnabled\", false)",
        "        Property(\"PublicAccessBlockConfiguration\", [\"BlockPublicAcls\": true, \"BlockPublicPolicy\": true, \"IgnorePublicAcls\": true, \"RestrictPublicBuckets\": true])",
        "        Property(\"BucketEncryption\", [\"ServerSideEncryptionConfiguration\": [[\"ServerSideEncryptionByDefault\": [\"SSEAlgorithm\": \"AES256\"]]]])",
        "        Property(\"LifecycleConfiguration\", [\"Rules\": [[\"Id\": \"abort-uploads\", \"Status\": \"Enabled\", \"AbortIncompleteMultipartUpload\": [\"DaysAfterInitiation\": \(days)]]]])",
        "    }",
        "}",
    ]
}

func generatedSource(_ count: Int, builtins: Bool = false) -> String {
    var lines = ["import Sparkle", ""]
    for index in 0..<count { lines += bucketSource(index, builtin: builtins) }
    lines.append("let buckets = Template(\"buckets\", description: \"generated\") {")
    lines.append("    Parameter(\"Team\", type: .string, default: \"platform\")")
    for index in 0..<count { lines.append("    bucket\(index)") }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
}

let modules = binDirectory.appendingPathComponent("Modules").path
let swiftc = which("swiftc") ?? "/opt/swift/usr/bin/swiftc"
// The schema data's C module is found through its own module map, as SwiftPM finds it.
let schemaData = repository.appendingPathComponent("Sources/SparkleSchemaData/include").path

/// `swiftc -typecheck` of `text` against the release modules: its wall time and the slowest
/// expression or function body it reports; nil when it does not type-check.
func typeCheck(_ text: String) throws -> (seconds: Double, slowest: (ms: Int, at: String)?, reported: Int)? {
    let source = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-typecheck-\(getpid()).swift")
    try text.write(to: source, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: source) }
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-typecheck-\(getpid()).log")
    // Swift 6.3 reports per-expression and per-body times only as warnings over a threshold: 1 ms
    // makes it report nearly everything, so the largest figure bounds any single expression or body.
    let (status, time) = spawn(
        swiftc,
        [
            "-typecheck", "-I", modules, "-I", schemaData, source.path, "-Xfrontend", "-warn-long-expression-type-checking=1",
            "-Xfrontend", "-warn-long-function-bodies=1",
        ], errors: log.path)
    guard status == 0 else { return nil }
    // Warnings look like "file.swift:3:18: warning: expression took 12ms to type-check (limit: 1ms)".
    let timings = (try String(contentsOf: log, encoding: .utf8)).split(separator: "\n").compactMap { line -> (Int, String)? in
        guard line.contains(": warning: "), let took = line.range(of: " took "), let ms = line[took.upperBound...].split(separator: "m").first,
            let value = Int(ms)
        else { return nil }
        return (value, String(line.split(separator: ":").prefix(3).joined(separator: ":").split(separator: "/").last ?? ""))
    }
    try? FileManager.default.removeItem(at: log)
    return (time, timings.max { $0.0 < $1.0 }.map { (ms: $0.0, at: $0.1) }, timings.count)
}

if let checked = try typeCheck(generatedSource(500)) {
    print(String(format: "    500 resources: %.2f s wall for swiftc -typecheck", checked.seconds))
    if let slowest = checked.slowest {
        print("    slowest single expression or function body: \(slowest.ms) ms (\(slowest.at)); \(checked.reported) reported over 1 ms")
    }
} else {
    print("    swiftc -typecheck failed")
}

// (d) Conversion of a ~1 MB template, whole process, side by side with cfn-flip.
print("\n(d) convert a ~1 MB template, whole process, median of 5 runs")
let conversionDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-convert-\(getpid())")
try FileManager.default.createDirectory(at: conversionDirectory, withIntermediateDirectories: true)
let largeTree = Compiler.check(bucketTemplate(800), options: CompileOptions(environment: [:])).tree
let jsonFile = conversionDirectory.appendingPathComponent("large.json")
let yamlFile = conversionDirectory.appendingPathComponent("large.yaml")
try Data(JSONEmitter.bytes(.object(largeTree))).write(to: jsonFile)
try Data(YAMLEmitter.bytes(.object(largeTree))).write(to: yamlFile)
let jsonSize = (try FileManager.default.attributesOfItem(atPath: jsonFile.path)[.size] as? Int) ?? 0
let cfnFlip = which("cfn-flip")
for (label, input, target) in [("JSON→YAML", jsonFile, "yaml"), ("YAML→JSON", yamlFile, "json")] {
    let ours = timeProcess(sparkleCLI, ["convert", input.path, "--to", target])
    let theirs = cfnFlip.flatMap { timeProcess($0, [input.path]) }
    var line = "    \(label) (\(jsonSize / 1024) KiB JSON): sparkle \(ours.map(formatMS) ?? "failed")"
    if let theirs { line += ", cfn-flip \(formatMS(theirs))" } else { line += ", cfn-flip not available (pip install cfn-flip)" }
    if let ours, let theirs { line += String(format: "  → %.0f× faster", theirs / ours) }
    print(line)
}
try? FileManager.default.removeItem(at: conversionDirectory)

// (e) Lint, whole process, side by side with cfn-lint (which checks many more rules: the ratio is
// about what a CI job waits for, not like-for-like work).
print("\n(e) lint, whole process (sparkle median of 3, cfn-lint one run)")
let lintDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-lint-\(getpid())")
try FileManager.default.createDirectory(at: lintDirectory, withIntermediateDirectories: true)
var exampleFiles: [String] = []
for format in ["json", "yaml"] {
    _ = spawn(sparkleCLI, ["compile", "--all", "--format", format, "-o", lintDirectory.path])
}
exampleFiles = (try FileManager.default.contentsOfDirectory(atPath: lintDirectory.path)).sorted().map { lintDirectory.appendingPathComponent($0).path }
let bucketsFile = conversionDirectory.deletingLastPathComponent().appendingPathComponent("sparkle-lint-500-\(getpid()).json")
try Data(JSONEmitter.bytes(.object(Compiler.check(bucketTemplate(500), options: CompileOptions(environment: [:])).tree))).write(to: bucketsFile)
let cfnLint = which("cfn-lint")
// Both tools exit non-zero on findings; time them regardless of the verdict.
func wall(_ executable: String, _ arguments: [String], runs: Int) -> Double {
    median((0..<runs).map { _ in spawn(executable, arguments).seconds })
}
// One resource of every registry type (the differential test's corpus, seed 1): the case where
// each resource's schema is read for the first time.
let corpusDirectory = lintDirectory.appendingPathComponent("corpus")
_ = spawn("/usr/bin/env", ["python3", "Tests/SparkleExamplesTests/schema_corpus.py", "1", corpusDirectory.path])
let corpusFiles = ((try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []).sorted().map { corpusDirectory.appendingPathComponent($0).path }
var lint500 = 0.0
for (label, files) in [
    ("\(exampleFiles.count) bundled example files", exampleFiles), ("one 500-resource template", [bucketsFile.path]),
    ("every registry type once (\(corpusFiles.count) files)", corpusFiles),
] where !files.isEmpty {
    let ours = wall(sparkleCLI, ["lint"] + files, runs: 3)
    if files == [bucketsFile.path] { lint500 = ours }
    var line = "    \(label): sparkle \(formatMS(ours))"
    if let cfnLint {
        let theirs = wall(cfnLint, files, runs: 1)
        line += String(format: ", cfn-lint %.2f s  → %.0f× faster", theirs, theirs / ours)
    } else {
        line += ", cfn-lint not installed"
    }
    print(line)
}
// Linearity, sparkle alone (cfn-lint would take minutes): 5,000 resources is over the 500 limit,
// which is one more finding; every other check still runs on all of them.
try Data(JSONEmitter.bytes(.object(Compiler.check(bucketTemplate(5000), options: CompileOptions(environment: [:])).tree))).write(to: bucketsFile)
let lint5000 = wall(sparkleCLI, ["lint", bucketsFile.path], runs: 3)
print(
    "    one 5,000-resource template: sparkle \(formatMS(lint5000)); growth "
        + String(format: "%.2f× time per resource from 500 (1.00 = linear)", (lint5000 / 5000) / (lint500 / 500)))
try? FileManager.default.removeItem(at: lintDirectory)
try? FileManager.default.removeItem(at: bucketsFile)

// (f) The author's loop, in debug as an author builds: the first build of a package made by
// `sparkle init` beside one that uses the Sparkle library alone, then edit → JSON of a template of
// 100 and 1,000 buckets written as README's habits say (typed computed properties, files of ten),
// beside troposphere running the same template.
print("\n(f) the author's loop (debug builds, as `sparkle init` sets a package up)")
let loopDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-loop-\(getpid())")
try FileManager.default.createDirectory(at: loopDirectory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: loopDirectory) }
let swift = which("swift") ?? "/usr/bin/swift"
let initPackage = loopDirectory.appendingPathComponent("stacks")
_ = spawn(sparkleCLI, ["init", initPackage.path, "--sparkle-path", repository.path])
let libraryPackage = loopDirectory.appendingPathComponent("library")
try FileManager.default.createDirectory(at: libraryPackage.appendingPathComponent("Sources/Library"), withIntermediateDirectories: true)
try """
    // swift-tools-version: 6.0
    import PackageDescription
    let package = Package(
        name: "Library", dependencies: [.package(path: "\(repository.path)")],
        targets: [.executableTarget(name: "Library", dependencies: [.product(name: "Sparkle", package: "\(repository.lastPathComponent.lowercased())")])])
    """.write(to: libraryPackage.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
try """
    import Sparkle
    let queue = Template("queue", description: "A queue") { Resource("Jobs", type: "AWS::SQS::Queue") {} }
    print(String(decoding: JSONEmitter.bytes(.object(Compiler.check(queue, options: CompileOptions(environment: [:])).tree)), as: UTF8.self))
    """.write(to: libraryPackage.appendingPathComponent("Sources/Library/main.swift"), atomically: true, encoding: .utf8)
func coldBuild(_ package: URL) -> Double? {
    try? FileManager.default.removeItem(at: package.appendingPathComponent(".build"))
    let (status, time) = spawn(swift, ["build", "--package-path", package.path])
    return status == 0 ? time : nil
}
// Alternating, so that a busy spell of the machine does not land on one side only.
var libraryTimes: [Double] = [], initTimes: [Double] = []
for _ in 0..<2 {
    if let time = coldBuild(libraryPackage) { libraryTimes.append(time) }
    if let time = coldBuild(initPackage) { initTimes.append(time) }
}
if !libraryTimes.isEmpty, !initTimes.isEmpty {
    let (library, full) = (libraryTimes.min()!, initTimes.min()!)
    print(String(format: "    first build: `sparkle init` package %.1f s, Sparkle library alone %.1f s  → %.2f× (target ≤ 2×)", full, library, full / library))
} else {
    print("    first build failed; run `swift build` in \(loopDirectory.path) to see why")
}

/// How many resources README's habit 2 puts in a file.
let resourcesPerFile = 10

/// The bucket template as README's habits write it: files of `resourcesPerFile` resources, each a
/// typed computed property, each file with a builder function listing its part; the template
/// lists the parts. `edit` changes one value of bucket 0, in the first file.
func habitFiles(_ count: Int, edit: Int) -> [(name: String, text: String)] {
    var files: [(name: String, text: String)] = []
    var parts: [String] = []
    for start in stride(from: 0, to: count, by: resourcesPerFile) {
        let part = "benchPart\(start / resourcesPerFile)"
        parts.append(part)
        var lines = ["import Sparkle", ""]
        let indices = start..<min(count, start + resourcesPerFile)
        for index in indices { lines += bucketSource(index, modifier: "private ", days: index == 0 ? 7 + edit : 7) }
        lines.append("@TemplateBuilder func \(part)() -> Fragment {")
        lines += indices.map { "    bucket\($0)" }
        lines.append("}")
        files.append(("\(part).swift", lines.joined(separator: "\n") + "\n"))
    }
    var template = ["import Sparkle", "", "public let bench = Template(\"bench\", description: \"\(count) buckets\") {", "    FormatVersion()"]
    template.append("    Parameter(\"Team\", type: .string, default: \"platform\")")
    template += parts.map { "    \($0)()" }
    template.append("}")
    files.append(("bench.swift", template.joined(separator: "\n") + "\n"))
    return files
}
/// Writes the files that differ from what the folder holds, as an editor saves them.
func writeHabitFiles(_ files: [(name: String, text: String)], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in files {
        let url = folder.appendingPathComponent(file.name)
        if (try? String(contentsOf: url, encoding: .utf8)) != file.text { try file.text.write(to: url, atomically: true, encoding: .utf8) }
    }
}
let templatesFolder = initPackage.appendingPathComponent("Sources/StacksTemplates/Templates")
let product = initPackage.appendingPathComponent(".build/debug/Stacks").path
for count in [100, 1_000] {
    let folder = templatesFolder.appendingPathComponent("bench")
    try? FileManager.default.removeItem(at: folder)
    try writeHabitFiles(habitFiles(count, edit: 0), to: folder)
    guard spawn(swift, ["build", "--package-path", initPackage.path]).status == 0 else {
        print("    \(count) resources: the generated template does not build; see \(folder.path)")
        continue
    }
    var edits: [Double] = [], builds: [Double] = [], runs: [Double] = [], unrelated: [Double] = []
    for edit in 1...3 {
        try writeHabitFiles(habitFiles(count, edit: edit), to: folder)
        let built = spawn(swift, ["build", "--package-path", initPackage.path])
        // 1,000 resources is past CloudFormation's 500: written anyway, as a warning.
        let ran = spawn(product, ["compile", "bench", "--ignore", "E9401", "-o", loopDirectory.appendingPathComponent("bench.json").path])
        if built.status == 0, ran.status == 0 {
            edits.append(built.seconds + ran.seconds)
            builds.append(built.seconds)
            runs.append(ran.seconds)
        }
        // An edit to another file of the module.
        let other = templatesFolder.appendingPathComponent("queue.swift")
        try (try String(contentsOf: other, encoding: .utf8) + "\n").write(to: other, atomically: true, encoding: .utf8)
        let rebuilt = spawn(swift, ["build", "--package-path", initPackage.path])
        if rebuilt.status == 0 { unrelated.append(rebuilt.seconds) }
    }
    let troposphere = timeProcess(python, [peerScript, String(count)], runs: 3)
    let sparkleFormationRun = sparkleFormation(count).flatMap { timeProcess($0.executable, $0.arguments, runs: 3) }
    var line = "    \(count) resources: edit → JSON \(edits.isEmpty ? "failed" : String(format: "%.2f s (build %.2f s, run %.2f s)", median(edits), median(builds), median(runs)))"
    line += " (target ≤ \(count == 100 ? "1.5" : "3") s); an unrelated file's edit rebuilds in \(unrelated.isEmpty ? "?" : String(format: "%.2f s", median(unrelated)))"
    if let troposphere { line += String(format: "; troposphere runs it in %.2f s", troposphere) }
    if let sparkleFormationRun { line += String(format: ", SparkleFormation in %.2f s", sparkleFormationRun) }
    print(line)
}

// (g) Built-in dynamics: what the 1,596 generated members of `Builtin` cost a first build, and
// what a template written with them costs to type-check and run, beside the same template
// written out with `Resource(…, type:)`.
print("\n(g) built-in dynamics (the same 500 buckets as Builtin.s3Bucket and as Resource(type:))")
let written = try typeCheck(generatedSource(500)), withBuiltins = try typeCheck(generatedSource(500, builtins: true))
if let written, let withBuiltins {
    print(String(format: "    type-check: built-ins %.2f s, written out %.2f s → %.2f× (target ≤ 1×, within noise)", withBuiltins.seconds, written.seconds, withBuiltins.seconds / written.seconds))
} else {
    print("    type-check failed")
}
var outBuiltin: [UInt8] = [], outWritten: [UInt8] = []
let runBuiltins = median((0..<5).map { _ in seconds { outBuiltin = compileAndEmit(bucketTemplate(500, builtins: true)) } })
let runWritten = median((0..<5).map { _ in seconds { outWritten = compileAndEmit(bucketTemplate(500)) } })
func normalised(_ bytes: [UInt8]) -> Data? {
    (try? JSONSerialization.jsonObject(with: Data(bytes))).flatMap { try? JSONSerialization.data(withJSONObject: $0, options: .sortedKeys) }
}
let sameOutput = normalised(outBuiltin) != nil && normalised(outBuiltin) == normalised(outWritten)
print("    compile + JSON in-process: built-ins \(formatMS(runBuiltins)), written out \(formatMS(runWritten)); outputs \(sameOutput ? "the same after JSON normalisation (built-ins write properties in the schema's order)" : "DIFFER")")
// The first build of a package that uses the Sparkle library alone, against this repository and
// against a copy whose generated members are left out.
let stripped = loopDirectory.appendingPathComponent("without-builtins/\(repository.lastPathComponent)")
try FileManager.default.createDirectory(at: stripped, withIntermediateDirectories: true)
for entry in try FileManager.default.contentsOfDirectory(atPath: repository.path) where ![".build", ".git"].contains(entry) {
    try FileManager.default.copyItem(at: repository.appendingPathComponent(entry), to: stripped.appendingPathComponent(entry))
}
try "extension Builtin {}\n".write(to: stripped.appendingPathComponent("Sources/SparkleBuiltins/BuiltinTypes.swift"), atomically: true, encoding: .utf8)
let strippedPackage = loopDirectory.appendingPathComponent("library-without-builtins")
try FileManager.default.createDirectory(at: strippedPackage.appendingPathComponent("Sources/Library"), withIntermediateDirectories: true)
for file in ["Package.swift", "Sources/Library/main.swift"] {
    let text = try String(contentsOf: libraryPackage.appendingPathComponent(file), encoding: .utf8)
    try text.replacingOccurrences(of: repository.path, with: stripped.path).write(to: strippedPackage.appendingPathComponent(file), atomically: true, encoding: .utf8)
}
var withTimes = libraryTimes, withoutTimes: [Double] = []
for round in 0..<2 {
    if let time = coldBuild(strippedPackage) { withoutTimes.append(time) }
    if round == 0, let time = coldBuild(libraryPackage) { withTimes.append(time) }
}
if let with = withTimes.min(), let without = withoutTimes.min() {
    print(String(format: "    first build of a package using the Sparkle library: %.1f s with the built-ins, %.1f s without → %+.0f%% (target ≤ +25%%)", with, without, (with / without - 1) * 100))
} else {
    print("    first build failed; see \(strippedPackage.path)")
}
