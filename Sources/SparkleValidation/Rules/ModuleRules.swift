import SparkleTree

// Modules (`Org::Service::Name::MODULE`): what CloudFormation refuses on a module resource.

extension Rule {
    public static let module = Rule(
        "E5001", "Module resources have no CreationPolicy, UpdatePolicy or Tags, and no Metadata key AWS::CloudFormation::Module",
        cfnLint: ["E5001"])
}

extension Validator {
    mutating func checkModules() {
        for (name, value) in root["Resources"]?.objectValue ?? Object() {
            guard let resource = value.objectValue, resource["Type"]?.stringValue?.hasSuffix("::MODULE") == true else { continue }
            for policy in ["CreationPolicy", "UpdatePolicy"] where resource[policy] != nil {
                report(.module, "module '\(name)': \(policy) is not permitted on a module", at: ["Resources", name, policy])
            }
            if resource["Properties"]?.objectValue?["Tags"] != nil {
                report(.module, "module '\(name)': Tags is not permitted on a module", at: ["Resources", name, "Properties", "Tags"])
            }
            if resource["Metadata"]?.objectValue?["AWS::CloudFormation::Module"] != nil {
                report(.module, "module '\(name)': the Metadata key AWS::CloudFormation::Module is reserved", at: ["Resources", name, "Metadata", "AWS::CloudFormation::Module"])
            }
        }
    }
}
