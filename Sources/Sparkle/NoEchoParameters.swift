extension Object {
    /// The names of the template's `NoEcho` parameters (`true` or `"true"`): values never to
    /// print, from whichever source they come.
    public var noEchoParameters: Set<String> {
        Set((self["Parameters"]?.objectValue ?? Object()).filter { _, declaration in
            let noEcho = declaration.objectValue?["NoEcho"]
            return noEcho == .bool(true) || noEcho?.stringValue?.lowercased() == "true"
        }.map(\.key))
    }
}
