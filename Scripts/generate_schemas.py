"""Writes Sources/SparkleSchemaData/schemas.jsonl from the CloudFormation registry schemas that
cfn-lint bundles, and the AWS::Serverless::* types from the SAM schema of aws-sam-translator (the
version cfn-lint installs), so Sparkle can check resource types, properties and attributes
without Python.

cfn-lint keeps, per region, a map from resource type to a schema hash
(cfnlint/data/schemas/providers/<region>.py) and the schemas by hash (resources/<hash>.json).
This keeps what lint checks, at every depth: property names and JSON types, required properties,
enum values, patterns, the simple property-combination keywords (requiredXor, requiredOr,
dependentRequired, dependentExcluded, and oneOf/anyOf whose branches only require properties),
GetAtt attributes (read-only properties) and create-only properties.

A shape is either a bare JSON type ("string") or an object with these keys, all optional:
  t type · $ definition name · p properties (name -> shape) · o 1 when keys beyond p are allowed
  i items shape · r required · e enum (strings) · x pattern · X requiredXor · R requiredOr
  O oneOf required sets · A anyOf required sets · D dependentRequired · E dependentExcluded
  m minimum · M maximum · l minLength · L maxLength · j minItems · J maxItems · u uniqueItems
  F format (one of cfn-lint's pattern formats, listed in the @formats line)
Lines that start with @ hold other data sets (see DATA_SETS), as @NAME<tab>JSON; they come before
the type lines, which are sorted by type name.
A type line adds: a attributes · c create-only properties · d definitions (name -> shape) ·
  k properties that may hold a local path for `aws cloudformation package` (slash-separated) ·
  n the writable properties in the schema's own order, when that is not alphabetical ·
  z the service's lifecycle, [status, date], when it is shut down or sunsetting.
The @builtins line maps each type's built-in dynamic name (AWS::EC2::Instance -> ec2_instance) to
the type; Sources/SparkleBuiltins/Generated (a file per service), written from the same entries, gives each one
a typed, documented member.

Refresh: pip install cfn-lint==<version>; python3 Scripts/generate_schemas.py
"""
import json
import os
import re

import cfnlint
from cfnlint.helpers import TEMPLATED_PROPERTY_CFN_PATHS
from cfnlint.version import __version__ as cfn_lint_version

REGION = "us_east_1"
ROOT = os.path.dirname(cfnlint.__file__)
OUTPUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "SparkleSchemaData", "schemas.jsonl")
# One file per service (Builtin+EC2.swift), as Soto lays its generated services out: an edit to one
# service's types rebuilds one file, and a reader finds a type by its service.
BUILTINS = os.path.join(os.path.dirname(__file__), "..", "Sources", "SparkleBuiltins", "Generated")
ASSEMBLY = os.path.join(os.path.dirname(__file__), "..", "Sources", "SparkleSchemaData", "schemas.S")
# Data sets beside the schemas: the Lambda runtimes' deprecation, create-block and update-block
# dates, as AWS publishes them (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
DATA_SETS = {"lambda-runtimes": "AdditionalSpecs/LmbdRuntimeLifecycle.json"}
# Keys of a oneOf/anyOf branch that still leave it "only requires properties".
BRANCH_KEYS = {"required", "properties", "additionalProperties", "title", "type"}


def json_type(schema):
    """The single JSON type a schema names, or '' when it allows several or does not say. The type
    is never inferred from `properties` or `items`: without `type`, cfn-lint accepts any kind."""
    kind = schema.get("type")
    if isinstance(kind, list):
        return kind[0] if len(kind) == 1 else ""
    return kind or ""


def required_sets(branches):
    """The required-property sets of a oneOf/anyOf, or None when a branch does more than require."""
    if not isinstance(branches, list) or not branches:
        return None
    sets = []
    for branch in branches:
        if not isinstance(branch, dict) or not branch.get("required") or set(branch) - BRANCH_KEYS:
            return None
        sets.append(branch["required"])
    return sets


