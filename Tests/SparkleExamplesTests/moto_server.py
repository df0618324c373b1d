#!/usr/bin/env python3
"""moto_server with three fixes to its CloudFormation, so stack tests see what CloudFormation does.

moto 5.2.1's ExecuteChangeSet leaves a stack it creates with no Outputs (and one it updates with stale Outputs),
and marks a new stack CREATE_COMPLETE while a custom resource is still waiting for its answer; and it answers 500
to `Fn::GetAtt [NestedStack, Outputs.Name]`. This starts the installed moto server with all three fixed: Outputs
are rebuilt after every executed change set, a stack whose resources are not all created stays CREATE_IN_PROGRESS
until the custom resource is answered, and a nested stack's outputs resolve through GetAtt.
usage: moto-server [moto_server arguments, e.g. -H 127.0.0.1 -p 5000]

The tests run ../shared/tools/moto-server when it is there; this copy of it is for a checkout without it.
"""
import sys
from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
from moto.cloudformation.models import CloudFormationBackend, Stack
from moto.server import main

_execute = CloudFormationBackend.execute_change_set


def execute_change_set(self, change_set_name, stack_name=None):
    _execute(self, change_set_name, stack_name)
    stack = self.describe_change_set(change_set_name).stack
    stack._parse_template()
    stack.output_map = stack._create_output_map()
    if stack.status == "CREATE_COMPLETE" and not stack.resource_map.creation_complete():
        stack.status = "CREATE_IN_PROGRESS"
        stack.events.pop()


def nested_stack_attribute(self, name):
    if name.startswith("Outputs."):
        for output in self.output_map.values():
            if output and output.key == name[len("Outputs."):]:
                return output.value
    raise UnformattedGetAttTemplateException()


CloudFormationBackend.execute_change_set = execute_change_set
Stack.get_cfn_attribute = nested_stack_attribute

if __name__ == "__main__":
    main(sys.argv[1:])
