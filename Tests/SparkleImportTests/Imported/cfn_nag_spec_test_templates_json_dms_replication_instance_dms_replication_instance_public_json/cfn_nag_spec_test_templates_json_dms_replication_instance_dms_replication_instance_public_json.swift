// Imported from dms-replication-instance-public.json by `sparkle import`.

import Sparkle

public let cfnNagSpecTestTemplatesJsonDmsReplicationInstanceDmsReplicationInstancePublicJsonTemplate = Template("cfn_nag_spec_test_templates_json_dms_replication_instance_dms_replication_instance_public_json") {
    FormatVersion()
    CfnNagSpecTestTemplatesJsonDmsReplicationInstanceDmsReplicationInstancePublicJsonTemplate.resources()
}

/// The parts of `cfnNagSpecTestTemplatesJsonDmsReplicationInstanceDmsReplicationInstancePublicJsonTemplate`.
enum CfnNagSpecTestTemplatesJsonDmsReplicationInstanceDmsReplicationInstancePublicJsonTemplate {}
