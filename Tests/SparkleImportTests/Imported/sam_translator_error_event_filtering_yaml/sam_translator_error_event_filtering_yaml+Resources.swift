// Imported from error_event_filtering.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorEventFilteringYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        wrongFilterName
        notSupportedPushEvent
        dynamoDBTable
        mySnsTopic
    }

    static var wrongFilterName: Resource {
        Resource("WrongFilterName", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/filtered_events.zip")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs16.x")
            Property("Events", [
                "DynamoDBStreamEvent": [
                    "Type": "DynamoDB",
                    "Properties": [
                        "Stream": dynamoDBTable.getAtt("StreamArn"),
                        "StartingPosition": "TRIM_HORIZON",
                        "FilterCriteria": ["FiltersToUse": [["Pattern": "{\"name\": \"value\"}"]]],
                    ],
                ],
            ])
        }
    }

    static var notSupportedPushEvent: Resource {
        Resource("NotSupportedPushEvent", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/filtered_events.zip")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs16.x")
            Property("Events", [
                "SNSEvent": [
                    "Type": "SNS",
                    "Properties": [
                        "Topic": mySnsTopic.getAtt("Arn"),
                        "FilterCriteria": ["Filters": [["Pattern": "{\"name\": \"value\"}"]]],
                    ],
                ],
            ])
        }
    }

    static var dynamoDBTable: Resource {
        Resource("DynamoDBTable", type: "AWS::DynamoDB::Table")
    }

    static var mySnsTopic: Resource {
        Resource("MySnsTopic", type: "AWS::SNS::Topic")
    }
}
