import Sparkle
import SparkleParsers

extension DeploymentRequest {
    /// A request for `compiled` and every template it nests: each nested template is staged in
    /// `staging`'s bucket (its `TemplateURL` pointing there) and uploaded by the deploy before
    /// the change set is made. The body is pretty JSON when it fits inline, and minified JSON
    /// when only that fits, so that no bucket is needed for it. The stack policy the template's
    /// resources declare is set once the stack is deployed.
    ///
    /// - Throws: ``StackError`` (`.usage`, next step ``StackNextStep/giveBucket``) when the template
    ///   nests others and `staging` has no bucket for them.
    public init(stackName: String, compiled: CompiledTemplate, staging: TemplateStaging) throws(StackError) {
        if !compiled.children.isEmpty && staging.bucket == nil {
            throw StackError(
                .usage, "template '\(compiled.name)' nests \(compiled.children.map(\.logicalID).joined(separator: ", ")); the nested templates need a bucket",
                nextStep: .giveBucket)
        }
        func staged(_ style: JSONEmitter.Style) -> (files: [TemplateFile], uploads: [(key: String, bytes: [UInt8])]) {
            staging.files(of: compiled, fileExtension: "json") { JSONEmitter.bytes(.object($0), style: style) }
        }
        var (files, uploads) = staged(.pretty)
        if files.last!.bytes.count > TemplateStaging.inlineLimit {
            let minified = staged(.minified)
            if minified.files.last!.bytes.count <= TemplateStaging.inlineLimit { (files, uploads) = minified }
        }
        self.init(stackName: stackName, template: compiled.tree, body: String(decoding: files.last!.bytes, as: UTF8.self))
        self.staging = staging
        self.uploads = uploads
        nestedTemplates = compiled.nested.map { ($0.path, $0.template.tree) }
        stackPolicy = compiled.stackPolicy.map { String(decoding: JSONEmitter.bytes($0.document, style: .minified), as: UTF8.self) }
        warnings = compiled.warnings
    }

    /// A request for a JSON or YAML template file's text, checked as `lint` checks it; sent as it
    /// is written.
    ///
    /// - Throws: ``StackError`` (`.invalidTemplate`, with the ``StackError/diagnostics``) when the
    ///   text does not parse or has lint errors.
    public init(stackName: String, file: String, bytes: [UInt8]) throws(StackError) {
        let tree: Object
        do {
            tree = try TemplateParser.parseTemplate(bytes, file: file)
        } catch {
            var failure = StackError(.invalidTemplate, error.description)
            failure.diagnostics = [error.diagnostic]
            throw failure
        }
        let diagnostics = Compiler.validate(tree)
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            var failure = StackError(.invalidTemplate, "\(file) has \(errors.count) error(s)")
            failure.diagnostics = errors
            throw failure
        }
        let format = TemplateFormat.detect(path: file, bytes: bytes)
        self.init(stackName: stackName, template: tree, body: String(decoding: bytes, as: UTF8.self), fileExtension: format.rawValue)
        warnings = diagnostics
    }
}
