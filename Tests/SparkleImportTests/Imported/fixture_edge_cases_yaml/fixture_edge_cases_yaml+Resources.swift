// Imported from edge_cases.yaml by `sparkle import`.

import Sparkle

extension FixtureEdgeCasesYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        bucket
        bucket2
        `default`
        self_
        left
        right
        server
        loose
        Merge([
            "Resources": [
                "Fn::ForEach::Topics": [
                    "Name",
                    ["Alerts", "Audits"],
                    [
                        "${Name}Topic": [
                            "Type": "AWS::SNS::Topic",
                            "Properties": ["TopicName": Fn.sub("${Name}-\(AWS.stackName)")],
                        ],
                    ],
                ],
            ],
        ])
        network
    }

    static var bucket: Resource {
        Resource("Bucket", type: "AWS::S3::Bucket") {
            Property("BucketName", Fn.sub("${Prefix}-${AWS::Region}-logs", ["Prefix": Fn.findInMap("Sizes", Ref("Env"), "Instance")]))
            Property("Tags", [["Key": "Numbers", "Value": Fn.join(",", list: [1, .double(2.5), -3])]])
        }
            .condition(isProd)
            .deletionPolicy(.retain)
            .attribute("UpdateReplacePolicy", "Sometimes")
            .metadata(["Note": "kept"])
    }

    static var bucket2: Resource {
        Resource("bucket", type: "AWS::SQS::Queue") {
            Property("MessageRetentionPeriod", .double(1.5))
            Merge(["DelaySeconds": .null])
            Property("Tags", [])
        }
            .attribute("DependsOn", ["Bucket"])
    }

    static var `default`: Resource {
        Resource("Default", type: "AWS::SNS::Topic")
            .dependsOn(bucket2)
            .attribute("Properties", [:])
    }

    static var self_: Resource {
        Resource("Self", type: "AWS::SNS::Topic")
            .dependsOn(bucket, bucket2)
    }

    static var left: Resource {
        Resource("Left", type: "AWS::EC2::SecurityGroup") {
            Property("GroupDescription", "left")
            Property("SecurityGroupIngress", [
                [
                    "IpProtocol": "tcp",
                    "FromPort": 443,
                    "ToPort": 443,
                    "SourceSecurityGroupId": Fn.getAtt("Right", "GroupId"),
                ],
            ])
        }
    }

    static var right: Resource {
        Resource("Right", type: "AWS::EC2::SecurityGroup") {
            Property("GroupDescription", "right")
            Property("SecurityGroupIngress", [
                [
                    "IpProtocol": "tcp",
                    "FromPort": 443,
                    "ToPort": 443,
                    "SourceSecurityGroupId": Fn.getAtt("Left", "GroupId"),
                ],
            ])
        }
    }

    static var server: Resource {
        Resource("Server", type: "AWS::EC2::Instance") {
            Property("ImageId", Fn.select("0", Fn.split(",", Fn.importValue("shared-amis"))))
            Property("InstanceType", Fn.if(isProd, Fn.findInMap("Sizes", "prod", "Instance"), AWS.noValue))
            Property("SubnetId", Fn.select(0, Ref("Subnets")))
            Property("AvailabilityZone", Fn.select(1, Fn.getAZs()))
            Property("SecurityGroupIds", [Fn.getAtt("Left", "GroupId"), Ref("Right")])
            Property("UserData", Fn.base64("""
            #!/bin/bash
            echo "tab	and trailing spaces\u{20}\u{20}\u{20}
            grep -E '^[a-z]+\\d{2}$' /etc/hosts \\
              && echo "\\"quoted\\"" done
            printf 'é ü — ✓\\n'

            """))
            Property("Tags", [
                ["Key": "Pattern", "Value": #"^arn:aws:iam::\d{12}:role/.+$"#],
                ["Key": "Return", "Value": "line\r\nwith carriage return"],
            ])
        }
            .creationPolicy(["ResourceSignal": ["Timeout": "PT15M"]])
    }

    static var loose: Resource {
        Resource("Loose") {
            Property("Anything", 1)
        }
    }

    static var network: Resource {
        Resource("Network", type: "AWS::EC2::VPC") {
            Property("CidrBlock", "10.0.0.0/16")
            Property("Ipv4IpamPoolId", Fn.select(0, Fn.cidr("10.0.0.0/16", count: 4, cidrBits: 8)))
            Property("Tags", [
                ["Key": "Count", "Value": Fn.length(["a", "b"])],
                ["Key": "Json", "Value": Fn.toJsonString(["a": 1])],
            ])
        }
    }
}
