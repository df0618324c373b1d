import Sparkle

/// Buckets born with the standard lifecycle rule (from the `s3_lifecycle_rule` registry), and a
/// scheduled Lambda that puts the same rule on any bucket found without one.
let s3LifecycleEnforcer = Template(
    "s3_lifecycle_enforcer", description: "Scheduled Lambda enforcing the standard S3 lifecycle rule, and buckets that carry it"
) {
    FormatVersion()
    Parameter("Schedule", type: .string, default: "rate(1 day)", description: "How often the enforcer runs")
    for purpose in ["Logs", "Exports"] {
        Resource("\(purpose)Bucket", type: "AWS::S3::Bucket") {
            Property("LifecycleConfiguration", standardLifecycle)
            Property("Tags", standardTags(purpose.lowercased()))
        }
    }
    enforcerRole
    enforcerFunction
    Resource("EnforcerSchedule", type: "AWS::Events::Rule") {
        Property("Description", "Run the lifecycle enforcer")
        Property("ScheduleExpression", Ref("Schedule"))
        Property("Targets", [["Id": "enforcer", "Arn": enforcerFunction.getAtt("Arn")]])
    }
    Resource("EnforcerPermission", type: "AWS::Lambda::Permission") {
        Property("Action", "lambda:InvokeFunction")
        Property("FunctionName", enforcerFunction.ref)
        Property("Principal", "events.amazonaws.com")
        Property("SourceArn", Fn.getAtt("EnforcerSchedule", "Arn"))
    }
    Output("EnforcerArn", enforcerFunction.getAtt("Arn"), description: "The enforcer Lambda")
    Output("LogsBucketName", Ref("LogsBucket"), description: "A bucket with the standard rule")
}

private var enforcerRole: Resource {
    Resource("EnforcerRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AWSLambdaBasicExecutionRole")])
        Property("Policies", [[
            "PolicyName": "enforce-lifecycle",
            "PolicyDocument": policyDocument([
                allow(["s3:ListAllMyBuckets", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"], on: ["*"]),
            ]),
        ]])
    }
}

private var enforcerFunction: Resource {
    Resource("EnforcerFunction", type: "AWS::Lambda::Function") {
        Property("Runtime", "python3.12")
        Property("Handler", "index.handler")
        Property("Role", enforcerRole.getAtt("Arn"))
        Property("Timeout", 300)
        // The rule the Lambda applies is the registry's, serialised when the template compiles: one
        // definition, and no need for the AWS::LanguageExtensions transform that Fn::ToJsonString takes.
        Property("Environment", ["Variables": ["LIFECYCLE_RULE": .string(JSONEmitter.string(standardLifecycleRule(), style: .minified))]])
        Property("Code", ["ZipFile": """
            import json, os
            import boto3
            from botocore.exceptions import ClientError

            s3 = boto3.client("s3")
            RULE = json.loads(os.environ["LIFECYCLE_RULE"])

            def to_api(rule):
                return {
                    "ID": rule["Id"], "Status": rule["Status"], "Filter": {"Prefix": ""},
                    "AbortIncompleteMultipartUpload": rule["AbortIncompleteMultipartUpload"],
                    "Transitions": [{"Days": t["TransitionInDays"], "StorageClass": t["StorageClass"]} for t in rule["Transitions"]],
                    "Expiration": {"Days": rule["ExpirationInDays"]},
                }

            def handler(event, context):
                fixed = []
                for bucket in s3.list_buckets()["Buckets"]:
                    try:
                        s3.get_bucket_lifecycle_configuration(Bucket=bucket["Name"])
                    except ClientError as error:
                        if error.response["Error"]["Code"] != "NoSuchLifecycleConfiguration":
                            raise
                        s3.put_bucket_lifecycle_configuration(
                            Bucket=bucket["Name"], LifecycleConfiguration={"Rules": [to_api(RULE)]})
                        fixed.append(bucket["Name"])
                return {"fixed": fixed}

            """])
    }
}
