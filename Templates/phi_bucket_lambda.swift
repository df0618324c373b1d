import Sparkle

/// A bucket for protected health information that refuses unencrypted uploads, and a Lambda that
/// processes every `.phi` object created under `data/`.
let phiBucketLambda = Template(
    "phi_bucket_lambda", description: "PHI bucket denying unencrypted PutObject, with a Lambda notified of new .phi objects"
) {
    FormatVersion()
    Parameter(
        "BucketName", type: .string, default: "sparkle-phi-example", allowedPattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
        description: "Name of the PHI bucket (globally unique)", constraintDescription: "a valid S3 bucket name")
    Parameter("CodeBucket", type: .string, default: "sparkle-artifacts", description: "Bucket holding the function's code")
    Parameter("CodeKey", type: .string, default: "phi-processor.zip", description: "Key of the function's code archive")
    phiRole
    phiFunction
    phiPermission
    phiBucket
    Resource("PhiBucketPolicy", type: "AWS::S3::BucketPolicy") {
        Property("Bucket", phiBucket.ref)
        Property("PolicyDocument", [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Sid": "DenyUnencryptedPut", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
                    "Resource": Fn.sub("${PhiBucket.Arn}/*"),
                    "Condition": ["Null": ["s3:x-amz-server-side-encryption": "true"]],
                ],
                [
                    "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                    "Resource": [phiBucket.getAtt("Arn"), Fn.sub("${PhiBucket.Arn}/*")],
                    "Condition": ["Bool": ["aws:SecureTransport": "false"]],
                ],
            ],
        ])
    }
    Output("BucketName", phiBucket.ref, description: "The PHI bucket")
    Output("FunctionArn", phiFunction.getAtt("Arn"), description: "The processing Lambda")
}

// The bucket's ARN is built from the name parameter, not taken from the bucket: the bucket's
// notification needs the permission first, and the permission would otherwise need the bucket.
private let phiBucketArn = Fn.sub("arn:${AWS::Partition}:s3:::${BucketName}")

private var phiRole: Resource {
    Resource("PhiFunctionRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AWSLambdaBasicExecutionRole")])
        Property("Policies", [["PolicyName": "read-phi", "PolicyDocument": policyDocument(s3ReadStatements(phiBucketArn))]])
    }
}

private var phiFunction: Resource {
    Resource("PhiFunction", type: "AWS::Lambda::Function") {
        Property("Runtime", "python3.12")
        Property("Handler", "processor.handler")
        Property("Role", phiRole.getAtt("Arn"))
        Property("Timeout", 300)
        Property("MemorySize", 128)
        Property("Code", ["S3Bucket": Ref("CodeBucket"), "S3Key": Ref("CodeKey")])
    }
}

private var phiPermission: Resource {
    Resource("PhiFunctionPermission", type: "AWS::Lambda::Permission") {
        Property("Action", "lambda:InvokeFunction")
        Property("FunctionName", phiFunction.ref)
        Property("Principal", "s3.amazonaws.com")
        Property("SourceArn", phiBucketArn)
        Property("SourceAccount", AWS.accountId)
    }
}

private var phiBucket: Resource {
    Resource("PhiBucket", type: "AWS::S3::Bucket") {
        Property("BucketName", Ref("BucketName"))
        Property("BucketEncryption", ["ServerSideEncryptionConfiguration": [["ServerSideEncryptionByDefault": ["SSEAlgorithm": "aws:kms"]]]])
        Property("VersioningConfiguration", ["Status": "Enabled"])
        Property("PublicAccessBlockConfiguration", blockPublicAccess)
        Property("NotificationConfiguration", [
            "LambdaConfigurations": [[
                "Event": "s3:ObjectCreated:*",
                "Function": phiFunction.getAtt("Arn"),
                "Filter": ["S3Key": ["Rules": [["Name": "prefix", "Value": "data/"], ["Name": "suffix", "Value": ".phi"]]]],
            ]],
        ])
    }
    .dependsOn(phiPermission)
}
