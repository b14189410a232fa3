// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.List;

/**
 * The values of one {@code @PersonalData(purpose = Purpose.X, data = {DataItem.Y})} as the class
 * file holds them: enum constant names, mapped to policy ids by the rules ({@code ConstantNames}).
 *
 * @param annotation the annotation's binary name, {@code com.example.privacy.PersonalData}
 * @param purposes constant names of {@code purpose} (one; a list for annotations that allow several)
 * @param data constant names of {@code data}
 */
public record PersonalDataValues(String annotation, List<String> purposes, List<String> data) {

    public PersonalDataValues {
        purposes = List.copyOf(purposes);
        data = List.copyOf(data);
    }
}
