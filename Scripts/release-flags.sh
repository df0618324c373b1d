# The release build's flags, sourced by Scripts/install.sh and Benchmarks/run.sh so that the
# benchmark measures the binary users install.
#
# The static Swift runtime makes one self-contained file. Where the toolchain ships lld and the C
# library reads packed relative relocations (glibc 2.36 and later), the binary links with lld and
# DT_RELR: the dynamic loader's relocation pass was a quarter of start-up, and this takes
# `sparkle --version` from 8.6 to 6.4 ms (perf stat -r 60). Such a binary needs glibc 2.36 to run.
release_flags=(-c release --static-swift-stdlib)
swift_directory="$(dirname "$(readlink -f "$(command -v swift)")")"
glibc="$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')"
if [[ -x "$swift_directory/ld.lld" && -n "$glibc" && "$(printf '%s\n2.36\n' "$glibc" | sort -V | head -n 1)" == "2.36" ]]; then
    release_flags+=(-Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs)
fi
