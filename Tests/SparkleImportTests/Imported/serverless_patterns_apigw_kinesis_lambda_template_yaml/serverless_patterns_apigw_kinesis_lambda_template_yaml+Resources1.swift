// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate {
    @TemplateBuilder static func resources_1() -> Fragment {
        kinesisStream
        apiGatewayRole
        api
        streams
        streamName
        record
        records
        recordMethodPost
        recordsMethodPost
        apiDeployment
    }

    static var kinesisStream: Resource {
        Resource("KinesisStream", type: "AWS::Kinesis::Stream") {
            Property("ShardCount", 1)
        }
    }

    static var apiGatewayRole: Resource {
        Resource("APIGatewayRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Action": ["sts:AssumeRole"],
                        "Effect": "Allow",
                        "Principal": ["Service": ["apigateway.amazonaws.com"]],
                    ],
                ],
            ])
            Property("Policies", [
                [
                    "PolicyName": "APIGWKinesisPolicy",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": [
                                    "kinesis:PutRecord",
                                    "kinesis:PutRecords",
                                    "kinesis:GetShardIterator",
                                    "kinesis:GetRecords",
                                ],
                                "Resource": Fn.sub("${varStreamArn}*", ["varStreamArn": kinesisStream.getAtt("Arn")]),
                            ],
                        ],
                    ],
                ],
            ])
        }
    }

    static var api: Resource {
        Resource("Api", type: "AWS::ApiGateway::RestApi") {
            Property("Name", "apigw-kinesis-api")
            Property("Description", "REST API to push data to Kinesis Stream")
        }
    }

    static var streams: Resource {
        Resource("streams", type: "AWS::ApiGateway::Resource") {
            Property("RestApiId", api.ref)
            Property("ParentId", api.getAtt("RootResourceId"))
            Property("PathPart", "streams")
        }
    }

    static var streamName: Resource {
        Resource("streamName", type: "AWS::ApiGateway::Resource") {
            Property("RestApiId", api.ref)
            Property("ParentId", streams.ref)
            Property("PathPart", "{stream-name}")
        }
    }

    static var record: Resource {
        Resource("record", type: "AWS::ApiGateway::Resource") {
            Property("RestApiId", api.ref)
            Property("ParentId", streamName.ref)
            Property("PathPart", "record")
        }
    }

    static var records: Resource {
        Resource("records", type: "AWS::ApiGateway::Resource") {
            Property("RestApiId", api.ref)
            Property("ParentId", streamName.ref)
            Property("PathPart", "records")
        }
    }

    static var recordMethodPost: Resource {
        Resource("recordMethodPost", type: "AWS::ApiGateway::Method") {
            Property("RestApiId", api.ref)
            Property("ResourceId", record.ref)
            Property("HttpMethod", "PUT")
            Property("ApiKeyRequired", false)
            Property("AuthorizationType", "NONE")
            Property("Integration", [
                "Type": "AWS",
                "Credentials": apiGatewayRole.getAtt("Arn"),
                "IntegrationHttpMethod": "POST",
                "Uri": Fn.sub("arn:aws:apigateway:\(AWS.region):kinesis:action/PutRecord"),
                "PassthroughBehavior": "WHEN_NO_TEMPLATES",
                "RequestTemplates": [
                    "application/json": Fn.sub("""

                    {
                      "StreamName": "$input.params('stream-name')",
                      "Data": "$util.base64Encode($input.json('$.Data'))",
                      "PartitionKey": "$input.path('$.PartitionKey')"
                    }

                    """),
                ],
                "IntegrationResponses": [["StatusCode": "200"]],
            ])
            Property("MethodResponses", [["StatusCode": "200"]])
        }
    }

    static var recordsMethodPost: Resource {
        Resource("recordsMethodPost", type: "AWS::ApiGateway::Method") {
            Property("RestApiId", api.ref)
            Property("ResourceId", records.ref)
            Property("HttpMethod", "PUT")
            Property("ApiKeyRequired", false)
            Property("AuthorizationType", "NONE")
            Property("Integration", [
                "Type": "AWS",
                "Credentials": apiGatewayRole.getAtt("Arn"),
                "IntegrationHttpMethod": "POST",
                "Uri": Fn.sub("arn:aws:apigateway:\(AWS.region):kinesis:action/PutRecords"),
                "PassthroughBehavior": "WHEN_NO_TEMPLATES",
                "RequestTemplates": [
                    "application/json": Fn.sub("""
                    {
                    "StreamName": "$input.params('stream-name')",
                    "Records": [
                        #foreach($elem in $input.path('$.records'))
                           {
                            "Data": "$util.base64Encode($elem.data)",
                            "PartitionKey": "$elem.partition-key"
                           }#if($foreach.hasNext),#end
                        #end
                       ]
                    }

                    """),
                ],
                "IntegrationResponses": [["StatusCode": "200"]],
            ])
            Property("MethodResponses", [["StatusCode": "200"]])
        }
    }

    static var apiDeployment: Resource {
        Resource("ApiDeployment", type: "AWS::ApiGateway::Deployment") {
            Property("RestApiId", api.ref)
            Property("StageName", "dev")
        }
            .attribute("DependsOn", ["recordMethodPost"])
    }
}
