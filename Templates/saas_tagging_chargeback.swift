import Sparkle

/// Every taggable resource carries the same cost-allocation tags (the `cost_allocation_tags`
/// registry), so the bill splits by tenant and application. Usage events flow through Kinesis to
/// two consumer Lambdas; a Redshift cluster for the chargeback reports is optional.
let saasTaggingChargeback = Template(
    "saas_tagging_chargeback", description: "Cost-allocation tags everywhere; Kinesis usage stream, consumers, optional Redshift"
) {
    FormatVersion()
    Parameter("Owner", type: .string, default: "platform-team", description: "Owner tag")
    Parameter("CostCenter", type: .string, default: "cc-1234", description: "Cost Center tag")
    Parameter("EnableRedshift", type: .string, default: "false", allowedValues: ["true", "false"], description: "Create the reporting cluster")
    withRedshift
    usageStream
    consumerRole
    for consumer in ["Metering", "Anomalies"] {
        Resource("\(consumer)Function", type: "AWS::Lambda::Function") {
            Property("Runtime", "python3.12")
            Property("Handler", "index.handler")
            Property("Role", consumerRole.getAtt("Arn"))
            Property("Timeout", 60)
            Property("Environment", ["Variables": ["CONSUMER": .string(consumer.lowercased())]])
            Property("Code", ["ZipFile": """
                import base64, json, os

                def handler(event, context):
                    usage = {}
                    for record in event["Records"]:
                        item = json.loads(base64.b64decode(record["kinesis"]["data"]))
                        usage[item["TenantId"]] = usage.get(item["TenantId"], 0) + item.get("units", 1)
                    print(json.dumps({"consumer": os.environ["CONSUMER"], "usage": usage}))

                """])
            Property("Tags", chargebackTags)
        }
        Resource("\(consumer)Mapping", type: "AWS::Lambda::EventSourceMapping") {
            Property("EventSourceArn", usageStream.getAtt("Arn"))
            Property("FunctionName", Ref("\(consumer)Function"))
            Property("StartingPosition", "LATEST")
            Property("BatchSize", 100)
        }
    }
    Resource("ReportingCluster", type: "AWS::Redshift::Cluster") {
        Property("ClusterType", "single-node")
        Property("NodeType", "ra3.large")
        Property("DBName", "chargeback")
        Property("MasterUsername", "admin")
        // Redshift generates the password and keeps it in Secrets Manager: no secret in the template.
        Property("ManageMasterPassword", true)
        Property("Encrypted", true)
        Property("PubliclyAccessible", false)
        Property("Tags", chargebackTags)
    }
    .condition(withRedshift)
    Output("UsageStreamName", usageStream.ref, description: "Send usage events here")
    Output("ReportingEndpoint", Fn.getAtt("ReportingCluster", "Endpoint.Address"), description: "The reporting cluster")
        .condition(withRedshift)
}

private let withRedshift = Condition("WithRedshift", Fn.equals(Ref("EnableRedshift"), "true"))

private let chargebackTags = costAllocationTags(CostAllocation(owner: Ref("Owner"), costCenter: Ref("CostCenter"), application: "usage-metering"))

private var usageStream: Resource {
    Resource("UsageStream", type: "AWS::Kinesis::Stream") {
        Property("StreamModeDetails", ["StreamMode": "ON_DEMAND"])
        Property("StreamEncryption", ["EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"])
        Property("Tags", chargebackTags)
    }
}

private var consumerRole: Resource {
    Resource("ConsumerRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AWSLambdaKinesisExecutionRole")])
        Property("Tags", chargebackTags)
    }
}
