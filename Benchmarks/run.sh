#!/usr/bin/env bash
# Builds the benchmark in release mode and runs it. Installs the peers (troposphere, cfn-flip) if missing.
# SparkleFormation runs from its sources when SPARKLEFORMATION_LIB names the lib folders of
# sparkle_formation, attribute_struct and bogo (colon-separated), with Debian's ruby,
# ruby-multi-json, ruby-hashie and ruby-sorted-set installed; without it, its columns say so.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import troposphere" 2>/dev/null || python3 -m pip install --quiet troposphere
command -v cfn-flip >/dev/null || python3 -m pip install --quiet cfn-flip
# Built as the install builds it: start-up is part of every figure.
source Scripts/release-flags.sh
swift build "${release_flags[@]}" --product sparkle >/dev/null
swift build "${release_flags[@]}" --product SparkleBenchmark >/dev/null
"$(swift build "${release_flags[@]}" --show-bin-path)/SparkleBenchmark" "$@"
# (g) sparkle import: the largest template of each shared collection imported into a fresh package,
# built cold (Sparkle included), compiled back and compared; the imported code's slowest
# expression or body is printed when any takes over 200 ms to type-check.
if [ -d ../shared/corpus ]; then
    echo "(g) import: the largest template of each shared collection, built cold in a new package"
    scratch=$(mktemp -d)
    python3 Scripts/import-roundtrip.py --largest --type-check 200 --package "$scratch/import" \
        --sparkle "$(swift build "${release_flags[@]}" --show-bin-path)/sparkle" ../shared/corpus/*/ || true
    rm -rf "$scratch"
fi
