// Imported from rds_dbinstance_master_user_password_from_secrets_manager.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlRdsDbinstanceRdsDbinstanceMasterUserPasswordFromSecretsManagerYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        rdsdbInstance
    }

    static var rdsdbInstance: Resource {
        Resource("RDSDBInstance", type: "AWS::RDS::DBInstance") {
            Property("AllocatedStorage", "100")
            Property("DBInstanceClass", "db.m5.large")
            Property("Engine", "mysql")
            Property("MasterUserPassword", "{{resolve:secretsmanager:/rds/db_instance/masteruserpassword:SecretString:password}}")
            Property("MasterUsername", "admin")
        }
    }
}
