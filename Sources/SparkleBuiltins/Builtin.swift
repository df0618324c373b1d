import SparkleDSL
import SparkleSchema
import SparkleTree
import SparkleValidation

/// A resource type as a built-in dynamic, the way SparkleFormation offers one for every type:
/// `Builtin.ec2Instance("Web") { Property("ImageId", amiID) }` declares `WebEc2Instance`, an
/// `AWS::EC2::Instance`.
///
/// Every type of the bundled registry schemas has a member, named as SparkleFormation names its
/// built-ins (`ec2_instance` becomes `ec2Instance`), with the type's properties and attributes in
/// its documentation. A name known only at run time goes through ``init(named:file:line:)``.
///
/// Properties come from the config pairs, then the body (the body wins where both set a key), and
/// are written in the schema's order. A property the type does not have is an error with a "did
/// you mean", as for any resource (E3002), never a silent drop.
public struct Builtin: Sendable {
    /// The resource type, for example `AWS::EC2::Instance`.
    public let typeName: String
    /// The built-in's name, for example `ec2_instance`.
    public let name: String
    /// What follows the insertion's name in the logical ID, for example `Ec2Instance`.
    public let logicalIDSuffix: String
    /// Why a name given at run time names no single type.
    private let problem: Diagnostic?

    /// The built-in of `type`, known by `name` (the generated members use this).
    init(type: String, name: String) {
        self.init(type: type, name: name, writtenAs: name, problem: nil)
    }

    private init(type: String, name: String, writtenAs written: String, problem: Diagnostic?) {
        typeName = type
        self.name = name
        self.problem = problem
        logicalIDSuffix = written.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The built-in a name given at run time names: a built-in name (`ec2_instance`), a full type
    /// name (`AWS::EC2::Instance`), or, as SparkleFormation matches them, the trailing parts of a
    /// type name in any case with or without underscores (`vpc_gateway_attachment`).
    ///
    /// A name that matches several types (`instance`) or none is reported (E9016) where the
    /// built-in is inserted, listing the candidates or the closest name.
    public init(named written: String, file: String = #filePath, line: Int = #line) {
        switch Self.resolve(written) {
        case .success(let (type, name)):
            self.init(type: type, name: name, writtenAs: written.contains("::") ? name : written, problem: nil)
        case .failure(let message):
            let problem = Diagnostic(rule: .builtin, message: message.description, location: SourceLocation(file: file, line: line))
            self.init(type: written, name: written, writtenAs: written.contains("::") ? "" : written, problem: problem)
        }
    }

    /// Inserts this built-in under `name`: one resource, `name` followed by `suffix` (by default
    /// ``logicalIDSuffix``; `""` for the name alone).
    ///
    /// - Parameters:
    ///   - config: properties by their CloudFormation names, as SparkleFormation's config hash.
    ///   - properties: more properties, as in ``Resource``; they win over `config`.
    /// - Returns: the resource, so that attributes (`.dependsOn(…)`, `.condition(…)`) and
    ///   references (`.ref`, `.getAtt(…)`) read as on any resource.
    public func callAsFunction(
        _ name: String, suffix: String? = nil, _ config: KeyValuePairs<String, Value> = [:],
        file: String = #filePath, line: Int = #line,
        @PropertiesBuilder properties: () -> Properties = { Properties() }
    ) -> Resource {
        let site = SourceLocation(file: file, line: line)
        let logicalID = name + (suffix ?? logicalIDSuffix)
        if let problem {
            return Resource(logicalID, type: nil, origin: site, properties: Object(), problems: [problem])
        }
        var object = Object()
        for (key, value) in config { object.set(key, value, origin: site) }
        object.merge(properties().object)
        if let order = ResourceSchemas.bundled.schema(for: typeName)?.propertyOrder { object.reorder(first: order) }
        return Resource(logicalID, type: typeName, origin: site, properties: object, problems: [])
    }

    /// Every built-in name and its type, read from the schema data once.
    private static let names = ResourceSchemas.bundled.builtinNames

    /// The type and built-in name `written` names, or why it names none or several.
    static func resolve(_ written: String) -> Result<(type: String, name: String), BuiltinNameError> {
        if written.contains("::") {
            if let name = names.first(where: { $0.value == written })?.key { return .success((written, name)) }
            return .failure(BuiltinNameError("no resource type is named '\(written)'\(didYouMean(written, in: names.values))"))
        }
        if let type = names[written] { return .success((type, written)) }
        // SparkleFormation's matching: the name, lowercased and without underscores, is the last
        // parts of a type name run together (`ec2instance` is AWS::EC2::Instance).
        let key = written.lowercased().filter { $0 != "_" }
        let matches = names.filter { _, type in
            let parts = type.lowercased().components(separatedBy: "::")
            return parts.indices.contains { parts[$0...].joined() == key }
        }
        .sorted { $0.key < $1.key }
        if matches.count == 1 { return .success((matches[0].value, matches[0].key)) }
        if matches.isEmpty {
            return .failure(BuiltinNameError("no built-in dynamic is named '\(written)'\(didYouMean(written, in: names.keys))"))
        }
        let listed = matches.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
        return .failure(BuiltinNameError("built-in name '\(written)' matches \(matches.count) resource types: \(listed); give the one you mean"))
    }
}

/// Why a built-in name names no single resource type.
struct BuiltinNameError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
