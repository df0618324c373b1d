#!/usr/bin/env bash
# Builds the Sparkle library's documentation (Sources/Sparkle/Sparkle.docc) with the toolchain's
# docc, and fails on any warning: a broken link, a missing symbol, an article no topic lists.
# The catalog documents the Sparkle module; symbols of the modules it re-exports are named in code
# voice, not linked. Output: .build/docs (open index.html, or serve it with any static server).
set -euo pipefail
cd "$(dirname "$0")/.."
graphs=.build/symbol-graphs
rm -rf "$graphs" .build/docs
mkdir -p "$graphs"
swift build --target Sparkle -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" \
    -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public
# Only the Sparkle module's own graphs (and its extensions of others): one module per catalog.
find "$graphs" -name '*.symbols.json' ! -name 'Sparkle.symbols.json' ! -name 'Sparkle@*.symbols.json' -delete
docc convert Sources/Sparkle/Sparkle.docc \
    --fallback-display-name Sparkle --fallback-bundle-identifier org.sparkle.Sparkle \
    --additional-symbol-graph-dir "$graphs" --output-path .build/docs --warnings-as-errors
echo "documentation: .build/docs"
