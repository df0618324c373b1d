/// Where a nested stack sits: the logical IDs of the `AWS::CloudFormation::Stack` resources that
/// lead to it from the top stack, written `Network` or `App/Queue`.
///
/// Compiled templates, their files, the deployed nested stacks and the findings in nested
/// templates all name a nested stack by this one path.
public struct StackPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The logical IDs, outermost first; empty for the top stack.
    public var logicalIDs: [String]

    /// The path through `logicalIDs`, outermost first.
    public init(_ logicalIDs: [String] = []) {
        self.logicalIDs = logicalIDs
    }

    /// The top stack's path.
    public static let root = StackPath()

    /// Whether this is the top stack.
    public var isRoot: Bool { logicalIDs.isEmpty }

    /// The path of the stack `logicalID` nests in this one.
    public func appending(_ logicalID: String) -> StackPath {
        StackPath(logicalIDs + [logicalID])
    }

    /// `App/Queue`.
    public var description: String { logicalIDs.joined(separator: "/") }

    /// Paths in the order of their logical IDs, a parent before its children.
    public static func < (lhs: StackPath, rhs: StackPath) -> Bool { lhs.logicalIDs.lexicographicallyPrecedes(rhs.logicalIDs) }
}
