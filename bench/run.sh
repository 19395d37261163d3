#!/bin/sh
# Build bench/hashmap_1m.rl with rustlet -O and rustc -O, check both print the same
# line, and time each binary (best of 3 wall-clock runs).
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${TMPDIR:-/tmp}/rustlet-bench-hashmap
mkdir -p "$out"
rustlet build -O "$here/hashmap_1m.rl" -o "$out/rustlet_bin"
rustc --edition 2021 -C opt-level=3 -o "$out/rustc_bin" "$here/hashmap_1m.rl"
[ "$("$out/rustlet_bin")" = "$("$out/rustc_bin")" ] || { echo "outputs differ" >&2; exit 1; }
for bin in rustlet_bin rustc_bin; do
    best=""
    for run in 1 2 3; do
        t=$( { /usr/bin/time -f %e "$out/$bin" > /dev/null; } 2>&1 )
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    echo "$bin: ${best}s"
done
