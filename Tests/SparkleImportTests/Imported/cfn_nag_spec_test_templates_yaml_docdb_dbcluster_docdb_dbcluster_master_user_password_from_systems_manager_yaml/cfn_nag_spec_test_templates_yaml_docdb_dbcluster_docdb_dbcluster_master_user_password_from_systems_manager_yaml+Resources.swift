// Imported from docdb_dbcluster_master_user_password_from_systems_manager.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlDocdbDbclusterDocdbDbclusterMasterUserPasswordFromSystemsManagerYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        docDBDBCluster
    }

    static var docDBDBCluster: Resource {
        Resource("DocDBDBCluster", type: "AWS::DocDB::DBCluster") {
            Property("Port", 27017)
            Property("DBClusterIdentifier", "foobar")
            Property("MasterUserPassword", "{{resolve:ssm:UnsecureSecretString:1}}")
            Property("MasterUsername", "admin")
        }
    }
}
