/// One file of a compiled template and the templates it nests.
public struct TemplateFile: Sendable, Equatable {
    /// The path relative to the directory of the top template's file: `layer_cake.json`,
    /// `layer_cake/Network.json`, `layer_cake/Network/Inner.json`.
    public var path: String
    public var bytes: [UInt8]
}

extension CompiledTemplate {
    /// This template and every template it nests, as files, nested ones first.
    ///
    /// A nested template's file sits in a folder named after its parent's file:
    /// `PARENT.json` nests `PARENT/Child.json`. Each `TemplateURL` is set to `location`'s answer
    /// for the nested file (its path without the extension, `PARENT/Child`, and its bytes; an S3
    /// URL, say), or, without `location`, to the nested file's path relative to its parent's,
    /// which `aws cloudformation package` uploads.
    ///
    /// - Parameters:
    ///   - render: the bytes of a tree (JSON or YAML).
    ///   - fileExtension: `json` or `yaml`.
    ///   - location: the `TemplateURL` of a nested template's file, from its stem (`PARENT/Child`)
    ///     and its bytes; nil writes paths relative to the parent's file.
    public func files(
        fileExtension: String, render: (Object) -> [UInt8], location: ((_ stem: String, _ bytes: [UInt8]) -> String)? = nil
    ) -> [TemplateFile] {
        var files: [TemplateFile] = []
        // A nested template's stem is the top template's name and its stack path: `layer_cake/App/Queue`.
        func stem(_ path: StackPath) -> String { path.isRoot ? name : "\(name)/\(path)" }
        func emit(_ template: CompiledTemplate, at path: StackPath) -> [UInt8] {
            var tree = template.tree
            let folder = path.logicalIDs.last ?? name
            for child in template.children {
                let childPath = path.appending(child.logicalID)
                let bytes = emit(child.template, at: childPath)
                let url = location?(stem(childPath), bytes) ?? "\(folder)/\(child.logicalID).\(fileExtension)"
                tree["Resources"]?.merge(.object([child.logicalID: ["Properties": ["TemplateURL": .string(url)]]]))
            }
            let bytes = render(tree)
            files.append(TemplateFile(path: "\(stem(path)).\(fileExtension)", bytes: bytes))
            return bytes
        }
        _ = emit(self, at: .root)
        return files
    }
}
