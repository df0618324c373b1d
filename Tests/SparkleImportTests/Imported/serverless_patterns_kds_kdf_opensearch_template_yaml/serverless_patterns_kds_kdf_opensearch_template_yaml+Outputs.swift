// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("MyKDF", myKDF.ref, description: "Kinesis Data Stream name")
        Output("MyKDFArn", myKDF.getAtt("Arn"), description: "Kinesis firehose")
        Output("OpenSearchCollection", myOpenSearchCollection.getAtt("CollectionEndpoint"), description: "Opensearch Collection")
        Output("OpenSearchCollectionDashboard", myOpenSearchCollection.getAtt("DashboardEndpoint"), description: "Opensearch Dashboard")
        Output("MyKDSName", myKDS.ref, description: "Kinesis Data Stream name")
    }
}
