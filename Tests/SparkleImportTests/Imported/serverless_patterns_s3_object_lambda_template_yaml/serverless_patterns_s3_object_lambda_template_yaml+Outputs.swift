// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsS3ObjectLambdaTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("S3BucketName", s3Bucket.ref, description: "S3 Bucket for object storage.")
        Output("S3AccessPointArn", s3AccessPoint.ref, description: "Name of the S3 access point.")
        Output("S3ObjectLambdaAccessPointArn", s3ObjectLambdaAccessPoint.getAtt("Arn"), description: "ARN of the S3 Object Lambda access point.")
        Output("ResizeFunctionArn", resizeFunction.ref, description: "ResizeFunction ARN.")
    }
}
