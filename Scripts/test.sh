#!/usr/bin/env bash
# Runs Sparkle's tests. Installs what they need first (cfn-lint from PyPI), so this one command
# works on a fresh machine with Swift and Python.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r Scripts/requirements.txt
if [ "$#" -gt 0 ]; then
    exec swift test "$@"
fi
# The fault-injection tests time real retries against their own server, in seconds. Run beside
# the emulator tests, whose processes hold the test runner's threads for minutes, their waits
# overran their bounds (one stall of 20 s on 2 cores), so they run on their own, first.
swift test --filter FaultInjectionTests
swift test --skip-build --skip FaultInjectionTests