def shape(schema, used):
    """The compact shape of a property schema; records the definitions it names in `used`."""
    ref = schema.get("$ref", "")
    if ref.startswith("#/definitions/"):
        name = ref.split("/")[-1]
        used.add(name)
        return {"$": name}
    out = {}
    kind = json_type(schema)
    if kind:
        out["t"] = kind
    if isinstance(schema.get("properties"), dict):
        out["p"] = {name: shape(prop, used) for name, prop in schema["properties"].items() if isinstance(prop, dict)}
        if schema.get("additionalProperties") is not False or "patternProperties" in schema:
            out["o"] = 1
    if isinstance(schema.get("items"), dict):
        items = shape(schema["items"], used)
        if items:
            out["i"] = items
    if isinstance(schema.get("required"), list) and schema["required"]:
        out["r"] = schema["required"]
    if isinstance(schema.get("enum"), list) and schema["enum"] and all(isinstance(v, str) for v in schema["enum"]):
        out["e"] = schema["enum"]
    if isinstance(schema.get("pattern"), str):
        out["x"] = schema["pattern"]
    for key, short in (("minimum", "m"), ("maximum", "M"), ("minLength", "l"), ("maxLength", "L"),
                       ("minItems", "j"), ("maxItems", "J")):
        if isinstance(schema.get(key), (int, float)) and not isinstance(schema.get(key), bool):
            out[short] = schema[key]
    if schema.get("uniqueItems") is True:
        out["u"] = 1
    if isinstance(schema.get("format"), str) and schema["format"] in FORMATS:
        out["F"] = schema["format"]
    for key, short in (("requiredXor", "X"), ("requiredOr", "R"), ("dependentRequired", "D"), ("dependentExcluded", "E")):
        if schema.get(key):
            out[short] = schema[key]
    for key, short in (("oneOf", "O"), ("anyOf", "A")):
        sets = required_sets(schema.get(key))
        if sets:
            out[short] = sets
    # allOf adds its branches' requirements to this object; where two say the same kind of
    # thing (two oneOfs, say) the first is kept, which can only check less, never more.
    for branch in schema.get("allOf", []) if isinstance(schema.get("allOf"), list) else []:
        if isinstance(branch, dict) and "$ref" not in branch:
            merged = shape(branch, used)
            if isinstance(merged, dict):
                for key in ("X", "R", "O", "A", "D", "E"):
                    if key in merged:
                        out.setdefault(key, merged[key])
                if "r" in merged:
                    required = out.get("r", [])
                    out["r"] = required + [name for name in merged["r"] if name not in required]
    return out["t"] if list(out) == ["t"] else out


def string_formats():
    """cfn-lint's format keywords that are a pattern alone (format name -> its rule's ID, text and
    pattern); a format checked by code of its own is left out."""
    import inspect
    import cfnlint.rules.formats as package
    from cfnlint.rules.formats.FormatKeyword import FormatKeyword
    found = {}
    for module_info in __import__("pkgutil").iter_modules(package.__path__):
        module = __import__("importlib").import_module(package.__name__ + "." + module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, FormatKeyword) or cls is FormatKeyword or cls.format is not FormatKeyword.format:
                continue
            rule = cls()
            if rule.format_keyword and rule.pattern:
                found[rule.format_keyword] = {"id": rule.id, "summary": rule.shortdesc, "pattern": rule.pattern}
    return found


FORMATS = string_formats()


# The JSON Schema keywords Sparkle's evaluator of cfn-lint's resource extensions reads
# (Sources/SparkleSchema/ResourceExtensions.swift); an extension using any other keyword (cfn-lint's
# own, which gather other resources or the template's context) is left out.
EXTENSION_KEYWORDS = {"type", "properties", "required", "if", "then", "else", "const", "enum", "pattern", "allOf", "anyOf",
                      "oneOf", "not", "items", "maximum", "minimum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
                      "minItems", "maxItems", "additionalProperties", "contains", "propertyNames", "description",
                      "minLength", "maxLength", "uniqueItems"}


EXTENSION_MAXIMUM_BYTES = 256 * 1024


