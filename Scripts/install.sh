#!/usr/bin/env bash
# Builds `sparkle` (release, static Swift runtime: one self-contained file that starts in a few
# milliseconds) and installs it under PREFIX with its shell completions and man page.
#
#   bash Scripts/install.sh [PREFIX]      PREFIX defaults to $PREFIX, else /usr/local
#   DESTDIR=/tmp/pkg bash Scripts/install.sh /usr     stages the files for a package
#
# Installs PREFIX/bin/sparkle, PREFIX/share/man/man1/sparkle.1, and completions for bash
# (share/bash-completion/completions), zsh (share/zsh/site-functions) and fish
# (share/fish/vendor_completions.d). The completions ask the binary for template names.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-${PREFIX:-/usr/local}}"
root="${DESTDIR:-}${prefix}"
source Scripts/release-flags.sh

# The man page comes from the same help text, through swift-argument-parser's generate-manual.
# It builds the package's products itself: in debug, so that its build never replaces the static
# release binary below (its default, release without the static runtime, would).
manual="$(mktemp -d)"
trap 'rm -rf "$manual"' EXIT
swift package plugin generate-manual --configuration debug --output-directory "$manual" >/dev/null
page="$(find "$manual" -name sparkle.1 | head -n 1)"
[[ -n "$page" ]] || { echo "error: generate-manual wrote no sparkle.1" >&2; exit 1; }

swift build "${release_flags[@]}" --product sparkle
binary="$(swift build "${release_flags[@]}" --show-bin-path)/sparkle"

install -d "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" \
    "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$root/bin/sparkle"
# Debug info is for developers' builds. The installed binary drops it (94 → 81 MB) and keeps its
# symbols, so that a crash's backtrace still names functions.
if command -v strip >/dev/null; then strip --strip-debug "$root/bin/sparkle"; fi
install -m 0644 "$page" "$root/share/man/man1/sparkle.1"
"$binary" --generate-completion-script bash >"$root/share/bash-completion/completions/sparkle"
"$binary" --generate-completion-script zsh >"$root/share/zsh/site-functions/_sparkle"
"$binary" --generate-completion-script fish >"$root/share/fish/vendor_completions.d/sparkle.fish"
echo "installed $("$root/bin/sparkle" --version | head -n 1) in $root" >&2
