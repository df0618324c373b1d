import Sparkle

/// One instance in an existing subnet and security group, signalling CloudFormation when booted.
/// The instance is SparkleFormation's `dynamic!(:ec2_instance, :web)`: the built-in dynamic of
/// `AWS::EC2::Instance`, inserted as `Web`, declares `WebEc2Instance`.
let ec2Example = Template("ec2_example", description: "One EC2 instance in an existing subnet and security group") {
    Load(base)
    ec2Instance
    // The post's original output referenced a resource that did not exist; the handle cannot dangle.
    Output("InstanceId", ec2Instance.ref, description: "The instance")
    Output("VpcId", Ref("VpcId"), description: "The VPC the instance is in")
    Output("Subnet", Ref("SubnetId"), description: "The subnet the instance is in")
    Output("SecurityGroupId", Ref("SecurityGroupId"), description: "The instance's security group")
}

private var ec2Instance: Resource {
    Builtin.ec2Instance("Web", [
        "ImageId": Ref("AmiId"),
        "InstanceType": "t3.micro",
        "KeyName": Ref("KeyName"),
        "SubnetId": Ref("SubnetId"),
        "SecurityGroupIds": [Ref("SecurityGroupId")],
    ]) {
        Property(
            "UserData",
            Fn.base64(
                Fn.join(
                    "",
                    [
                        "#!/bin/bash\n",
                        "yum install -y aws-cfn-bootstrap\n",
                        "/opt/aws/bin/cfn-signal -e $? --stack ", AWS.stackName,
                        " --resource WebEc2Instance --region ", AWS.region, "\n",
                    ])))
        Property("Tags", [["Key": "Name", "Value": AWS.stackName]])
    }
    .creationPolicy(["ResourceSignal": ["Count": 1, "Timeout": "PT15M"]])
}
