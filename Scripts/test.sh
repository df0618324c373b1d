#!/usr/bin/env bash
# Runs Sparkle's tests. Installs what they need first (cfn-lint from PyPI), so this one command
# works on a fresh machine with Swift and Python.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r Scripts/requirements.txt
swift test "$@"
