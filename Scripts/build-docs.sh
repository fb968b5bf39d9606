#!/usr/bin/env bash
# Builds DisclosureKit's DocC documentation and fails on any DocC warning, so
# a broken ``Symbol`` link in the catalog or in a doc comment breaks the build.
#
#   Scripts/build-docs.sh [OUTPUT_DIR]
#
# Emits the library's symbol graphs with the compiler, then runs the
# toolchain's `docc convert` over Sources/DisclosureKit/DisclosureKit.docc.
# The archive goes to OUTPUT_DIR (default: a fresh temporary directory, removed
# on exit). The library is built in its own scratch folder, .build-docs/, so
# the symbol-graph flags never invalidate the ordinary .build/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# xcrun does not exist on Linux: take docc from PATH, else from beside swift.
if command -v docc >/dev/null 2>&1; then
  docc=$(command -v docc)
else
  docc="$(dirname "$(command -v swift)")/docc"
fi
if [ ! -x "$docc" ]; then
  echo "build-docs: docc not found on PATH or beside swift" >&2
  exit 1
fi

work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
graphs="$work/symbol-graphs"
mkdir -p "$graphs"

if [ $# -ge 1 ]; then
  output=$1
  mkdir -p "$output"
else
  output="$work/DisclosureKit.doccarchive"
fi

echo "build-docs: emitting symbol graphs"
swift build --target DisclosureKit --scratch-path "$root/.build-docs" \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"

echo "build-docs: docc convert"
"$docc" convert "$root/Sources/DisclosureKit/DisclosureKit.docc" \
  --additional-symbol-graph-dir "$graphs" \
  --fallback-display-name DisclosureKit \
  --fallback-bundle-identifier org.disclosurekit.DisclosureKit \
  --output-path "$output" \
  --warnings-as-errors

echo "build-docs: documentation built${1:+ in $output}"
