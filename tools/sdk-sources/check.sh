#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the SDK catalogue's maven: sources (docs/catalogue.md, "Where the facts come from"):
# downloads every artifact of artifacts.txt from Maven Central and checks that each package prefix
# of an entry citing artifacts holds classes of one of them. Exit 1 when one does not.
#   bash tools/sdk-sources/check.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
here=tools/sdk-sources
work=target/sdk-sources
bash "$here/download.sh" "$here/artifacts.txt" "$work"
java "$here/Check.java" scanner/src/main/resources/dev/pledge/scanner/catalogue/sdks.txt "$here/artifacts.txt" "$work/artifacts"
