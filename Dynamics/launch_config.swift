import Sparkle

/// What a `launch_config` insertion needs.
struct LaunchConfigSettings: Sendable {
    /// Chef run list the instances converge to, e.g. `["role[zookeeperd]"]`.
    var runList: [String]
    /// Security groups of the instances.
    var securityGroups: [Value]
    var imageId: Value = Ref("AmiId")
    var instanceType: Value = "t3.small"
    /// Resource metadata for cfn-init (see the `instance_metadata` registry).
    var metadata: Value? = nil
}

/// A launch configuration whose user data bootstraps Chef with the configured run list, spliced
/// into the script with `Fn::Join`. Inserted as `App`, it creates `AppLaunchConfiguration`.
// cfn-lint warns W3697 on LaunchConfiguration (maintenance mode since 2024-10): the seed post builds on it;
// new stacks should prefer launch templates.
let launchConfig = Dynamic<LaunchConfigSettings>(
    "launch_config", description: "A launch configuration that bootstraps Chef with a run list"
) { name, settings in
    let logicalID = "\(name)LaunchConfiguration"
    let runList: [Value] = settings.runList.enumerated().flatMap { index, item -> [Value] in
        (index > 0 ? [", "] : []) + ["\"", .string(item), "\""]
    }
    let resource = Resource(logicalID, type: "AWS::AutoScaling::LaunchConfiguration") {
        Property("ImageId", settings.imageId)
        Property("InstanceType", settings.instanceType)
        Property("SecurityGroups", .array(settings.securityGroups))
        Property(
            "UserData",
            Fn.base64(
                Fn.join(
                    "",
                    [
                        "#!/bin/bash -e\n",
                        "mkdir -p /etc/chef\n",
                        "cat > /etc/chef/first-boot.json <<'JSON'\n",
                        Fn.join("", ["{\"run_list\": ["] + runList + ["]}"]),
                        "\nJSON\n",
                        "/opt/aws/bin/cfn-init -v --stack ", AWS.stackName, " --resource \(logicalID) --region ", AWS.region,
                        "\n",
                        "chef-client -z -j /etc/chef/first-boot.json\n",
                    ])))
    }
    if let metadata = settings.metadata { resource.metadata(metadata) } else { resource }
}
