import Sparkle

/// A session store: sessions keyed by `session_id`, and a global secondary index to find a
/// user's sessions by `user_id`, with its own throughput. Its stack policy keeps updates from
/// replacing or removing the table.
let dynamodbSessions = Template("dynamodb_sessions", description: "DynamoDB session table with a user index") {
    FormatVersion()
    Parameter("ReadCapacity", type: .number, default: "5", description: "Table read capacity units", minValue: 1)
    Parameter("WriteCapacity", type: .number, default: "5", description: "Table write capacity units", minValue: 1)
    sessionsTable
    Output("SessionsTableName", sessionsTable.ref, description: "The sessions table")
    Output("SessionsTableArn", sessionsTable.getAtt("Arn"), description: "Its ARN, for IAM policies")
}

private var sessionsTable: Resource {
    // The built-in dynamic of AWS::DynamoDB::Table; the suffix keeps the logical ID SessionsTable.
    Builtin.dynamoDbTable("Sessions", suffix: "Table") {
        Property(
            "AttributeDefinitions",
            [
                ["AttributeName": "session_id", "AttributeType": "S"],
                ["AttributeName": "user_id", "AttributeType": "N"],
            ])
        Property("KeySchema", [["AttributeName": "session_id", "KeyType": "HASH"]])
        Property("BillingMode", "PROVISIONED")
        Property("ProvisionedThroughput", ["ReadCapacityUnits": Ref("ReadCapacity"), "WriteCapacityUnits": Ref("WriteCapacity")])
        Property(
            "GlobalSecondaryIndexes",
            [
                [
                    "IndexName": "user_index",
                    "KeySchema": [["AttributeName": "user_id", "KeyType": "HASH"]],
                    "Projection": ["ProjectionType": "ALL"],
                    "ProvisionedThroughput": ["ReadCapacityUnits": 5, "WriteCapacityUnits": 5],
                ]
            ])
        Property("TimeToLiveSpecification", ["AttributeName": "expires_at", "Enabled": true])
    }
    .deletionPolicy(.retain)
    .updateReplacePolicy(.retain)
    // The stack policy (`sparkle compile --stack-policy`, set by `sparkle stack deploy`): no
    // stack update may replace or remove the table and its sessions.
    .denyUpdates(.replace, .delete)
}
