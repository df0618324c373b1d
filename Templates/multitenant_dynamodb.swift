import Sparkle

/// The tenants, fixed when the template compiles: `--param Tenants=acme,globex` or env `TENANTS`.
let tenantsInput = Input<String>(
    "Tenants", default: "acme,globex,initech", environment: "TENANTS", description: "Comma-separated tenant names",
    check: { list in
        let names = list.split(separator: ",")
        return !names.isEmpty && names.allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber } }
            ? nil : "expected lowercase alphanumeric names separated by commas"
    })

extension Inputs {
    /// The tenant names of `--param Tenants=…` (or env `TENANTS`, or the default).
    var tenants: [String] { self[tenantsInput].split(separator: ",").map(String.init) }
}

/// Both DynamoDB tenancy models side by side: a silo table per tenant (from the `tenant_table`
/// dynamic), and one pooled table partitioned by `TenantID`.
let multitenantDynamodb = Template(
    "multitenant_dynamodb", description: "Per-tenant DynamoDB tables (silo) and one pooled table keyed by TenantID",
    inputs: [tenantsInput]
) { inputs in
    FormatVersion()
    for tenant in inputs.tenants {
        tenantTable(tenant.capitalized + "Orders", TenantTable(tenant: tenant, service: "orders", table: "items"))
    }
    Resource("PooledTable", type: "AWS::DynamoDB::Table") {
        Property("BillingMode", "PAY_PER_REQUEST")
        Property("AttributeDefinitions", [
            ["AttributeName": "TenantID", "AttributeType": "S"], ["AttributeName": "ItemID", "AttributeType": "S"],
        ])
        Property("KeySchema", [["AttributeName": "TenantID", "KeyType": "HASH"], ["AttributeName": "ItemID", "KeyType": "RANGE"]])
        Property("PointInTimeRecoverySpecification", ["PointInTimeRecoveryEnabled": true])
        Property("Tags", standardTags("pooled"))
    }
    .deletionPolicy(.retain)
    .updateReplacePolicy(.retain)
    Output("PooledTableName", Ref("PooledTable"), description: "The pooled table, partitioned by TenantID")
}
