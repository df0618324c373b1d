"""Writes a corpus of CloudFormation templates, one resource of every registry type, for the
differential test of Sparkle's schema rules against cfn-lint (SchemaCorpusAgreementTests).

The values come from cfn-lint's own registry schemas, read here independently of Sparkle's
generated data: required properties plus a seeded random choice of optional ones, at every depth;
enum values; strings picked from a pool so that most patterns match (by the `regex` engine
cfn-lint uses); and, for one resource in four, one deliberate fault at any depth (an unknown
key, a wrong type, a value outside an enum, a missing required key). Random optional keys also
collide with requiredXor/dependentExcluded now and then, so every schema rule class is exercised.

usage: python3 schema_corpus.py SEED OUTPUT_DIR [RESOURCES_PER_FILE]
"""
import json
import os
import random
import re
import sys

import cfnlint
import regex

ROOT = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas")
STRINGS = [
    "value", "Value1", "abc", "a", "1", "example-name", "example.com", "10.0.0.0/16", "us-east-1", "us-east-1a",
    "2020-01-01T00:00:00Z", "arn:aws:iam::123456789012:role/example", "arn:aws:s3:::example-bucket",
    "arn:aws:sns:us-east-1:123456789012:topic", "sg-0123456789abcdef0", "vpc-0123456789abcdef0",
    "subnet-0123456789abcdef0", "ami-0123456789abcdef0", "/path/", "https://example.com", "user@example.com",
]
FAULTS = ["unknown", "type", "enum", "required"]


class Generator:
    def __init__(self, schema, rng):
        self.schema = schema
        self.rng = rng
        self.definitions = schema.get("definitions", {})
        # Every object generated, with its schema: where a fault may be planted.
        self.objects = []

    def resolve(self, schema, hops=0):
        ref = schema.get("$ref", "")
        if ref.startswith("#/definitions/") and hops < 16:
            return self.resolve(self.definitions.get(ref.split("/")[-1], {}), hops + 1)
        return schema

    def value(self, schema, depth):
        schema = self.resolve(schema)
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self.rng.choice(schema["enum"])
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = kind[0] if kind else None
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
        if kind == "object":
            return self.object(schema, depth)
        if kind == "array":
            items = schema.get("items") if isinstance(schema.get("items"), dict) else {"type": "string"}
            return [self.value(items, depth + 1)] if depth < 7 else []
        if kind == "integer":
            return int(schema.get("minimum", 1))
        if kind == "number":
            return schema.get("minimum", 1)
        if kind == "boolean":
            return self.rng.choice([True, False])
        pattern = schema.get("pattern")
        candidates = [text for text in STRINGS if not pattern or safe_search(pattern, text)]
        return self.rng.choice(candidates) if candidates else "value"

    def object(self, schema, depth, skip=()):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return {}
        required = [name for name in schema.get("required", []) if name in properties]
        chosen = [name for name in properties if name not in skip and (name in required or self.rng.random() < 0.25)]
        if depth >= 7:
            chosen = required
        generated = {name: self.value(properties[name], depth + 1) for name in chosen}
        self.objects.append((generated, schema))
        return generated


def safe_search(pattern, text):
    try:
        return regex.search(pattern, text, timeout=0.1) is not None
    except Exception:
        return False


def fault(generator, rng):
    """One deliberate fault in one of the objects generated, at the top level or nested."""
    if not generator.objects:
        return
    properties, schema = rng.choice(generator.objects)
    kind = rng.choice(FAULTS)
    if kind == "unknown" and schema.get("additionalProperties") is False:
        properties["NotAPropertyOfThisType"] = "x"
    elif kind == "required":
        required = [name for name in schema.get("required", []) if name in properties]
        if required:
            del properties[rng.choice(required)]
    else:
        for name in sorted(properties):
            prop = generator.resolve(schema.get("properties", {}).get(name, {}))
            if kind == "enum" and isinstance(prop.get("enum"), list):
                properties[name] = "NOT_AN_ALLOWED_VALUE"
                return
            if kind == "type" and prop.get("type") in ("object", "array", "boolean"):
                properties[name] = "not-" + prop["type"] if prop["type"] != "boolean" else "maybe"
                return


def main():
    seed, output = int(sys.argv[1]), sys.argv[2]
    per_file = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    rng = random.Random(seed)
    with open(os.path.join(ROOT, "providers", "us_east_1.py"), encoding="utf-8") as handle:
        types = sorted(dict(re.findall(r'"([^"]+)": "([0-9a-f]+)"', handle.read())).items())
    os.makedirs(output, exist_ok=True)
    resources = {}
    for index, (type_name, digest) in enumerate(types):
        if type_name.startswith(("Custom::", "AWS::Serverless::")) or type_name.endswith("::MODULE"):
            continue
        with open(os.path.join(ROOT, "resources", digest + ".json"), encoding="utf-8") as handle:
            schema = json.load(handle)
        generator = Generator(schema, rng)
        read_only = {path.split("/")[2] for path in schema.get("readOnlyProperties", []) if path.count("/") == 2}
        resource = {"Type": type_name, "Properties": generator.object(schema, 1, skip=read_only)}
        if rng.random() < 0.25:
            fault(generator, rng)
        if not resource["Properties"]:
            del resource["Properties"]
        resources["R" + str(index)] = resource
    names = list(resources)
    for start in range(0, len(names), per_file):
        template = {
            "AWSTemplateFormatVersion": "2010-09-09",
            "Resources": {name: resources[name] for name in names[start:start + per_file]},
        }
        with open(os.path.join(output, "corpus_%04d.json" % (start // per_file)), "w", encoding="utf-8") as handle:
            json.dump(template, handle, indent=2)
    print(len(names), "resources")


if __name__ == "__main__":
    main()
