import Sparkle

/// One tenant's table of one service.
struct TenantTable: Sendable {
    var tenant: String
    var service: String
    var table: String
}

/// A per-tenant DynamoDB table (silo model), named `tenant-service-table`, on-demand, with point-in-time
/// recovery. Inserted as `AcmeOrders`, it creates `AcmeOrdersTable` and outputs `AcmeOrdersTableName`.
let tenantTable = Dynamic<TenantTable>(
    "tenant_table", description: "A per-tenant DynamoDB table named tenant-service-table"
) { name, spec in
    Resource("\(name)Table", type: "AWS::DynamoDB::Table") {
        Property("TableName", .string("\(spec.tenant)-\(spec.service)-\(spec.table)"))
        Property("BillingMode", "PAY_PER_REQUEST")
        Property("AttributeDefinitions", [["AttributeName": "id", "AttributeType": "S"]])
        Property("KeySchema", [["AttributeName": "id", "KeyType": "HASH"]])
        Property("PointInTimeRecoverySpecification", ["PointInTimeRecoveryEnabled": true])
        Property("Tags", [["Key": "TenantID", "Value": .string(spec.tenant)]])
    }
    .deletionPolicy(.retain)
    .updateReplacePolicy(.retain)
    Output("\(name)TableName", Ref("\(name)Table"), description: "\(spec.tenant)'s \(spec.table) table")
}
