// SPDX-License-Identifier: Apache-2.0
/**
 * What the scanner knows without the policy, kept as data: platform APIs bound to data concepts and SDK package
 * prefixes bound to third parties; and the indexes that bind them to a policy's items and parties.
 */
package dev.pledge.scanner.catalogue;
