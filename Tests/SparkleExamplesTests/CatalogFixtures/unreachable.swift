import Sparkle

private let hidden = Template("hidden", description: "Private") {}
fileprivate let alsoHidden: Component = Component("also_hidden", description: "Fileprivate") {}
var stored = Template("stored", description: "A stored var") {}
private enum Secret {
    static let inside = Template("inside", description: "In a private type") {}
}
private let helperValue = 3  // not an entry: no error
