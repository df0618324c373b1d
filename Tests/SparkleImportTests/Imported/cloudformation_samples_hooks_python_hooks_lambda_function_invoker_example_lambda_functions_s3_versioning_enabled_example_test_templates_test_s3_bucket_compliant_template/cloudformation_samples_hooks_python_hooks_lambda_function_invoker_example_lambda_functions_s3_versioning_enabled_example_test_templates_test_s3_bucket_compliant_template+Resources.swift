// Imported from test-s3-bucket-compliant.template by `sparkle import`.

import Sparkle

extension CloudformationSamplesHooksPythonHooksLambdaFunctionInvokerExampleLambdaFunctionsS3VersioningEnabledExampleTestTemplatesTestS3BucketCompliantTemplateTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        s3Bucket
    }

    static var s3Bucket: Resource {
        Resource("S3Bucket", type: "AWS::S3::Bucket") {
            Property("VersioningConfiguration", ["Status": "Enabled"])
            Property("Tags", [
                ["Key": "Name", "Value": "test"],
                ["Key": "AppName", "Value": "test"],
                ["Key": "Env", "Value": "dev"],
            ])
        }
    }
}
