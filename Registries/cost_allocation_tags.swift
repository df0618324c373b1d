import Sparkle

/// Who pays for a resource: the cost-allocation tags the chargeback reports group by.
struct CostAllocation: Sendable {
    var owner: Value
    var costCenter: Value
    var application: String
    /// The tenant the resource serves; `"shared"` for pooled resources.
    var tenantId: Value = "shared"
}

/// Owner, Stack, Cost Center, Application and TenantId tags, as a CloudFormation `Tags` list.
let costAllocationTags = Registry<CostAllocation>(
    "cost_allocation_tags", description: "Cost-allocation tags (Owner, Stack, Cost Center, Application, TenantId) for chargeback"
) { cost in
    [
        ["Key": "Owner", "Value": cost.owner],
        ["Key": "Stack", "Value": AWS.stackName],
        ["Key": "Cost Center", "Value": cost.costCenter],
        ["Key": "Application", "Value": .string(cost.application)],
        ["Key": "TenantId", "Value": cost.tenantId],
    ]
}
