// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Source maps as the Kotlin compiler writes them, and ones it does not. */
class SmapTest {

    /** Kotlin 2.2's map of a class into which an inline function of Headers.kt and one of the standard library are inlined. */
    static final String KOTLIN = """
			SMAP
			SignupService.kt
			Kotlin
			*S Kotlin
			*F
			+ 1 SignupService.kt
			com/example/shop/SignupService
			+ 2 Headers.kt
			com/example/shop/HeadersKt
			+ 3 _Collections.kt
			kotlin/collections/CollectionsKt___CollectionsKt
			*L
			1#1,39:1
			6#2,3:40
			1869#3,2:43
			*S KotlinDebug
			*F
			+ 1 SignupService.kt
			com/example/shop/SignupService
			*L
			13#1:40,3
			27#1:43,2
			*E
			""";

    static final String OWN = "com/example/shop/SignupService.kt";

    @Test
    void theClassesOwnLinesAreItsOwn() {
        Smap smap = Smap.parse(KOTLIN, OWN);
        assertNull(smap.map(1));
        assertNull(smap.map(39));
        assertNull(smap.map(99), "a line the map does not know stays as it is");
    }

    @Test
    void inlinedLinesGoBackToTheirFileWithTheCall() {
        Smap smap = Smap.parse(KOTLIN, OWN);
        assertEquals(new Smap.Position("com/example/shop/Headers.kt", 6, 13), smap.map(40));
        assertEquals(new Smap.Position("com/example/shop/Headers.kt", 8, 13), smap.map(42));
        assertEquals(new Smap.Position("kotlin/collections/_Collections.kt", 1870, 27), smap.map(44));
    }

    @Test
    void generalJsr45FormsAreRead() {
        // no class path lines, an increment, a default file carried over from the entry before
        String map = String.join(
                "\n",
                "SMAP",
                "Page.java",
                "JSP",
                "*S JSP",
                "*F",
                "1 page.jsp",
                "2 header.jsp",
                "*L",
                "1#1,5:10,2",
                "3#2:30",
                "4:31",
                "*E");
        Smap smap = Smap.parse(map, "org/apache/jsp/Page.java");
        assertEquals(new Smap.Position("org/apache/jsp/page.jsp", 1, 0), smap.map(10));
        assertEquals(new Smap.Position("org/apache/jsp/page.jsp", 1, 0), smap.map(11));
        assertEquals(new Smap.Position("org/apache/jsp/page.jsp", 2, 0), smap.map(12));
        assertEquals(new Smap.Position("org/apache/jsp/header.jsp", 3, 0), smap.map(30));
        assertEquals(new Smap.Position("org/apache/jsp/header.jsp", 4, 0), smap.map(31));
    }

    @Test
    void whatIsNoMapIsNoneAndNeverAnError() {
        assertNull(Smap.parse(null, OWN));
        assertNull(Smap.parse("", OWN));
        assertNull(Smap.parse("not a map", OWN));
        assertNull(Smap.parse("SMAP\nA.kt\nKotlin\n*S Kotlin\n*F\n+ 1 A.kt\na/A\n*L\n1#1,x:1\n*E\n", OWN));
        assertNull(Smap.parse("SMAP\nA.kt\nOther\n*S Kotlin\n*E\n", OWN), "no section of the default stratum");
    }
}
