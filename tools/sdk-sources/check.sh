#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the SDK catalogue's maven: and npm: sources (docs/catalogue.md, "Where the facts come from"):
# downloads every artifact of artifacts.txt from Maven Central and every npm package the catalogue
# cites (npm pack), and checks that each package prefix of an entry citing them holds classes of
# one of its artifacts or is imported by the Java/Kotlin sources of one of its npm packages.
# Then lists what each cited POM and package.json says of the vendor next to the entry's vendor line
# (target/sdk-sources/vendors.txt, tools/sdk-sources/Vendors.java). Exit 1 when a prefix is neither, or
# when an entry whose artifact names an organisation, developer or author has no vendor line.
#   bash tools/sdk-sources/check.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
here=tools/sdk-sources
work=target/sdk-sources
catalogue=scanner/src/main/resources/dev/pledge/scanner/catalogue/sdks.txt
bash "$here/download.sh" "$here/artifacts.txt" "$work"
bash "$here/npm.sh" "$catalogue" "$work/npm"
java "$here/Check.java" "$catalogue" "$here/artifacts.txt" "$work/artifacts" "$work/npm"
java "$here/Vendors.java" "$catalogue" "$work/npm" > "$work/vendors.txt" || { grep '^MISSING' "$work/vendors.txt"; tail -1 "$work/vendors.txt"; exit 1; }
tail -1 "$work/vendors.txt"
