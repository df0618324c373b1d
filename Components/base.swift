import Sparkle

/// Format version plus the parameters every EC2 example shares (the SparkleFormation post's `base`).
let base = Component("base", description: "Format version and the shared EC2 parameters: key pair, VPC, subnet, AMI, security group") {
    FormatVersion()
    Parameter("KeyName", type: .keyPairName, description: "EC2 key pair for SSH access")
    Parameter("VpcId", type: .vpcId, description: "VPC to launch into")
    Parameter("SubnetId", type: .subnetId, description: "Subnet to launch into")
    Parameter("AmiId", type: .imageId, description: "AMI to launch")
    Parameter("SecurityGroupId", type: .securityGroupId, description: "Security group for the instance")
}
