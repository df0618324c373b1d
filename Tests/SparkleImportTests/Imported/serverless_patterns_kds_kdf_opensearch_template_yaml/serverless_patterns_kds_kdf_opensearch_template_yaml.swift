// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsKdsKdfOpensearchTemplateYamlTemplate = Template("serverless_patterns_kds_kdf_opensearch_template_yaml", description: "SAM application to implement a data pipeline using Kinesis Data Streams to Kinesis Data Firehose to OpenSearch (uksb-1tthgi812) (tag:kds-kdf-opensearch)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate.parameters()
    ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate.resources()
    ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsKdsKdfOpensearchTemplateYamlTemplate`.
enum ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate {}
