import Sparkle
import SparkleParsers

/// A template converted between JSON and YAML, canonically: short forms become long form in JSON
/// and back, numbers are written as read, never rounded.
public struct TemplateConversion: Sendable {
    /// The converted text.
    public var bytes: [UInt8]
    /// The format read.
    public var inputFormat: TemplateFormat
    /// The YAML comments the input had (their lines), which no output carries.
    public var droppedComments: [Int]
    /// The template as read. (A one-shot command may keep it until it exits rather than free it
    /// node by node, which costs a tenth of the conversion.)
    public var tree: Value

    /// Converts `bytes`, read from `name` (its extension, else its first character, tells the
    /// format), with `rendering`.
    ///
    /// - Parameter keepingComments: when true, YAML written from YAML with comments is refused
    ///   (the comments would be lost) rather than written without them.
    /// - Throws: ``ConversionError`` saying where and what.
    public init(_ bytes: [UInt8], name: String, rendering: TemplateRendering, keepingComments: Bool = false) throws(ConversionError) {
        let tree: Value
        do {
            tree = try TemplateParser.parse(bytes, file: name)
        } catch {
            throw .unreadable(error)
        }
        inputFormat = TemplateFormat.detect(path: name, bytes: bytes)
        guard case .object(let root) = tree else {
            throw .notATemplate("\(name):1:1: error: a template must be a mapping (object) at its root")
        }
        if rendering.format == .json, let path = Self.firstNonFinite(in: tree) {
            let place = tree.nearestOrigin(along: path).map { "\($0.line)" + ($0.column.map { ":\($0)" } ?? "") } ?? "1:1"
            throw .notATemplate(
                "\(name):\(place): error: \(path.joined(separator: ".")) is \(tree.value(at: path)!.scalarText ?? "not finite"), which JSON cannot hold; write a finite number")
        }
        droppedComments = inputFormat == .yaml ? YAMLComments.lines(in: bytes) : []
        if let first = droppedComments.first, keepingComments, rendering.format == .yaml {
            throw .wouldDropComments(name: name, count: droppedComments.count, firstLine: first)
        }
        self.bytes = rendering.bytes(root)
        self.tree = tree
    }

    /// The path of the first infinite or NaN number (read from YAML's `.inf`, `.nan`), if any; the
    /// path is built on the way out, so a tree without one costs no allocation.
    static func firstNonFinite(in value: Value) -> [String]? {
        switch value {
        case .double(let double) where !double.isFinite: return []
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstNonFinite(in: element) { return [String(index)] + found }
            }
        case .object(let object):
            for (key, child) in object {
                if let found = firstNonFinite(in: child) { return [key] + found }
            }
        default: break
        }
        return nil
    }
}

/// Why a template could not be converted.
public enum ConversionError: Error, Sendable, Equatable {
    /// The text does not parse.
    case unreadable(ParseError)
    /// It parses but cannot be written as asked; the message says where and why.
    case notATemplate(String)
    /// Writing YAML would drop the input's comments.
    case wouldDropComments(name: String, count: Int, firstLine: Int)
}
