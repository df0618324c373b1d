// Imported from error_state_machine_definition_string.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorStateMachineDefinitionStringYamlTemplate = Template("sam_translator_error_state_machine_definition_string_yaml") {
    SamTranslatorErrorStateMachineDefinitionStringYamlTemplate.resources()
}

/// The parts of `samTranslatorErrorStateMachineDefinitionStringYamlTemplate`.
enum SamTranslatorErrorStateMachineDefinitionStringYamlTemplate {}
