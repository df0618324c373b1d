// Imported from example-pipeline.json by `sparkle import`.

import Sparkle

public let cloudformationSamplesModulesEc2imagebuildergoldenamiExampleExamplePipelineJsonTemplate = Template("cloudformation_samples_modules_ec2imagebuildergoldenami_example_example_pipeline_json", description: "Uses the example EC2ImageBuilder Golden AMI module to create an image pipeline running on a monthly schedule.") {
    FormatVersion()
    Metadata("AWS::CloudFormation::Interface", [
        "ParameterGroups": [
            ["Label": ["default": "Source image"], "Parameters": ["ParentImage"]],
            [
                "Label": ["default": "Resource tags"],
                "Parameters": ["OrganizationName", "OrganizationBusinessUnitName"],
            ],
        ],
        "ParameterLabels": [
            "OrganizationBusinessUnitName": ["default": "What is the name of your business unit?"],
            "OrganizationName": ["default": "What is the name of your organization?"],
            "ParentImage": ["default": "Which source image would you like to use?"],
        ],
    ])
    CloudformationSamplesModulesEc2imagebuildergoldenamiExampleExamplePipelineJsonTemplate.parameters()
    CloudformationSamplesModulesEc2imagebuildergoldenamiExampleExamplePipelineJsonTemplate.resources()
}

/// The parts of `cloudformationSamplesModulesEc2imagebuildergoldenamiExampleExamplePipelineJsonTemplate`.
enum CloudformationSamplesModulesEc2imagebuildergoldenamiExampleExamplePipelineJsonTemplate {}
