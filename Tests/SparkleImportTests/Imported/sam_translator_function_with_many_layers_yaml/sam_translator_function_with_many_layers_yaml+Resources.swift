// Imported from function_with_many_layers.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorFunctionWithManyLayersYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        manyLayersFunc
        myLayer
    }

    static var manyLayersFunc: Resource {
        Resource("ManyLayersFunc", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("Layers", [
                "arn:aws:lambda:us-east-1:123456789101:layer:z:1",
                Fn.sub("arn:aws:lambda:\(AWS.region):123456789101:layer:a:1"),
                "arn:aws:lambda:us-east-1:123456789101:layer:d12345678:1",
                Fn.sub("arn:\(AWS.partition):lambda:\(AWS.region):123456789101:layer:c:1"),
                myLayer.ref,
            ])
        }
    }

    static var myLayer: Resource {
        Resource("MyLayer", type: "AWS::Serverless::LayerVersion") {
            Property("ContentUri", "s3://sam-demo-bucket/layer.zip")
        }
    }
}
