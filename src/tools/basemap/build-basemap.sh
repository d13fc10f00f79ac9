#!/usr/bin/env bash
# Rebuilds the offline basemap assets in assets/basemap/ from the npm package
# world-atlas@2.0.2 (Natural Earth 4.1.0 as TopoJSON).
#
# Needs: bash, npm and Node 20 (no npm dependencies are installed). The only network
# access is `npm pack`, which fetches the package tarball from the configured npm
# registry into a temporary directory; nothing is installed and the tarball is
# deleted afterwards, so it never ends up in the repository.
#
# Usage: src/tools/basemap/build-basemap.sh
set -euo pipefail

PACKAGE="world-atlas@2.0.2"
# sha1 of world-atlas-2.0.2.tgz as published; catches a changed or substituted tarball.
EXPECTED_SHA1="4bca4a578f3a413bd409c3f07f2054fe7375824f"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../../.." && pwd)"
out_dir="$repo_root/assets/basemap"

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

echo "Fetching $PACKAGE ..."
tarball="$(cd "$work_dir" && npm pack "$PACKAGE" --silent)"
actual_sha1="$(sha1sum "$work_dir/$tarball" | cut -d' ' -f1)"
if [[ "$actual_sha1" != "$EXPECTED_SHA1" ]]; then
  echo "error: $tarball has sha1 $actual_sha1, expected $EXPECTED_SHA1" >&2
  exit 1
fi
tar -xzf "$work_dir/$tarball" -C "$work_dir"

echo "Converting ..."
mkdir -p "$out_dir"
node "$script_dir/convert.mjs" "$work_dir/package" "$out_dir"
# The ISC licence asks for its notice to travel with the data.
cp "$work_dir/package/LICENSE" "$out_dir/LICENSE-world-atlas.txt"

echo "Done:"
(cd "$out_dir" && ls -l ne-*.bin LICENSE-world-atlas.txt && sha256sum ne-*.bin)
