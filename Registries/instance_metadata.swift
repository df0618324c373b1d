import Sparkle

/// cfn-init metadata that installs Chef and writes a node's first-boot run list. Shared as-is by a
/// launch configuration and a standalone instance, so both boot the same way.
let instanceMetadata = Registry<[String]>(
    "instance_metadata", description: "cfn-init metadata installing Chef with a first-boot run list"
) { runList in
    let runListJSON = "{\"run_list\": [" + runList.map { "\"\($0)\"" }.joined(separator: ", ") + "]}\n"
    return [
        "AWS::CloudFormation::Init": [
            "configSets": ["default": ["chef"]],
            "chef": [
                "packages": ["yum": ["git": []]],
                "files": [
                    "/etc/chef/first-boot.json": [
                        "content": .string(runListJSON), "mode": "000644", "owner": "root", "group": "root",
                    ]
                ],
                "commands": [
                    "01-install-chef": ["command": "curl -L https://omnitruck.chef.io/install.sh | bash"]
                ],
            ],
        ]
    ]
}
