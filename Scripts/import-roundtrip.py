#!/usr/bin/env python3
"""Round trip of `sparkle import` over template collections.

For every template cfn-lint reads in each collection (the `files` of its cfn-lint.json), this
imports it into one scratch package made by `sparkle init`, builds the package, compiles each
imported template with the package's own command line, and compares the JSON with
`sparkle convert FILE --to json` of the source: the same keys, values (numbers by their text) and
array order; only the order of an object's keys may differ.

    python3 Scripts/import-roundtrip.py [--sample N] [--package DIR] [--sparkle BIN] COLLECTION...
    python3 Scripts/import-roundtrip.py --write-samples N COLLECTION...
    python3 Scripts/import-roundtrip.py --largest --type-check 200 COLLECTION...

`--largest` takes the largest template of each collection; `--type-check MS` builds from clean with
`-warn-long-expression-type-checking` and `-warn-long-function-bodies` at MS milliseconds and
prints every expression or body over it, and the slowest of each kind the compiler reported.

`--write-samples N` instead imports N templates spread over the collections, and the hand-made
fixtures of Tests/SparkleImportTests/Fixtures (every form the importer must keep exactly), into
the test target's Imported folder (replacing it), with Samples.swift listing them: the test suite
checks that importing each source still gives those files, and that they compile back to it.

Prints one line per template that does not round-trip, then a summary per collection, and exits 1
when any template fails. `--sample N` takes N templates spread evenly over the collections.
A template's lint errors do not stop it: it is compiled with `--ignore` for the rules it breaks,
as its source breaks them too.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command, cwd=None, timeout=None):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def exact(text):
    """JSON data with numbers kept as their text, so that 1.0 and 1 differ as the files do."""
    return json.loads(text, parse_float=lambda s: ("number", s), parse_int=lambda s: ("number", s))


def same(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def first_difference(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: {'missing' if key not in b else 'extra'} in the import"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} elements in the source, {len(b)} in the import"
        for index, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if same(a, b) else f"{path}: {json.dumps(a)[:80]} became {json.dumps(b)[:80]}"


def name_for(collection, relative):
    stem = re.sub(r"[^A-Za-z0-9]+", "_", f"{collection}/{relative}").strip("_").lower()
    return ("t_" + stem) if stem[0].isdigit() else stem


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("collections", nargs="+")
    parser.add_argument("--sample", type=int, default=0, help="only N templates, spread over the collections")
    parser.add_argument("--package", default=os.path.join(REPO, ".build", "import-roundtrip"))
    parser.add_argument("--sparkle", default=os.path.join(REPO, ".build", "debug", "sparkle"))
    parser.add_argument("--write-samples", type=int, default=0, metavar="N")
    parser.add_argument("--largest", action="store_true", help="the largest template of each collection")
    parser.add_argument("--type-check", type=int, default=0, metavar="MS")
    args = parser.parse_args()
    if args.write_samples:
        args.sample = args.write_samples

    templates = []
    for collection in args.collections:
        listed = json.load(open(os.path.join(collection, "cfn-lint.json")))["files"]
        label = os.path.basename(os.path.normpath(collection))
        templates += [(label, os.path.join(collection, relative), name_for(label, relative)) for relative in sorted(listed)]
    if args.largest:
        templates = [max((t for t in templates if t[0] == label), key=lambda t: os.path.getsize(t[1])) for label in dict.fromkeys(t[0] for t in templates)]
    if args.sample and args.sample < len(templates):
        step = len(templates) / args.sample
        templates = [templates[int(i * step)] for i in range(args.sample)]

    if args.write_samples:
        write_samples(args, templates)
        return

    # A fresh package each run: a template removed from the sample must not linger in it.
    package = os.path.abspath(args.package)
    imported_root = None
    if os.path.exists(os.path.join(package, "Package.swift")):
        for folder in os.listdir(os.path.join(package, "Sources")):
            candidate = os.path.join(package, "Sources", folder, "Imported")
            if os.path.isdir(candidate):
                shutil.rmtree(candidate)
    else:
        os.makedirs(package, exist_ok=True)
        made = run([args.sparkle, "init", package, "--name", "RoundTrip", "--sparkle-path", REPO])
        if made.returncode != 0:
            sys.exit(f"sparkle init failed: {made.stderr}")

    failures = {}
    unreadable = {}
    converted = {}
    imported = []
    started = time.time()
    for label, path, name in templates:
        # A file Sparkle cannot read at all (a YAML syntax error, a duplicate key, a root that is
        # no mapping) has no JSON to compare with: `convert` and `lint` refuse it with the same error.
        expected = run([args.sparkle, "convert", path, "--to", "json"])
        if expected.returncode != 0:
            unreadable[(label, path)] = expected.stderr.strip().splitlines()[-1]
            continue
        converted[path] = expected.stdout
        result = run([args.sparkle, "import", path, "--into", package, "--name", name, "--force"])
        if result.returncode != 0:
            failures[(label, path)] = "import: " + result.stderr.strip().splitlines()[-1]
        else:
            imported.append((label, path, name))
    import_time = time.time() - started
    imported_root = os.path.join(package, "Sources", "RoundTripTemplates", "Imported")

    # Build; a template whose Swift does not build is moved aside and the rest built again.
    flags = []
    if args.type_check:
        for flag in (f"-warn-long-expression-type-checking={args.type_check}", f"-warn-long-function-bodies={args.type_check}"):
            flags += ["-Xswiftc", "-Xfrontend", "-Xswiftc", flag]
        shutil.rmtree(os.path.join(package, ".build", "debug", "RoundTripTemplates.build"), ignore_errors=True)
        shutil.rmtree(os.path.join(package, ".build", "x86_64-unknown-linux-gnu", "debug", "RoundTripTemplates.build"), ignore_errors=True)
    # SwiftPM keeps its plan of a dependency's sources: a file added to Sparkle since the last run
    # would not be built. Dropping the plan makes it look again (the built files stay).
    for plan in glob.glob(os.path.join(package, ".build", "*.yaml")) + glob.glob(os.path.join(package, ".build", "*", "*", "description.json")):
        os.remove(plan)
    started = time.time()
    while True:
        build = run(["swift", "build", "--package-path", package, "--product", "RoundTrip"] + flags)
        if build.returncode == 0:
            break
        broken = set(re.findall(re.escape(imported_root) + r"/([^/]+)/[^:]+:\d+:\d+: error", build.stdout + build.stderr))
        if not broken:
            sys.exit("the package does not build, for a reason no imported template explains:\n" + (build.stdout + build.stderr)[-3000:])
        for label, path, name in list(imported):
            if name in broken:
                message = re.search(re.escape(imported_root) + "/" + re.escape(name) + r"/([^\n]+error[^\n]+)", build.stdout + build.stderr)
                failures[(label, path)] = "build: " + (message.group(1) if message else "error")
                imported.remove((label, path, name))
                shutil.rmtree(os.path.join(imported_root, name))
    build_time = time.time() - started
    if args.type_check:
        # The imported code's own: the flags reach Sparkle's sources too, which are not measured here.
        slow = sorted(set(found for found in re.findall(r"(\S+\.swift:\d+:\d+): warning: (.*took (\d+)ms to type-check.*)", build.stdout + build.stderr)
                          if "/Imported/" in found[0]), key=lambda found: -int(found[2]))
        for place, message, _ in slow:
            print(f"SLOW {place}: {message}")
        print(f"type-check: {len(slow)} expression(s) or bodies over {args.type_check} ms"
              + (f", the slowest {slow[0][2]} ms" if slow else ""))

    binary = os.path.join(package, ".build", "debug", "RoundTrip")
    for label, path, name in imported:
        compiled = run([binary, "compile", name])
        if compiled.returncode != 0:
            rules = sorted(set(re.findall(r"\[([EW]\d{4})\]", compiled.stderr)))
            ignores = [flag for rule in rules for flag in ("--ignore", rule)]
            compiled = run([binary, "compile", name] + ignores)
        if compiled.returncode != 0:
            failures[(label, path)] = "compile: " + compiled.stderr.strip()[-300:]
            continue
        source, result = exact(converted[path]), exact(compiled.stdout)
        if not same(source, result):
            failures[(label, path)] = "differs: " + (first_difference(source, result) or "?")

    for (label, path), why in sorted(unreadable.items()):
        print(f"UNREADABLE {path}: {why}")
    for (label, path), why in sorted(failures.items()):
        print(f"FAIL {path}: {why}")
    print(f"import {import_time:.1f} s, build {build_time:.1f} s")
    for label in dict.fromkeys(label for label, _, _ in templates):
        total = sum(1 for l, _, _ in templates if l == label)
        failed = sum(1 for (l, _) in failures if l == label)
        skipped = sum(1 for (l, _) in unreadable if l == label)
        print(f"{label}: {total - skipped - failed}/{total - skipped} round-trip ({skipped} more that Sparkle cannot read at all)")
    sys.exit(1 if failures else 0)


def write_samples(args, templates):
    """Imports `templates` and the fixtures into the test target's Imported folder, and lists them
    in Samples.swift."""
    import tempfile
    target = os.path.join(REPO, "Tests", "SparkleImportTests")
    imported = os.path.join(target, "Imported")
    fixtures = os.path.join(target, "Fixtures")
    templates = templates + [
        ("fixtures", os.path.join(fixtures, file), name_for("fixture", file)) for file in sorted(os.listdir(fixtures))
    ]
    with tempfile.TemporaryDirectory() as scratch:
        made = run([args.sparkle, "init", scratch, "--name", "Samples", "--sparkle-path", REPO])
        if made.returncode != 0:
            sys.exit(f"sparkle init failed: {made.stderr}")
        constants = {}
        for label, path, name in templates:
            result = run([args.sparkle, "import", path, "--into", scratch, "--name", name])
            if result.returncode != 0:
                print(f"left out {path}, which Sparkle cannot read: {result.stderr.strip()}")
                continue
            constants[name] = re.search(r" as (\S+) in ", result.stdout).group(1)
        if os.path.exists(imported):
            shutil.rmtree(imported)
        shutil.copytree(os.path.join(scratch, "Sources", "SamplesTemplates", "Imported"), imported)
    lines = [
        "// Written by `python3 Scripts/import-roundtrip.py --write-samples N …`: the sample the test suite",
        "// imports and compiles back, by source (Fixtures/…, else below ../shared/corpus) and imported template.",
        "",
        "import Sparkle",
        "",
        "let importSamples: [(source: String, template: Template)] = [",
    ]
    for label, path, name in templates:
        if name not in constants:
            continue
        # Fixtures by their path in the test folder, the collections' templates below ../shared/corpus.
        base = target if label == "fixtures" else os.path.join(REPO, "..", "shared", "corpus")
        source = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
        lines.append(f'    ("{source}", {constants[name]}),')
    lines += ["]", ""]
    with open(os.path.join(target, "Samples.swift"), "w") as out:
        out.write("\n".join(lines))
    print(f"wrote {len(templates)} samples to {imported}")


if __name__ == "__main__":
    main()
