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
    public func files(
        fileExtension: String, render: (Object) -> [UInt8], location: ((_ stem: String, _ bytes: [UInt8]) -> String)? = nil
    ) -> [TemplateFile] {
        var files: [TemplateFile] = []
        func emit(_ template: CompiledTemplate, stem: String) -> [UInt8] {
            var tree = template.tree
            let folder = stem.split(separator: "/").last.map(String.init) ?? stem
            for (logicalID, child) in template.children {
                let childStem = "\(stem)/\(logicalID)"
                let bytes = emit(child, stem: childStem)
                let url = location?(childStem, bytes) ?? "\(folder)/\(logicalID).\(fileExtension)"
                tree["Resources"]?.merge(.object([logicalID: ["Properties": ["TemplateURL": .string(url)]]]))
            }
            let bytes = render(tree)
            files.append(TemplateFile(path: "\(stem).\(fileExtension)", bytes: bytes))
            return bytes
        }
        _ = emit(self, stem: name)
        return files
    }
}