def schema_keywords(node, found):
    """Every keyword a JSON schema uses, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            if key in ("properties", "patternProperties", "definitions", "dependentSchemas"):
                for child in value.values() if isinstance(value, dict) else []:
                    schema_keywords(child, found)
            elif key not in ("enum", "const", "required"):
                schema_keywords(value, found)
    elif isinstance(node, list):
        for child in node:
            schema_keywords(child, found)


def resource_extensions():
    """cfn-lint's per-resource rules that are a JSON schema alone (data/schemas/extensions, paired
    with their rule IDs and the paths they check in cfn-lint's rule classes): a list of
    {id, summary, paths, schema}. Regional schemas are read for the schemas' region."""
    import importlib
    import inspect
    import pkgutil
    import cfnlint.rules
    from cfnlint.rules.jsonschema.CfnLintJsonSchema import CfnLintJsonSchema
    from cfnlint.rules.jsonschema.CfnLintJsonSchemaRegional import CfnLintJsonSchemaRegional
    found = {}
    for info in pkgutil.walk_packages(cfnlint.rules.__path__, "cfnlint.rules."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (not issubclass(cls, CfnLintJsonSchema) or cls.__module__ != module.__name__
                    or cls in (CfnLintJsonSchema, CfnLintJsonSchemaRegional)):
                continue
            # A rule whose class reads the value its own way first (lower-cases an engine name,
            # drops keys) is more than its schema, and is left out.
            if any(getattr(cls, method) is not getattr(base, method)
                   for method in ("validate", "_iter_errors") for base in (CfnLintJsonSchema,)
                   if not (issubclass(cls, CfnLintJsonSchemaRegional) and getattr(cls, method) is getattr(CfnLintJsonSchemaRegional, method))):
                continue
            rule = cls()
            paths = [path for path in rule.keywords if path.startswith("Resources/AWS::")]
            if not rule.schema or not paths or rule.id[0] not in "EW":
                continue
            regional = isinstance(rule, CfnLintJsonSchemaRegional)
            schema = rule.schema.get(REGION.replace("_", "-"), True) if regional else rule.schema
            used = set()
            schema_keywords(schema, used)
            # E3062 (RDS instance classes by engine and version) is 3.2 MB of JSON: parsing it cost
            # every template with a DB instance about 150 ms, so schemas that large are left out.
            if used - EXTENSION_KEYWORDS or len(json.dumps(schema)) > EXTENSION_MAXIMUM_BYTES:
                continue
            found[rule.id] = {"id": rule.id, "summary": rule.shortdesc, "paths": paths, "schema": schema}
    return [found[key] for key in sorted(found)]


def write_extensions(out):
    """The extensions as one data set per resource type (`@extensions/AWS::RDS::DBInstance`), so
    that a template parses only those of the types it declares, and `@extension-rules`: each
    rule's ID and summary, for the rule list. A path is the place below Properties, `*` standing
    for each element of a list."""
    by_type = {}
    rules = []
    for extension in resource_extensions():
        rules.append({"id": extension["id"], "summary": extension["summary"]})
        for path in extension["paths"]:
            parts = path.split("/")
            if len(parts) < 3 or parts[2] != "Properties":
                continue
            by_type.setdefault(parts[1], []).append(
                {"id": extension["id"], "summary": extension["summary"], "path": parts[3:], "schema": extension["schema"]})
    out.write("@extension-rules\t" + json.dumps(rules, separators=(",", ":"), sort_keys=True) + "\n")
    for type_name in sorted(by_type):
        out.write("@extensions/" + type_name + "\t" + json.dumps(by_type[type_name], separators=(",", ":"), sort_keys=True) + "\n")


def attribute(path):
    return ".".join(part for part in path.split("/")[2:] if part != "*")


def packaged_paths(type_name):
    """Properties cfn-lint lets hold a string path that `aws cloudformation package` uploads."""
    prefix = "Resources/" + type_name + "/Properties/"
    return sorted(path[len(prefix):] for path in TEMPLATED_PROPERTY_CFN_PATHS if path.startswith(prefix))


def entry_for(type_name, schema):
    definitions = schema.get("definitions", {})
    read_only = {attribute(path) for path in schema.get("readOnlyProperties", [])}
    writable = {name: prop for name, prop in schema.get("properties", {}).items() if name not in read_only}
    used = set()
    # The type's own object, without its read-only properties (CloudFormation rejects them as input).
    entry = shape(dict(schema, properties=writable, type="object"), used)
    entry.pop("t")
    entry.setdefault("p", {})
    if "r" in entry:
        entry["r"] = [name for name in entry["r"] if name in writable]
        if not entry["r"]:
            del entry["r"]
    # Definitions reachable from the writable properties, each once (they may be recursive).
    shapes, pending = {}, set(used)
    while pending:
        name = pending.pop()
        if name in shapes or not isinstance(definitions.get(name), dict):
            continue
        found = set()
        shapes[name] = shape(definitions[name], found)
        pending |= found - set(shapes)
    if shapes:
        entry["d"] = shapes
    if read_only:
        entry["a"] = sorted(read_only)
    create_only = sorted(attribute(path) for path in schema.get("createOnlyProperties", []) if attribute(path) in writable)
    if create_only:
        entry["c"] = create_only
    if packaged_paths(type_name):
        entry["k"] = packaged_paths(type_name)
    if list(writable) != sorted(writable):
        entry["n"] = list(writable)
    lifecycle = schema.get("lifecycle")
    if isinstance(lifecycle, dict) and lifecycle.get("status") in ("shutdown", "sunset"):
        entry["z"] = [lifecycle["status"], lifecycle.get("date", "")]
    return entry


def builtin_name(type_name):
    """The built-in dynamic's name of a type, as SparkleFormation spells them: the parts after a
    leading AWS, in snake case, acronyms kept whole (AWS::EC2::VPCGatewayAttachment ->
    ec2_vpc_gateway_attachment)."""
    parts = type_name.split("::")
    if parts[0] == "AWS":
        parts = parts[1:]
    def snake(part):
        # Words that mix cases inside themselves are one word each.
        for word in ("IoT", "GraphQL", "OAuth", "WAFv2"):
            part = part.replace(word, word[0] + word[1:].lower())
        part = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", part)
        return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", part).replace("-", "_").lower()
    return "_".join(snake(part) for part in parts)


SWIFT_KEYWORDS = {"as", "break", "case", "catch", "class", "continue", "default", "defer", "do", "else", "enum",
                  "extension", "fallthrough", "false", "for", "func", "guard", "if", "import", "in", "init", "inout",
                  "internal", "is", "let", "nil", "operator", "private", "protocol", "public", "repeat", "return",
                  "self", "Self", "static", "struct", "subscript", "super", "switch", "throw", "throws", "true", "try",
                  "typealias", "var", "where", "while"}


def write_builtins(entries, folder):
    """One documented static member of `Builtin` per type, so that completion lists the types and
    Quick Help shows each one's properties and attributes, in one file per service. The members are
    computed properties: they cost the package's first build about a second (see Benchmarks/run.sh,
    built-ins)."""
    names = {}
    services = {}
    for type_name, entry in sorted(entries.items()):
        short = builtin_name(type_name)
        if short in names:
            raise SystemExit(f"{type_name} and {names[short]} share the built-in name {short}")
        names[short] = type_name
        member = re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), short)
        suffix = "".join(word[:1].upper() + word[1:] for word in short.split("_"))
        properties = entry.get("n") or sorted(entry.get("p", {}))
        required = set(entry.get("r", []))
        doc = [f"`{type_name}`: `Builtin.{member}(\"Web\")` declares `Web{suffix}`."]
        if required:
            doc += ["", "Required: " + ", ".join(f"`{name}`" for name in properties if name in required) + "."]
        others = [name for name in properties if name not in required]
        if others:
            doc += ["", ("Other properties: " if required else "Properties: ") + ", ".join(f"`{name}`" for name in others) + "."]
        if entry.get("a"):
            doc += ["", "Attributes: " + ", ".join(f"`{name}`" for name in entry["a"]) + "."]
        parts = type_name.split("::")
        if parts[0] == "AWS" and parts[1] != "Serverless":
            page = "aws-resource-" + "-".join(part.lower() for part in parts[1:])
            doc += ["", f"[CloudFormation reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/{page}.html)"]
        service = parts[1] if parts[0] == "AWS" and len(parts) > 2 else "_".join(parts[:2])
        lines = services.setdefault(service, [])
        lines += ["    /// " + text if text else "    ///" for text in doc]
        spelled = f"`{member}`" if member in SWIFT_KEYWORDS else member
        lines.append(f'    public static var {spelled}: Builtin {{ Builtin(type: "{type_name}", name: "{short}") }}')
        lines.append("")
    os.makedirs(folder, exist_ok=True)
    for stale in os.listdir(folder):
        if stale.endswith(".swift"):
            os.remove(os.path.join(folder, stale))
    for service, lines in services.items():
        header = ["// Generated by Scripts/generate_schemas.py from the schemas in schemas.jsonl. Do not edit.",
                  "", f"// The built-in dynamics of the {service.replace('_', '::')} resource types.", "", "extension Builtin {"]
        with open(os.path.join(folder, f"Builtin+{service}.swift"), "w", encoding="utf-8") as out:
            out.write("\n".join(header + lines[:-1] + ["}"]) + "\n")
    return names


