// Imported from test-s3-bucket-compliant.template by `sparkle import`.

import Sparkle

extension CloudformationSamplesHooksPythonHooksLambdaFunctionInvokerExampleLambdaFunctionsS3VersioningEnabledExampleTestTemplatesTestS3BucketCompliantTemplateTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("S3BucketName", s3Bucket.ref, description: "The name of the Amazon S3 bucket.")
    }
}
