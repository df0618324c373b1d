import SparkleAWS
import SparkleStacks
import Testing

@Suite struct OutputEnvironmentTests {
    @Test(arguments: [
        ("VpcId", "VPC_ID"), ("VPCId", "VPC_ID"), ("DBSubnetGroup", "DB_SUBNET_GROUP"), ("Subnet1Id", "SUBNET1_ID"),
        ("vpc-id", "VPC_ID"), ("URL", "URL"), ("PublicSubnetIDs", "PUBLIC_SUBNET_IDS"),
    ])
    func anOutputKeyBecomesAnEnvironmentName(_ key: String, _ name: String) {
        #expect(StackOutput(key: key, value: "v").environmentName == name)
    }
}
