// Imported from state_machine_with_permissions_boundary.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorStateMachineWithPermissionsBoundaryYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myFunction
        stateMachine
    }

    static var myFunction: Resource {
        Resource("MyFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("ReservedConcurrentExecutions", 100)
        }
    }

    static var stateMachine: Resource {
        Resource("StateMachine", type: "AWS::Serverless::StateMachine") {
            Property("Name", "MyStateMachine")
            Property("Events", [
                "ScheduleEvent": [
                    "Type": "Schedule",
                    "Properties": ["Schedule": "rate(1 minute)", "Name": "TestSchedule"],
                ],
                "CWEvent": [
                    "Type": "CloudWatchEvent",
                    "Properties": ["Pattern": ["detail": ["state": ["terminated"]]]],
                ],
                "MyApiEvent": ["Type": "Api", "Properties": ["Path": "/startMyExecution", "Method": "post"]],
            ])
            Property("DefinitionUri", [
                "Bucket": "sam-demo-bucket",
                "Key": "my-state-machine.asl.json",
                "Version": 3,
            ])
            Property("PermissionsBoundary", "arn:aws:1234:iam:boundary/CustomerCreatedPermissionsBoundary")
            Property("Policies", [["LambdaInvokePolicy": ["FunctionName": myFunction.ref]]])
        }
    }
}
