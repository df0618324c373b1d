"""Writes Sources/SparkleSchema/Resources/schemas.jsonl from the CloudFormation registry schemas that
cfn-lint bundles, so Sparkle can check resource types, properties and attributes without Python.

cfn-lint keeps, per region, a map from resource type to a schema hash
(cfnlint/data/schemas/providers/<region>.py) and the schemas by hash (resources/<hash>.json).
This keeps what lint checks: property names and their JSON types, required properties, enum values,
GetAtt attributes (read-only properties) and create-only properties.

Refresh: pip install cfn-lint==<version>; python3 Scripts/generate_schemas.py
"""
import json
import os
import re

import cfnlint
from cfnlint.version import __version__ as cfn_lint_version

REGION = "us_east_1"
ROOT = os.path.dirname(cfnlint.__file__)
OUTPUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "SparkleSchema", "Resources", "schemas.jsonl")


def json_type(schema, definitions):
    """The JSON type of a property schema: string, integer, number, boolean, array, object, or '' (any)."""
    if "$ref" in schema:
        target = definitions.get(schema["$ref"].split("/")[-1], {})
        return json_type(target, definitions) if target is not schema else ""
    kind = schema.get("type")
    if isinstance(kind, list):
        return kind[0] if len(kind) == 1 else ""
    if kind:
        return kind
    if "properties" in schema or "patternProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return ""


def attribute(path):
    return ".".join(part for part in path.split("/")[2:] if part != "*")


def main():
    with open(os.path.join(ROOT, "data", "schemas", "providers", REGION + ".py"), encoding="utf-8") as handle:
        types = dict(re.findall(r'"([^"]+)": "([0-9a-f]+)"', handle.read()))
    out = {}
    for type_name, digest in sorted(types.items()):
        with open(os.path.join(ROOT, "data", "schemas", "resources", digest + ".json"), encoding="utf-8") as handle:
            schema = json.load(handle)
        definitions = schema.get("definitions", {})
        read_only = {attribute(path) for path in schema.get("readOnlyProperties", [])}
        properties = {}
        enums = {}
        for name, prop in schema.get("properties", {}).items():
            if name in read_only:
                continue
            properties[name] = json_type(prop, definitions)
            target = definitions.get(prop["$ref"].split("/")[-1], {}) if "$ref" in prop else prop
            if isinstance(target.get("enum"), list) and all(isinstance(v, str) for v in target["enum"]):
                enums[name] = target["enum"]
        entry = {"p": properties}
        required = [name for name in schema.get("required", []) if name in properties]
        if required:
            entry["r"] = required
        if read_only:
            entry["a"] = sorted(read_only)
        if enums:
            entry["e"] = enums
        create_only = sorted(attribute(path) for path in schema.get("createOnlyProperties", []) if attribute(path) in properties)
        if create_only:
            entry["c"] = create_only
        out[type_name] = entry
    # One line per type ("TYPE<tab>JSON"), after a first line naming the source: Sparkle reads the
    # names up front and parses only the schemas a template uses.
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("cfn-lint " + cfn_lint_version + " (" + REGION.replace("_", "-") + ")\n")
        for type_name in sorted(out):
            handle.write(type_name + "\t" + json.dumps(out[type_name], separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{len(out)} resource types from cfn-lint {cfn_lint_version} -> {os.path.normpath(OUTPUT)}")


if __name__ == "__main__":
    main()
