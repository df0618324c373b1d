// Imported from db_cluster_with_encryption_false_boolean.json by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesJsonRdsInstanceDbClusterWithEncryptionFalseBooleanJsonTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        rdsCluster
    }

    static var rdsCluster: Resource {
        Resource("RDSCluster", type: "AWS::RDS::DBCluster") {
            Property("Engine", "aurora")
            Property("StorageEncrypted", false)
        }
    }
}
