// Imported from state_machine_with_permissions_boundary.yaml by `sparkle import`.

import Sparkle

public let samTranslatorStateMachineWithPermissionsBoundaryYamlTemplate = Template("sam_translator_state_machine_with_permissions_boundary_yaml") {
    SamTranslatorStateMachineWithPermissionsBoundaryYamlTemplate.resources()
}

/// The parts of `samTranslatorStateMachineWithPermissionsBoundaryYamlTemplate`.
enum SamTranslatorStateMachineWithPermissionsBoundaryYamlTemplate {}
