#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Downloads the artifacts a list names (one group:artifact:version:packaging first on each line;
# '#' lines are comments) from Maven Central into WORK/artifacts, through Maven: a throw-away pom
# lists them, and only the files come, no dependencies. Run from the repository's root.
#   bash tools/sdk-sources/download.sh LIST WORK
set -euo pipefail
list=$1
work=$2
mkdir -p "$work/artifacts"
{
  echo '<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>sdk-artifacts</artifactId><version>1</version>'
  echo '<build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version><configuration><outputDirectory>artifacts</outputDirectory><artifactItems>'
  grep -v '^#' "$list" | awk 'NF {split($1, c, ":"); printf "<artifactItem><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>%s</type></artifactItem>\n", c[1], c[2], c[3], c[4]}'
  echo '</artifactItems></configuration></plugin></plugins></build></project>'
} > "$work/pom.xml"
./mvnw -q -f "$work/pom.xml" dependency:copy
