#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Downloads every npm package a catalogue cites as an 'npm:<package>@<version>' source (npm pack,
# from the npm registry) and unpacks each into DIR/<package@version> ('/' of a scope written '+'),
# skipping those already there. Run from the repository's root.
#   bash tools/sdk-sources/npm.sh CATALOGUE DIR
set -euo pipefail
catalogue=$1
dir=$2
mkdir -p "$dir"
for spec in $(grep '^source ' "$catalogue" | sed 's/ #.*//' | grep -o 'npm:[^[:space:]]*' | cut -c5- | sort -u); do
  target="$dir/${spec//\//+}"
  [ -d "$target" ] && continue
  tmp=$(mktemp -d)
  if ! tgz=$(cd "$tmp" && npm pack --silent "$spec" 2>"$tmp/err" | tail -1) || [ ! -f "$tmp/$tgz" ]; then
    echo "npm pack $spec failed: $(cat "$tmp/err")" >&2
    rm -rf "$tmp"
    exit 1
  fi
  mkdir -p "$tmp/unpacked"
  tar -xzf "$tmp/$tgz" -C "$tmp/unpacked" --strip-components=1
  mv "$tmp/unpacked" "$target"
  rm -rf "$tmp"
done
