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
mkdir -p "$work/artifacts"
{
  echo '<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>sdk-sources</artifactId><version>1</version>'
  echo '<build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version><configuration><outputDirectory>artifacts</outputDirectory><artifactItems>'
  grep -v '^#' "$here/artifacts.txt" | awk 'NF {split($1, c, ":"); printf "<artifactItem><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>%s</type></artifactItem>\n", c[1], c[2], c[3], c[4]}'
  echo '</artifactItems></configuration></plugin></plugins></build></project>'
} > "$work/pom.xml"
./mvnw -q -f "$work/pom.xml" dependency:copy
java "$here/Check.java" scanner/src/main/resources/dev/pledge/scanner/catalogue/sdks.txt "$here/artifacts.txt" "$work/artifacts"
