// Imported from example-pipeline.json by `sparkle import`.

import Sparkle

extension CloudformationSamplesModulesEc2imagebuildergoldenamiExampleExamplePipelineJsonTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        exampleImagePipeline
    }

    static var exampleImagePipeline: Resource {
        Resource("ExampleImagePipeline", type: "AWSSamples::EC2ImageBuilder::GoldenAMI::MODULE") {
            Property("OrganizationBusinessUnitName", Ref("OrganizationBusinessUnitName"))
            Property("OrganizationName", Ref("OrganizationName"))
            Property("ParentImage", Ref("ParentImage"))
        }
    }
}
