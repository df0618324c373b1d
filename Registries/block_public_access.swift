import Sparkle

/// The S3 public access block with all four switches on, for buckets that are never public:
/// `Property("PublicAccessBlockConfiguration", blockPublicAccess)`.
let blockPublicAccessRegistry = Registry(
    "block_public_access", description: "S3 PublicAccessBlockConfiguration with every switch on",
    value: ["BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true])

let blockPublicAccess = blockPublicAccessRegistry()
