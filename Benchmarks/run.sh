#!/usr/bin/env bash
# Builds the benchmark in release mode and runs it. Installs the peers (troposphere, cfn-flip) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import troposphere" 2>/dev/null || python3 -m pip install --quiet troposphere
command -v cfn-flip >/dev/null || python3 -m pip install --quiet cfn-flip
swift build -c release --product sparkle >/dev/null
swift build -c release --product SparkleBenchmark >/dev/null
"$(swift build -c release --show-bin-path)/SparkleBenchmark" "$@"
