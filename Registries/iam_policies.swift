import Sparkle

/// An IAM policy document from statements: `policyDocument([allow(["s3:GetObject"], on: arn)])`.
let policyDocument = Registry<Value>(
    "policy_document", description: "An IAM policy document (Version 2012-10-17) wrapping the given statements"
) { statements in
    ["Version": "2012-10-17", "Statement": statements]
}

/// An Allow statement of `actions` on `resources`, with an optional IAM `Condition` block.
func allow(_ actions: [String], on resources: [Value], condition: Value? = nil) -> Value {
    var statement = Object(["Effect": "Allow", "Action": .array(actions.map { .string($0) }), "Resource": .array(resources)])
    if let condition { statement["Condition"] = condition }
    return .object(statement)
}

/// Read access to one bucket and its objects.
let s3ReadStatements = Registry<Value>(
    "s3_read_statements", description: "IAM statements granting read access to a bucket (given its ARN) and its objects"
) { bucketArn in
    [
        allow(["s3:ListBucket", "s3:GetBucketLocation"], on: [bucketArn]),
        allow(["s3:GetObject", "s3:GetObjectVersion"], on: [Fn.join("", [bucketArn, "/*"])]),
    ]
}

/// The ARN of an AWS-managed policy in the stack's partition:
/// `awsManagedPolicy("service-role/AWSLambdaBasicExecutionRole")`.
let awsManagedPolicy = Registry<String>(
    "aws_managed_policy", description: "ARN of an AWS-managed IAM policy (e.g. service-role/AWSLambdaBasicExecutionRole), partition-aware"
) { name in
    Fn.sub("arn:${AWS::Partition}:iam::aws:policy/\(name)")
}
