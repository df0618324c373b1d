// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("MyKDF", Ref("MyKDF"), description: "Kinesis Data Stream name")
        Output("MyKDFArn", Fn.getAtt("MyKDF", "Arn"), description: "Kinesis firehose")
        Output("OpenSearchCollection", Fn.getAtt("MyOpenSearchCollection", "CollectionEndpoint"), description: "Opensearch Collection")
        Output("OpenSearchCollectionDashboard", Fn.getAtt("MyOpenSearchCollection", "DashboardEndpoint"), description: "Opensearch Dashboard")
        Output("MyKDSName", Ref("MyKDS"), description: "Kinesis Data Stream name")
    }
}
