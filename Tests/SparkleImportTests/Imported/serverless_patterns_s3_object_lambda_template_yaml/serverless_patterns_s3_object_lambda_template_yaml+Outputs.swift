// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsS3ObjectLambdaTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("S3BucketName", Ref("S3Bucket"), description: "S3 Bucket for object storage.")
        Output("S3AccessPointArn", Ref("S3AccessPoint"), description: "Name of the S3 access point.")
        Output("S3ObjectLambdaAccessPointArn", Fn.getAtt("S3ObjectLambdaAccessPoint", "Arn"), description: "ARN of the S3 Object Lambda access point.")
        Output("ResizeFunctionArn", Ref("ResizeFunction"), description: "ResizeFunction ARN.")
    }
}
