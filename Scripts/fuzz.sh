#!/usr/bin/env bash
# Fuzzes the JSON and YAML readers and the JSON and YAML writers with libFuzzer and the address
# sanitizer (Sources/SparkleFuzz: parsing never crashes, and what parses writes back to the same).
#
#   Scripts/fuzz.sh [SECONDS] [libFuzzer options…]      default 1800 seconds, one job
#
# The seed corpus is every bundled example's JSON and YAML, the lint fixtures and the fuzz
# reproducers; new inputs go to .build/fuzz/corpus, findings to .build/fuzz/findings. A finding
# replays without the sanitizer: swift run SparkleFuzz FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-1800}"
shift || true
scratch=.build/fuzz
swift build --scratch-path "$scratch" --product SparkleFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DSPARKLE_LIBFUZZER -Xswiftc -use-ld=lld \
    -Xcc -fsanitize=fuzzer-no-link,address
mkdir -p "$scratch/corpus" "$scratch/seeds" "$scratch/findings"
if [ -z "$(ls -A "$scratch/seeds")" ]; then
    swift run sparkle compile --all -o "$scratch/seeds/json" >/dev/null
    swift run sparkle compile --all -o "$scratch/seeds/yaml" --format yaml >/dev/null
    cp Tests/SparkleTests/FuzzReproducers/* Tests/SparkleExamplesTests/LintFixtures/* "$scratch/seeds/"
fi
# The Swift backtracer trips the address sanitizer after a finding; libFuzzer's own report is enough.
SWIFT_BACKTRACE=enable=no "$scratch/debug/SparkleFuzz" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$scratch/findings/" -print_final_stats=1 "$@" \
    "$scratch/corpus" "$scratch/seeds" "$scratch/seeds/json" "$scratch/seeds/yaml"
