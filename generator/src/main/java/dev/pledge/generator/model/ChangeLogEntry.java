// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** One entry of a policy change log: {@code update "2021-01-15" "..."}. */
public record ChangeLogEntry(String date, Text text) {}
