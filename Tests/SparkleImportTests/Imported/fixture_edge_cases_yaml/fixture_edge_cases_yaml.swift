// Imported from edge_cases.yaml by `sparkle import`.

import Sparkle

public let fixtureEdgeCasesYamlTemplate = Template("fixture_edge_cases_yaml") {
    FormatVersion()
    Transform("AWS::LanguageExtensions", "AWS::Serverless-2016-10-31")
    Metadata("Team", ["Name": "platform", "On": "on", "Code": "0123", "Date": "2010-09-09"])
    Globals("Function", ["Timeout": 30])
    FixtureEdgeCasesYamlTemplate.parameters()
    FixtureEdgeCasesYamlTemplate.rules()
    Mapping("Sizes", [
        "test": ["Instance": "t3.micro", "Count": 1],
        "prod": ["Instance": "m5.large", "Count": 3],
    ])
    FixtureEdgeCasesYamlTemplate.conditions()
    FixtureEdgeCasesYamlTemplate.resources()
    FixtureEdgeCasesYamlTemplate.outputs()
}

/// The parts of `fixtureEdgeCasesYamlTemplate`.
enum FixtureEdgeCasesYamlTemplate {}
