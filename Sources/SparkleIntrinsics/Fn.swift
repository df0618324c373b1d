import SparkleTree

/// The intrinsic functions, named as CloudFormation names them (`Fn::Join` is `Fn.join`).
///
/// Each returns the exact JSON CloudFormation expects. Arguments CloudFormation reads as strings
/// take ``StringArgument`` (a string or a function's value, never a Bool or number literal), and
/// those that must be condition names or condition expressions take ``ConditionReference`` and
/// ``ConditionExpression``, so a value cannot be passed where a condition belongs.
public enum Fn {
    /// `Fn::GetAtt`: an attribute of a resource.
    public static func getAtt(_ logicalName: String, _ attribute: String) -> Value {
        ["Fn::GetAtt": [.string(logicalName), .string(attribute)]]
    }

    /// `Fn::GetAtt` with a computed attribute name (for example `Ref` of a parameter).
    public static func getAtt(_ logicalName: String, _ attribute: Value) -> Value {
        ["Fn::GetAtt": [.string(logicalName), attribute]]
    }

    /// `Fn::Join`: the values joined with `delimiter`.
    public static func join(_ delimiter: String, _ values: [any StringArgument]) -> Value {
        ["Fn::Join": [.string(delimiter), .array(values.map(\.stringArgument))]]
    }

    /// `Fn::Join` over a list-valued expression: `Fn.join(",", list: Ref("SubnetIds"))`. The label
    /// keeps a literal list on the overload above, whose elements must be strings.
    public static func join(_ delimiter: String, list: Value) -> Value {
        ["Fn::Join": [.string(delimiter), list]]
    }

    /// `Fn::Sub` in string form; interpolated values become `${…}` references or variables.
    public static func sub(_ string: SubString) -> Value {
        if string.variables.isEmpty { return ["Fn::Sub": .string(string.text)] }
        return sub(string.text, string.variables)
    }

    /// `Fn::Sub` with an explicit variable map.
    public static func sub(_ string: String, _ variables: KeyValuePairs<String, Value>) -> Value {
        sub(string, Array(variables).map { ($0.key, $0.value) })
    }

    private static func sub(_ string: String, _ variables: [(String, Value)]) -> Value {
        var map = Object()
        for (name, value) in variables { map[name] = value }
        return ["Fn::Sub": [.string(string), .object(map)]]
    }

    /// `Fn::Select`: the element at `index` of a list.
    public static func select(_ index: Int, _ list: Value) -> Value {
        ["Fn::Select": [.int(index), list]]
    }

    /// `Fn::Select` with a computed index.
    public static func select(_ index: Value, _ list: Value) -> Value {
        ["Fn::Select": [index, list]]
    }

    /// `Fn::Split`: a string split into a list at `delimiter`.
    public static func split(_ delimiter: String, _ source: some StringArgument) -> Value {
        ["Fn::Split": [.string(delimiter), source.stringArgument]]
    }

    /// `Fn::FindInMap`: `Mappings[map][topLevelKey][secondLevelKey]`.
    public static func findInMap(_ mapName: String, _ topLevelKey: some StringArgument, _ secondLevelKey: some StringArgument) -> Value {
        ["Fn::FindInMap": [.string(mapName), topLevelKey.stringArgument, secondLevelKey.stringArgument]]
    }

    /// `Fn::FindInMap` with a default for missing keys (needs the `AWS::LanguageExtensions` transform).
    public static func findInMap(
        _ mapName: String, _ topLevelKey: some StringArgument, _ secondLevelKey: some StringArgument, default defaultValue: Value
    ) -> Value {
        ["Fn::FindInMap": [.string(mapName), topLevelKey.stringArgument, secondLevelKey.stringArgument, ["DefaultValue": defaultValue]]]
    }

    /// `Fn::Base64`: the Base64 encoding of a string (for EC2 user data).
    public static func base64(_ value: some StringArgument) -> Value {
        ["Fn::Base64": value.stringArgument]
    }

    /// `Fn::Cidr`: `count` CIDR blocks of `cidrBits` host bits carved from `ipBlock`.
    public static func cidr(_ ipBlock: some StringArgument, count: Int, cidrBits: Int) -> Value {
        ["Fn::Cidr": [ipBlock.stringArgument, .int(count), .int(cidrBits)]]
    }

    /// `Fn::Cidr` with computed count or size.
    public static func cidr(_ ipBlock: some StringArgument, count: Value, cidrBits: Value) -> Value {
        ["Fn::Cidr": [ipBlock.stringArgument, count, cidrBits]]
    }

    /// `Fn::GetAZs`: the Availability Zones of `region` (the stack's region when empty).
    public static func getAZs(_ region: some StringArgument = "") -> Value {
        ["Fn::GetAZs": region.stringArgument]
    }

