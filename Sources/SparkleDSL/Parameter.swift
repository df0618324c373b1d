import SparkleIntrinsics
import SparkleTree

/// A CloudFormation parameter type, as CloudFormation spells it.
public struct ParameterType: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral {
    public let rawValue: String
    /// The type CloudFormation spells `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The type CloudFormation spells `value`: `"AWS::EC2::KeyPair::KeyName"`.
    public init(stringLiteral value: String) { rawValue = value }

    public static let string: ParameterType = "String"
    public static let number: ParameterType = "Number"
    public static let numberList: ParameterType = "List<Number>"
    public static let commaDelimitedList: ParameterType = "CommaDelimitedList"
    public static let keyPairName: ParameterType = "AWS::EC2::KeyPair::KeyName"
    public static let imageId: ParameterType = "AWS::EC2::Image::Id"
    public static let instanceId: ParameterType = "AWS::EC2::Instance::Id"
    public static let securityGroupId: ParameterType = "AWS::EC2::SecurityGroup::Id"
    public static let securityGroupIdList: ParameterType = "List<AWS::EC2::SecurityGroup::Id>"
    public static let subnetId: ParameterType = "AWS::EC2::Subnet::Id"
    public static let subnetIdList: ParameterType = "List<AWS::EC2::Subnet::Id>"
    public static let vpcId: ParameterType = "AWS::EC2::VPC::Id"
    public static let availabilityZoneName: ParameterType = "AWS::EC2::AvailabilityZone::Name"
    public static let hostedZoneId: ParameterType = "AWS::Route53::HostedZone::Id"
    /// A Systems Manager parameter holding a value of `type` (for example the latest AMI ID).
    public static func ssmParameter(_ type: String = "String") -> ParameterType {
        ParameterType(rawValue: "AWS::SSM::Parameter::Value<\(type)>")
    }
}

/// A parameter of the template.
///
/// With a `type` it declares the parameter; without one it steps into a parameter declared
/// elsewhere (say, by a component) and changes only the attributes given, for example to narrow
/// `allowedValues`. `applyStack: false` keeps apply-stack from filling it (recorded in the
/// template's `Metadata` under `Sparkle.ApplyStack`).
public struct Parameter: TemplateContent {
    public let name: String
    public let fragment: Fragment

    /// A parameter called `name`, with CloudFormation's attributes; without `type`, the parameter of
    /// that name declared elsewhere, with the attributes given here changed. `applyStack: false` keeps
    /// apply-stack from filling it.
    public init(
        _ name: String, type: ParameterType? = nil, default defaultValue: Value? = nil,
        allowedValues: [Value]? = nil, allowedPattern: String? = nil, description: String? = nil,
        constraintDescription: String? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        minValue: Int? = nil, maxValue: Int? = nil, noEcho: Bool? = nil, applyStack: Bool = true,
        file: String = #filePath, line: Int = #line
    ) {
        self.name = name
        var object = Object()
        if let type { object["Type"] = .string(type.rawValue) }
        if let description { object["Description"] = .string(description) }
        if let defaultValue { object["Default"] = defaultValue }
        if let allowedValues { object["AllowedValues"] = .array(allowedValues) }
        if let allowedPattern { object["AllowedPattern"] = .string(allowedPattern) }
        if let minLength { object["MinLength"] = .int(minLength) }
        if let maxLength { object["MaxLength"] = .int(maxLength) }
        if let minValue { object["MinValue"] = .int(minValue) }
        if let maxValue { object["MaxValue"] = .int(maxValue) }
        if let noEcho { object["NoEcho"] = .bool(noEcho) }
        if let constraintDescription { object["ConstraintDescription"] = .string(constraintDescription) }
        var fragment = Fragment(
            section: "Parameters", name: name, value: .object(object),
            origin: SourceLocation(file: file, line: line), declares: type != nil)
        if !applyStack { fragment.root.merge(Object(["Metadata": ["Sparkle": ["ApplyStack": [name: false]]]])) }
        self.fragment = fragment
    }

    /// `Ref` of this parameter.
    public var ref: Value { Ref(name) }
}
