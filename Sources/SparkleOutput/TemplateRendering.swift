import Sparkle
import SparkleParsers

/// How a template is written: JSON or YAML, and the options of each.
public struct TemplateRendering: Sendable, Equatable {
    public var format: TemplateFormat
    /// JSON without whitespace.
    public var minify: Bool
    /// YAML with long-form intrinsic functions (`Fn::Join:`) instead of short tags (`!Join`).
    public var longForm: Bool

    /// - Throws: ``RenderingError`` for an option of the other format.
    public init(format: TemplateFormat, minify: Bool = false, longForm: Bool = false) throws(RenderingError) {
        if minify && format == .yaml { throw .minifiedYAML }
        if longForm && format == .json { throw .longFormJSON }
        self.format = format
        self.minify = minify
        self.longForm = longForm
    }

    /// The bytes of `tree` in this rendering.
    public func bytes(_ tree: Object) -> [UInt8] {
        switch format {
        case .json: JSONEmitter.bytes(.object(tree), style: minify ? .minified : .pretty)
        case .yaml: YAMLEmitter.bytes(.object(tree), longForm: longForm)
        }
    }

    /// The file extension of this format.
    public var fileExtension: String { format.rawValue }
}

/// An option that does not apply to the format asked for.
public enum RenderingError: Error, Sendable, Equatable {
    /// Minified output is JSON's.
    case minifiedYAML
    /// Long-form functions are YAML's (JSON has no short form).
    case longFormJSON
}
