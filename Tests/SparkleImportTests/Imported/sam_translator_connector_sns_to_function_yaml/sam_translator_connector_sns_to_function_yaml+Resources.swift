// Imported from connector_sns_to_function.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorConnectorSnsToFunctionYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        mySNSTopic
        myRole
        myFunction
        myConnector
    }

    static var mySNSTopic: Resource {
        Resource("MySNSTopic", type: "AWS::SNS::Topic")
    }

    static var myRole: Resource {
        Resource("MyRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Action": "sts:AssumeRole",
                        "Principal": ["Service": "lambda.amazonaws.com"],
                    ],
                ],
            ])
            Property("ManagedPolicyArns", [
                "arn:{AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
            ])
        }
    }

    static var myFunction: Resource {
        Resource("MyFunction", type: "AWS::Lambda::Function") {
            Property("Role", myRole.getAtt("Arn"))
            Property("Runtime", "nodejs18.x")
            Property("Handler", "index.handler")
            Property("Code", [
                "ZipFile": """
                const AWS = require('aws-sdk');
                exports.handler = async (event) => {
                  console.log(JSON.stringify(event));
                };

                """,
            ])
            Property("Environment", ["Variables": ["TABLE_NAME": Ref("MyTable")]])
        }
    }

    static var myConnector: Resource {
        Resource("MyConnector", type: "AWS::Serverless::Connector") {
            Property("Source", ["Id": "MySNSTopic"])
            Property("Destination", ["Id": "MyFunction"])
            Property("Permissions", ["Write"])
        }
    }
}
