// Imported from example-resources.template by `sparkle import`.

import Sparkle

extension CloudformationSamplesHooksJavaHooksEc2InstanceTypesExamplesExampleResourcesTemplateTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("AppNameTagValue", type: .string, default: "ExampleAppName", description: "Please specify a value; minimum length: 0, maximum: 20.", minLength: 0, maxLength: 20)
        Parameter("CapacityReservationFleetInstanceType", type: .string, default: "t2.micro", allowedValues: ["t1.micro", "t2.micro", "t2.small"], description: "Amazon EC2 instance type to use for the example AWS::EC2::CapacityReservationFleet resource described in this sample template that describes the InstanceType property in an InstanceTypeSpecifications list item.")
        Parameter("CapacityReservationInstanceType", type: .string, default: "t2.micro", allowedValues: ["t1.micro", "t2.micro", "t2.small"], description: "Amazon EC2 instance type to use for the example AWS::EC2::CapacityReservation resource described in this sample template that describes the InstanceType property.")
        Parameter("CpuMax", type: .string, default: 1, allowedPattern: "^[0-9]*$", description: "Maximum amount of CPUs for EC2 instances for the example AWS::EC2::LaunchTemplate resource described in this sample template that describes the InstanceRequirements property.  Leave this parameter blank to omit this value and not specify a maximum.")
        Parameter("CpuMin", type: .number, default: 1, description: "Minimum amount of CPUs for EC2 instances for the example AWS::EC2::LaunchTemplate resource described in this sample template that describes the InstanceRequirements property.", minValue: 0)
        Parameter("Env", type: .string, default: "dev", allowedValues: ["dev", "qa", "prod"], description: "Environment name to use.")
        Parameter("InstanceType", type: .string, default: "t2.micro", allowedValues: ["(not specified)", "t1.micro", "t1.small", "t1.medium", "t2.micro", "t2.small", "t2.medium"], description: "Amazon EC2 instance type to use for the example AWS::EC2::Instance resource described in this sample template.  If you choose \"(not specified)\", the value used will be the default m1.small instance type.")
        Parameter("LatestAmiId", type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", default: "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2", description: "Region-specific image to use.")
        Parameter("LaunchConfigurationInstanceType", type: .string, default: "t1.micro", allowedValues: ["t1.micro", "m1.small"], description: "Amazon EC2 instance type to use for the example AWS::AutoScaling::LaunchConfiguration resource described in this sample template.")
        Parameter("LaunchTemplateInstanceType", type: .string, default: "t2.micro", allowedValues: ["t1.micro", "t2.micro", "t2.small"], description: "Amazon EC2 instance type to use for the example AWS::EC2::LaunchTemplate resource described in this sample template that describes the InstanceType property.")
        Parameter("MemoryMax", type: .string, default: 1, allowedPattern: "^[0-9]*$", description: "Maximum amount of memory, in MiB, for EC2 instances for the example AWS::EC2::LaunchTemplate resource described in this sample template that describes the InstanceRequirements property.  Leave this parameter blank to omit this value and not specify a maximum.")
        Parameter("MemoryMin", type: .number, default: 1, description: "Minimum amount of memory, in MiB, for EC2 instances for the example AWS::EC2::LaunchTemplate resource described in this sample template that describes the InstanceRequirements property.", minValue: 0)
        Parameter("NameTagValue", type: .string, default: "ExampleName", description: "Please specify a value; minimum length: 0, maximum: 20.", minLength: 0, maxLength: 20)
    }
}
