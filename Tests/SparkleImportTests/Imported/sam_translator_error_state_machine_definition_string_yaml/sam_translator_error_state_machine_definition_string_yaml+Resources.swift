// Imported from error_state_machine_definition_string.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorStateMachineDefinitionStringYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        stateMachine
    }

    static var stateMachine: Resource {
        Resource("StateMachine", type: "AWS::Serverless::StateMachine") {
            Property("Name", "MyStateMachine")
            Property("Definition", "{}")
            Property("Policies", [
                ["Version": "2012-10-17", "Statement": [["Effect": "Deny", "Action": "*", "Resource": "*"]]],
            ])
        }
    }
}
