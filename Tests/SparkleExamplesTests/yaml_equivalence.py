"""Loads pairs of files written by Sparkle, NAME.yaml and NAME.json, with independent loaders
(cfn-flip's PyYAML-based CloudFormation loader, Python's json) and reports every pair whose
data differ, key order included. Prints a JSON report: {"checked": N, "mismatches": [...]}."""
import datetime
import json
import os
import sys
from collections import OrderedDict

from cfn_flip import load_yaml


def difference(a, b, path=""):
    """The first path where two loaded documents differ, or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return f"{path}: keys {list(a)} vs {list(b)}"
        for key in a:
            found = difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} elements"
        for index, (x, y) in enumerate(zip(a, b)):
            found = difference(x, y, f"{path}[{index}]")
            if found:
                return found
        return None
    if type(a) is not type(b) or a != b:
        return f"{path}: {a!r} ({type(a).__name__}) vs {b!r} ({type(b).__name__})"
    return None


def ordered(value):
    """Mappings as lists of pairs, so that key order counts in the comparison. Keys are compared as
    text and dates as their ISO text: CloudFormation reads both so, where PyYAML makes `0:` an int
    key and an unquoted 2010-09-09 a date."""
    if isinstance(value, dict):
        return [(str(key), ordered(child)) for key, child in value.items()]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return ("str", value.isoformat())
    if isinstance(value, list):
        return [ordered(child) for child in value]
    return (type(value).__name__, value) if not isinstance(value, float) else ("float", repr(value))


directory = sys.argv[1]
names = sorted(name[:-5] for name in os.listdir(directory) if name.endswith(".yaml"))
mismatches = []
for name in names:
    with open(os.path.join(directory, name + ".yaml"), encoding="utf-8") as handle:
        from_yaml = load_yaml(handle.read())
    with open(os.path.join(directory, name + ".json"), encoding="utf-8") as handle:
        from_json = json.load(handle, object_pairs_hook=OrderedDict)
    if ordered(from_yaml) != ordered(from_json):
        mismatches.append(f"{name}: {difference(from_yaml, from_json)}")
print(json.dumps({"checked": len(names), "mismatches": mismatches}))
