import Sparkle

// Lambda in a VPC that reaches on-premises over a VPN and alerts through SNS, in two layers:
// network (lambda_vpc_alerts_network) → app (lambda_vpc_alerts_app).

/// The network layer: two private subnets, a VPN to the on-premises network, and the Lambda's
/// security group.
let lambdaVpcAlertsNetwork = Template(
    "lambda_vpc_alerts_network", description: "Lambda VPC alerts layer 1: private subnets with a VPN to on-premises"
) {
    FormatVersion()
    Parameter(
        "OnPremIp", type: .string, default: "203.0.113.10", allowedPattern: #"^(\d{1,3}\.){3}\d{1,3}$"#,
        description: "Public IP of the on-premises VPN device", constraintDescription: "an IPv4 address")
    Parameter(
        "OnPremCidr", type: .string, default: "192.168.0.0/16", allowedPattern: #"^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$"#,
        description: "The on-premises network", constraintDescription: "a CIDR block")
    vpcNetwork("", VpcNetworkConfig(cidr: "10.30.0.0/16", publicSubnets: 0, privateSubnets: 2))
    vpnGateway
    vpnAttachment
    Resource("CustomerGateway", type: "AWS::EC2::CustomerGateway") {
        Property("Type", "ipsec.1")
        Property("BgpAsn", 65000)
        Property("IpAddress", Ref("OnPremIp"))
        Property("Tags", standardTags("onprem"))
    }
    Resource("VpnConnection", type: "AWS::EC2::VPNConnection") {
        Property("Type", "ipsec.1")
        Property("StaticRoutesOnly", true)
        Property("CustomerGatewayId", Ref("CustomerGateway"))
        Property("VpnGatewayId", vpnGateway.ref)
        Property("Tags", standardTags("vpn"))
    }
    Resource("VpnRoute", type: "AWS::EC2::VPNConnectionRoute") {
        Property("DestinationCidrBlock", Ref("OnPremCidr"))
        Property("VpnConnectionId", Ref("VpnConnection"))
    }
    Resource("VpnRoutePropagation", type: "AWS::EC2::VPNGatewayRoutePropagation") {
        Property("RouteTableIds", [Ref("PrivateRouteTable")])
        Property("VpnGatewayId", vpnGateway.ref)
    }
    .dependsOn(vpnAttachment)
    lambdaSecurityGroup
    Output("LambdaSecurityGroupId", lambdaSecurityGroup.getAtt("GroupId"), description: "Security group of the Lambda")
}

private var vpnGateway: Resource {
    Resource("VpnGateway", type: "AWS::EC2::VPNGateway") {
        Property("Type", "ipsec.1")
        Property("Tags", standardTags("vgw"))
    }
}

private var vpnAttachment: Resource {
    Resource("VpnGatewayAttachment", type: "AWS::EC2::VPCGatewayAttachment") {
        Property("VpcId", Ref("Vpc"))
        Property("VpnGatewayId", vpnGateway.ref)
    }
}

private var lambdaSecurityGroup: Resource {
    Resource("LambdaSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "The alerting Lambda: outbound to on-premises only")
        Property("VpcId", Ref("Vpc"))
        Property("SecurityGroupEgress", [["IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": Ref("OnPremCidr")]])
        Property("Tags", standardTags("lambda"))
    }
}

/// The app layer: a Lambda in the private subnets, fed by an SNS topic a CloudWatch alarm publishes to.
let lambdaVpcAlertsApp = Template(
    "lambda_vpc_alerts_app", description: "Lambda VPC alerts layer 2: alarm → SNS → Lambda in the VPC"
) {
    FormatVersion()
    Load(privateSubnets)
    Parameter("LambdaSecurityGroupId", type: .securityGroupId, description: "The Lambda's security group (network layer output)")
    Parameter("AlertEndpoint", type: .string, default: "https://alerts.internal.example.com/hook", description: "On-premises endpoint the Lambda posts to")
    alertTopic
    alertRole
    alertFunction
    snsLambdaSubscription("Alert", SnsLambdaSubscription(topic: alertTopic, function: alertFunction))
    Resource("ErrorAlarm", type: "AWS::CloudWatch::Alarm") {
        Property("AlarmDescription", "Any Lambda in the account reports errors")
        Property("Namespace", "AWS/Lambda")
        Property("MetricName", "Errors")
        Property("Statistic", "Sum")
        Property("Period", 60)
        Property("EvaluationPeriods", 1)
        Property("Threshold", 1)
        Property("ComparisonOperator", "GreaterThanOrEqualToThreshold")
        Property("TreatMissingData", "notBreaching")
        Property("AlarmActions", [alertTopic.ref])
    }
    Output("AlertTopicArn", alertTopic.ref, description: "Topic the alarm publishes to")
    Output("AlertFunctionArn", alertFunction.getAtt("Arn"), description: "The alerting Lambda")
}

private var alertTopic: Resource {
    Resource("AlertTopic", type: "AWS::SNS::Topic") {
        Property("DisplayName", "alerts")
    }
}

private var alertRole: Resource {
    Resource("AlertFunctionRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AWSLambdaVPCAccessExecutionRole")])
    }
}

private var alertFunction: Resource {
    Resource("AlertFunction", type: "AWS::Lambda::Function") {
        Property("Runtime", "python3.12")
        Property("Handler", "index.handler")
        Property("Role", alertRole.getAtt("Arn"))
        Property("Timeout", 30)
        Property("VpcConfig", [
            "SubnetIds": [Ref("Private1SubnetId"), Ref("Private2SubnetId")],
            "SecurityGroupIds": [Ref("LambdaSecurityGroupId")],
        ])
        Property("Environment", ["Variables": ["ALERT_ENDPOINT": Ref("AlertEndpoint")]])
        Property("Code", ["ZipFile": """
            import json, os, urllib.request

            def handler(event, context):
                for record in event["Records"]:
                    body = record["Sns"]["Message"].encode()
                    request = urllib.request.Request(os.environ["ALERT_ENDPOINT"], data=body, method="POST")
                    urllib.request.urlopen(request, timeout=10)

            """])
    }
}
