"""Rewrites the rule table of docs/rules.md from `sparkle lint --list-rules`, so the page says what
the binary checks (RulesDocumentationTests fails when they differ).

usage: python3 Scripts/update_rules_doc.py [SPARKLE_BIN]   (default .build/debug/sparkle)"""
import os
import re
import subprocess
import sys

root = os.path.join(os.path.dirname(__file__), "..")
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "sparkle")
listing = subprocess.run([binary, "lint", "--list-rules"], capture_output=True, text=True, check=True).stdout
rows = []
for line in listing.splitlines():
    rule, summary, counterparts = re.match(r"(\S+)  (.*?)(?:  \(cfn-lint: (.*)\))?$", line).groups()
    severity = "error" if rule.startswith("E") else "warning"
    rows.append(f"| {rule} | {severity} | {summary} | {counterparts or '—'} |")
path = os.path.join(root, "docs", "rules.md")
lines = open(path, encoding="utf-8").read().split("\n")
start = next(i for i, line in enumerate(lines) if line.startswith("| ID |")) + 2
end = start
while end < len(lines) and lines[end].startswith("|"):
    end += 1
lines[start:end] = rows
open(path, "w", encoding="utf-8").write("\n".join(lines))
print(f"{len(rows)} rules -> docs/rules.md")
