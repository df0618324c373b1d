// Imported from dms-replication-instance-public.json by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesJsonDmsReplicationInstanceDmsReplicationInstancePublicJsonTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        basicReplicationInstance
    }

    static var basicReplicationInstance: Resource {
        Resource("BasicReplicationInstance", type: "AWS::DMS::ReplicationInstance") {
            Property("ReplicationInstanceClass", "dms.t2.small")
        }
    }
}