def unwrap_single_refs(node):
    """The SAM schema (pydantic's) wraps each reference as allOf: [{$ref}] beside its docs; read
    that as the reference itself, so shapes follow it as they follow a CloudFormation $ref."""
    if isinstance(node, list):
        return [unwrap_single_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    branches = node.get("allOf")
    if isinstance(branches, list) and len(branches) == 1 and set(branches[0]) == {"$ref"} and "$ref" not in node:
        rest = {key: value for key, value in node.items() if key not in ("allOf", "title", "markdownDescription", "description")}
        if not set(rest) - {"type"}:
            return {"$ref": branches[0]["$ref"]}
    return {key: unwrap_single_refs(value) for key, value in node.items()}


def sam_entries():
    """AWS::Serverless::* types from the SAM schema that aws-sam-translator (cfn-lint's own
    dependency) generates from its models: type name -> entry, as entry_for makes them."""
    from samtranslator.internal.schema_source.schema import Model, get_schema
    schema = unwrap_single_refs(get_schema(Model))
    definitions = schema["definitions"]
    entries = {}
    for definition in definitions.values():
        kind = definition.get("properties", {}).get("Type", {}) if isinstance(definition, dict) else {}
        names = kind.get("enum", []) if isinstance(kind, dict) else []
        reference = definition.get("properties", {}).get("Properties", {}).get("$ref", "") if names else ""
        if len(names) != 1 or not names[0].startswith("AWS::Serverless::") or not reference:
            continue
        properties = definitions[reference.split("/")[-1]]
        pseudo = {"properties": properties.get("properties", {}), "definitions": definitions,
                  "additionalProperties": properties.get("additionalProperties", True)}
        if properties.get("required"):
            pseudo["required"] = properties["required"]
        entries[names[0]] = entry_for(names[0], pseudo)
    return entries


def stamp_assembly():
    """Writes the data's digest into schemas.S. The build does not see the file that `.incbin`
    includes, so new data would otherwise leave the old object (and the old data) linked in."""
    import hashlib
    with open(OUTPUT, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    with open(ASSEMBLY, encoding="utf-8") as handle:
        lines = [line for line in handle.read().split("\n") if not line.startswith("// schemas.jsonl sha256:")]
    lines.insert(2, "// schemas.jsonl sha256: " + digest + " (Scripts/generate_schemas.py writes it, so new data rebuilds this file)")
    with open(ASSEMBLY, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))


def main():
    with open(os.path.join(ROOT, "data", "schemas", "providers", REGION + ".py"), encoding="utf-8") as handle:
        types = dict(re.findall(r'"([^"]+)": "([0-9a-f]+)"', handle.read()))
    # The source, then the data sets (lines named with a leading @, so no type can clash), then one
    # line per type ("TYPE<tab>JSON"), sorted: Sparkle reads the short lines before the types, finds
    # a type by binary search, and parses only the schemas a template uses.
    entries = {}
    for type_name, digest in types.items():
        with open(os.path.join(ROOT, "data", "schemas", "resources", digest + ".json"), encoding="utf-8") as handle:
            entries[type_name] = entry_for(type_name, json.load(handle))
    entries.update(sam_entries())
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("cfn-lint " + cfn_lint_version + " (" + REGION.replace("_", "-") + ")\n")
        for name, path in DATA_SETS.items():
            with open(os.path.join(ROOT, "data", *path.split("/")), encoding="utf-8") as handle:
                data = json.load(handle)
            out.write("@" + name + "\t" + json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
        builtins = write_builtins(entries, BUILTINS)
        out.write("@builtins\t" + json.dumps(builtins, separators=(",", ":"), sort_keys=True) + "\n")
        out.write("@formats\t" + json.dumps(FORMATS, separators=(",", ":"), sort_keys=True) + "\n")
        write_extensions(out)
        # SSM secure-string dynamic references are accepted only in these properties (cfn-lint E1027).
        from cfnlint.rules.functions.DynamicReferenceSecureString import DynamicReferenceSecureString
        out.write("@secure-string-properties\t" + json.dumps(sorted(DynamicReferenceSecureString().exceptions), separators=(",", ":")) + "\n")
        # What `${Function.Alias}` and the like may name on each SAM type: resources the transform adds.
        import samtranslator.model.sam_resources as sam
        referable = {cls.resource_type: sorted(cls.referable_properties) for cls in vars(sam).values()
                     if isinstance(cls, type) and getattr(cls, "referable_properties", None) and isinstance(getattr(cls, "resource_type", None), str)}
        out.write("@sam-referable\t" + json.dumps(referable, separators=(",", ":"), sort_keys=True) + "\n")
        # The types whose DeletionPolicy and UpdateReplacePolicy may be Snapshot.
        from cfnlint.helpers import valid_snapshot_types
        out.write("@snapshot-types\t" + json.dumps(sorted(valid_snapshot_types), separators=(",", ":")) + "\n")
        for type_name, entry in sorted(entries.items()):
            out.write(type_name + "\t" + json.dumps(entry, separators=(",", ":"), sort_keys=True) + "\n")
    stamp_assembly()
    print(f"{len(types)} resource types from cfn-lint {cfn_lint_version}, {len(entries) - len(types)} SAM types -> {os.path.normpath(OUTPUT)}")


if __name__ == "__main__":
    main()
