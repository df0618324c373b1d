import Sparkle

/// The organisation's standard S3 lifecycle rule: abort incomplete multipart uploads after 7 days,
/// move objects to STANDARD_IA after 30 days, expire them after 395 (13 months).
let standardLifecycleRule = Registry(
    "s3_lifecycle_rule", description: "Standard S3 lifecycle rule: abort uploads at 7 days, STANDARD_IA at 30, expire at 395",
    value: [
        "Id": "standard-retention",
        "Status": "Enabled",
        "AbortIncompleteMultipartUpload": ["DaysAfterInitiation": 7],
        "Transitions": [["StorageClass": "STANDARD_IA", "TransitionInDays": 30]],
        "ExpirationInDays": 395,
    ])

/// `Property("LifecycleConfiguration", standardLifecycle)` on a bucket.
let standardLifecycle: Value = ["Rules": [standardLifecycleRule()]]
