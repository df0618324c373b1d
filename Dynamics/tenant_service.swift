import Sparkle

/// One tenant's service on the shared cluster named by the `ClusterName` parameter.
struct TenantService: Sendable {
    var tenant: String
    var image: Value
    /// Where the service's CPU alarm publishes.
    var alarmTopic: Value
}

/// A tenant's task definition and ECS service, and a CPU alarm on that service that publishes to
/// the scale-out topic. Inserted as `Acme`, it creates `AcmeTask`, `AcmeService` and `AcmeCpuAlarm`,
/// and outputs `AcmeServiceName`.
let tenantService = Dynamic<TenantService>(
    "tenant_service", description: "A tenant's ECS service on a shared cluster, with a CPU alarm to scale it out"
) { name, spec in
    Resource("\(name)Task", type: "AWS::ECS::TaskDefinition") {
        Property("Family", .string("tenant-\(spec.tenant)"))
        Property("ContainerDefinitions", [[
            "Name": "app", "Image": spec.image, "Cpu": 256, "Memory": 512, "Essential": true,
            "Environment": [["Name": "TENANT_ID", "Value": .string(spec.tenant)]],
        ]])
        Property("Tags", [["Key": "TenantID", "Value": .string(spec.tenant)]])
    }
    Resource("\(name)Service", type: "AWS::ECS::Service") {
        Property("Cluster", Ref("ClusterName"))
        Property("ServiceName", .string("tenant-\(spec.tenant)"))
        Property("TaskDefinition", Ref("\(name)Task"))
        Property("DesiredCount", 1)
        Property("Tags", [["Key": "TenantID", "Value": .string(spec.tenant)]])
    }
    Resource("\(name)CpuAlarm", type: "AWS::CloudWatch::Alarm") {
        Property("AlarmDescription", .string("Tenant \(spec.tenant)'s service runs hot"))
        Property("Namespace", "AWS/ECS")
        Property("MetricName", "CPUUtilization")
        Property("Dimensions", [
            ["Name": "ClusterName", "Value": Ref("ClusterName")],
            ["Name": "ServiceName", "Value": Fn.getAtt("\(name)Service", "Name")],
        ])
        Property("Statistic", "Average")
        Property("Period", 60)
        Property("EvaluationPeriods", 3)
        Property("Threshold", 75)
        Property("ComparisonOperator", "GreaterThanThreshold")
        Property("AlarmActions", [spec.alarmTopic])
    }
    Output("\(name)ServiceName", Fn.getAtt("\(name)Service", "Name"), description: "Tenant \(spec.tenant)'s service")
}