    /// `Fn::ImportValue`: an output exported by another stack.
    public static func importValue(_ exportName: some StringArgument) -> Value {
        ["Fn::ImportValue": exportName.stringArgument]
    }

    /// `Fn::GetStackOutput`: an output of another stack, possibly in another account or region.
    public static func getStackOutput(
        stackName: some StringArgument, outputName: some StringArgument, region: (any StringArgument)? = nil,
        roleArn: (any StringArgument)? = nil
    ) -> Value {
        var arguments = Object()
        if let roleArn { arguments["RoleArn"] = roleArn.stringArgument }
        arguments["StackName"] = stackName.stringArgument
        if let region { arguments["Region"] = region.stringArgument }
        arguments["OutputName"] = outputName.stringArgument
        return ["Fn::GetStackOutput": .object(arguments)]
    }

    /// `Fn::Transform`: a macro applied to a snippet of the template.
    public static func transform(_ name: String, parameters: KeyValuePairs<String, Value> = [:]) -> Value {
        var map = Object()
        for (key, value) in parameters { map[key] = value }
        return ["Fn::Transform": ["Name": .string(name), "Parameters": .object(map)]]
    }

    /// `Fn::Length`: the number of elements of a list (needs `AWS::LanguageExtensions`).
    public static func length(_ list: Value) -> Value {
        ["Fn::Length": list]
    }

    /// `Fn::ToJsonString`: an object or list as a JSON string (needs `AWS::LanguageExtensions`).
    public static func toJsonString(_ value: Value) -> Value {
        ["Fn::ToJsonString": value]
    }

    /// `Fn::If`: `whenTrue` if the named condition holds, else `whenFalse`
    /// (use ``AWS/noValue`` to drop the property).
    public static func `if`(_ condition: some ConditionReference, _ whenTrue: Value, _ whenFalse: Value) -> Value {
        ["Fn::If": [.string(condition.conditionName), whenTrue, whenFalse]]
    }

    // MARK: Condition functions

    /// `Fn::Equals`: true when both values are equal.
    public static func equals(_ lhs: Value, _ rhs: Value) -> ConditionExpression {
        ConditionExpression(["Fn::Equals": [lhs, rhs]])
    }

    /// `Fn::And`: true when every condition (2 to 10) holds.
    public static func and(_ conditions: ConditionExpression...) -> ConditionExpression { and(conditions) }

    /// `Fn::And` of a list of conditions made at run time (2 to 10).
    public static func and(_ conditions: [ConditionExpression]) -> ConditionExpression {
        ConditionExpression(["Fn::And": .array(conditions.map(\.value))])
    }

    /// `Fn::Or`: true when any condition (2 to 10) holds.
    public static func or(_ conditions: ConditionExpression...) -> ConditionExpression { or(conditions) }

    /// `Fn::Or` of a list of conditions made at run time (2 to 10).
    public static func or(_ conditions: [ConditionExpression]) -> ConditionExpression {
        ConditionExpression(["Fn::Or": .array(conditions.map(\.value))])
    }

    /// `Fn::Not`: true when the condition does not hold.
    public static func not(_ condition: ConditionExpression) -> ConditionExpression {
        ConditionExpression(["Fn::Not": [condition.value]])
    }

    /// `{"Condition": name}`: another condition, used inside a condition function.
    public static func condition(_ condition: some ConditionReference) -> ConditionExpression {
        ConditionExpression(["Condition": .string(condition.conditionName)])
    }

    // MARK: Rule functions (the Rules section)

    /// `Fn::Contains`: true when `value` is one of `list`.
    public static func contains(_ list: [Value], _ value: Value) -> ConditionExpression {
        ConditionExpression(["Fn::Contains": [.array(list), value]])
    }

    /// `Fn::EachMemberEquals`: true when every member of `list` equals `value`.
    public static func eachMemberEquals(_ list: Value, _ value: Value) -> ConditionExpression {
        ConditionExpression(["Fn::EachMemberEquals": [list, value]])
    }

    /// `Fn::EachMemberIn`: true when every member of `list` is in `allowed`.
    public static func eachMemberIn(_ list: Value, _ allowed: Value) -> ConditionExpression {
        ConditionExpression(["Fn::EachMemberIn": [list, allowed]])
    }

    /// `Fn::RefAll`: every value of the given parameter type.
    public static func refAll(_ parameterType: String) -> Value {
        ["Fn::RefAll": .string(parameterType)]
    }

    /// `Fn::ValueOf`: an attribute of a parameter's value.
    public static func valueOf(_ parameter: String, _ attribute: String) -> Value {
        ["Fn::ValueOf": [.string(parameter), .string(attribute)]]
    }

    /// `Fn::ValueOfAll`: an attribute of every value of a parameter type.
    public static func valueOfAll(_ parameterType: String, _ attribute: String) -> Value {
        ["Fn::ValueOfAll": [.string(parameterType), .string(attribute)]]
    }
}
