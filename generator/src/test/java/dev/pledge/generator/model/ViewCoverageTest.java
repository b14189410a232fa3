// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pledge.dsl.pledge.PledgePackage;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/**
 * Nothing of the language is dropped: every feature of every grammar class has a place in the
 * view, and every keyword of every grammar enum a constant. When the grammar grows, these fail
 * until the view (and {@link PolicyViews}) follow.
 */
class ViewCoverageTest {

    /** Grammar classes that are structure, not content: imports, abstract supertypes, texts. */
    private static final Set<String> STRUCTURE = Set.of(
            "PolicyFile",
            "Import",
            "Element",
            "DataSet",
            "Retained",
            "Text",
            "Translation",
            "Operator",
            "Extensible",
            // merged into the declaration it extends by PolicyViews
            "Extension");

    /** Feature names the view spells differently. */
    private static final Map<String, String> RENAMED = Map.of("name", "id", "notify", "notifyVia");

    @Test
    void everyGrammarFeatureHasAViewComponent() {
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : PledgePackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || STRUCTURE.contains(type.getName())) {
                continue;
            }
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                String component = RENAMED.getOrDefault(
                        type.getName() + "." + feature.getName(),
                        RENAMED.getOrDefault(feature.getName(), feature.getName()));
                if (!hasComponent(viewOf(type.getName()), component)
                        && !(type.getName().equals("Policy") && hasComponent(PolicyInfo.class, component))) {
                    missing.add(type.getName() + "." + feature.getName());
                }
            }
        }
        assertEquals(
                List.of(), missing, "grammar features the view does not carry: add them to the view and PolicyViews");
    }

    @Test
    void everyGrammarKeywordHasAViewConstant() {
        for (EClassifier classifier : PledgePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum type) {
                Class<?> view = viewOf(type.getName());
                assertTrue(view.isEnum(), view + " is an enum");
                List<String> expected = type.getELiterals().stream()
                        .map(EEnumLiteral::getLiteral)
                        .toList();
                List<String> actual = Arrays.stream(view.getEnumConstants())
                        .map(ViewCoverageTest::id)
                        .toList();
                assertEquals(expected, actual, "keywords of " + type.getName());
                for (EEnumLiteral literal : type.getELiterals()) {
                    Enum<?> emf = (Enum<?>) literal.getInstance();
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    Enum<?> mapped = Values.keyword((Class) view, emf);
                    assertEquals(literal.getLiteral(), id(mapped));
                }
            }
        }
    }

    @Test
    void everyTimeUnitKeywordIsUnderstood() {
        for (String keyword :
                List.of("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years")) {
            TimeUnit unit = TimeUnit.of(keyword);
            assertTrue(keyword.startsWith(unit.id()), keyword + " -> " + unit);
            assertEquals(keyword, unit.id(keyword.endsWith("s") ? 2 : 1));
        }
    }

    private static Class<?> viewOf(String grammarName) {
        try {
            return Class.forName(Policy.class.getPackageName() + "." + grammarName);
        } catch (ClassNotFoundException e) {
            return fail("grammar type " + grammarName + " has no view type " + Policy.class.getPackageName() + "."
                    + grammarName);
        }
    }

    private static boolean hasComponent(Class<?> record, String name) {
        RecordComponent[] components = record.getRecordComponents();
        return components != null
                && Arrays.stream(components).anyMatch(c -> c.getName().equals(name));
    }

    private static String id(Object constant) {
        try {
            Method id = constant.getClass().getMethod("id");
            return (String) id.invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
