import Sparkle

/// Read access to one bucket, for a partner account that proves itself with an external ID.
let crossAccountRoleTemplate = Template(
    "cross_account_role", description: "IAM role a partner account assumes (with an external ID) to read one bucket"
) {
    FormatVersion()
    Parameter(
        "PartnerAccountId", type: .string, allowedPattern: #"^\d{12}$"#, description: "The partner's AWS account ID",
        constraintDescription: "a 12-digit account ID")
    Parameter(
        "ExternalId", type: .string, description: "The external ID agreed with the partner", minLength: 2, maxLength: 1224,
        noEcho: true)
    partnerBucket
    trustedAccountRole("Partner", partnerTrust(account: Ref("PartnerAccountId"), externalId: Ref("ExternalId")))
    Output("BucketName", partnerBucket.ref, description: "The bucket the partner reads")
}

/// The partner's account ID, fixed when the template compiles: `--param PartnerAccount=…` or env
/// `PARTNER_ACCOUNT_ID`.
let partnerAccountInput = Input<String>(
    "PartnerAccount", default: "111122223333", environment: "PARTNER_ACCOUNT_ID", description: "The partner's 12-digit account ID",
    check: { $0.count == 12 && $0.allSatisfy(\.isNumber) ? nil : "expected a 12-digit account ID" })

/// The external ID, fixed when the template compiles: `--param PartnerExternalId=…` or env
/// `PARTNER_EXTERNAL_ID`.
let partnerExternalIdInput = Input<String>(
    "PartnerExternalId", default: "sparkle-example-external-id", environment: "PARTNER_EXTERNAL_ID",
    description: "The external ID agreed with the partner",
    check: { (2...1224).contains($0.count) ? nil : "expected 2 to 1,224 characters" })

/// The same role for one customer, with the account and external ID baked in at compile time: the
/// stack has no parameters to get wrong.
let crossAccountRoleFixed = Template(
    "cross_account_role_fixed", description: "The partner read role with account and external ID fixed at compile time",
    inputs: [partnerAccountInput, partnerExternalIdInput]
) { inputs in
    FormatVersion()
    partnerBucket
    trustedAccountRole(
        "Partner", partnerTrust(account: .string(inputs[partnerAccountInput]), externalId: .string(inputs[partnerExternalIdInput])))
    Output("BucketName", partnerBucket.ref, description: "The bucket the partner reads")
}

private var partnerBucket: Resource {
    Resource("PartnerBucket", type: "AWS::S3::Bucket") {
        Property("BucketEncryption", ["ServerSideEncryptionConfiguration": [["ServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"]]]])
        Property("PublicAccessBlockConfiguration", blockPublicAccess)
        Property("Tags", standardTags("partner"))
    }
}

private func partnerTrust(account: Value, externalId: Value) -> CrossAccountTrust {
    CrossAccountTrust(
        account: account, externalId: externalId,
        policies: [("partner-bucket-read", policyDocument(s3ReadStatements(partnerBucket.getAtt("Arn"))))])
}
