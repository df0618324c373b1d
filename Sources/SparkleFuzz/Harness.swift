import Foundation
import SparkleEmitters
import SparkleParsers
import SparkleTree

/// One input through the readers and writers: JSON and YAML parsing never crash, and whatever
/// parses writes back (JSON, YAML, long-form YAML) to a text that parses to the same tree.
/// A broken round trip traps, which libFuzzer reports as a finding with the input saved.
func exercise(_ bytes: [UInt8]) {
    for file in ["input.json", "input.yaml"] {
        guard let tree = try? TemplateParser.parse(bytes, file: file) else { continue }
        var outputs = [("yaml", YAMLEmitter.bytes(tree)), ("yaml", YAMLEmitter.bytes(tree, longForm: true))]
        // JSON has no infinity or NaN; `convert` refuses those, so only finite trees go through JSON.
        if tree.isFinite { outputs.append(("json", JSONEmitter.bytes(tree))) }
        for (format, output) in outputs {
            let back: Value
            do {
                back = try TemplateParser.parse(output, file: "output.\(format)")
            } catch {
                fatalError("\(file) parsed, but its \(format) output does not: \(error)\n\(String(decoding: output, as: UTF8.self))")
            }
            guard back.isSame(as: tree) else {
                fatalError("\(file): the \(format) output reads back differently\n\(String(decoding: output, as: UTF8.self))")
            }
        }
    }
}

extension Value {
    /// Equality that counts NaN as equal to NaN, as a round trip must keep it.
    fileprivate func isSame(as other: Value) -> Bool {
        switch (self, other) {
        case (.double(let a), .double(let b)): a == b || (a.isNaN && b.isNaN)
        case (.array(let a), .array(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.isSame(as: $1) }
        case (.object(let a), .object(let b)):
            Array(a.keys) == Array(b.keys) && a.keys.allSatisfy { a[$0]!.isSame(as: b[$0]!) }
        default: self == other
        }
    }

    fileprivate var isFinite: Bool {
        switch self {
        case .double(let double): double.isFinite
        case .array(let elements): elements.allSatisfy(\.isFinite)
        case .object(let object): object.entries.values.allSatisfy(\.isFinite)
        default: true
        }
    }
}

#if SPARKLE_LIBFUZZER
/// libFuzzer's driver, from the fuzzer runtime that `-sanitize=fuzzer` links in.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point libFuzzer calls for each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    exercise(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Built by `Scripts/fuzz.sh` with `-sanitize=fuzzer,address`: libFuzzer drives the harness, from
/// its own `main` or, where the executable's `main` wins at link time, from this one.
@main struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv as UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
/// Without libFuzzer: runs the harness on the files given, e.g. a corpus or a saved finding.
@main struct ReplayInputs {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            exercise(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }
}
#endif
