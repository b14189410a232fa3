// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassInputTest {

    /** A fat jar's libraries are dependencies; an Android package's DEX files and an AAR's classes are its own code. */
    @Test
    void nestedArchivesAreDependenciesButAPackagesOwnCodeIsNot() {
        assertFalse(ClassInput.isNested("target/classes/com/example/App.class"));
        assertFalse(ClassInput.isNested("app.jar!/com/example/App.class"));
        assertFalse(ClassInput.isNested("app.jar!/BOOT-INF/classes/com/example/App.class"));
        assertTrue(ClassInput.isNested("app.jar!/BOOT-INF/lib/x.jar!/com/x/X.class"));
        assertFalse(ClassInput.isNested("classes.dex!/com/example/App"));
        assertFalse(ClassInput.isNested("out/app.apk!/classes2.dex!/com/example/App"));
        assertFalse(ClassInput.isNested("app.aab!/base/dex/classes.dex!/com/example/App"));
        assertFalse(ClassInput.isNested("libs/sdk-1.0.aar!/classes.jar!/com/vendor/Sdk.class"));
        assertTrue(ClassInput.isNested("libs/sdk-1.0.aar!/libs/bundled.jar!/com/other/Lib.class"));
        assertTrue(ClassInput.isNested("app.war!/WEB-INF/lib/sdk.aar!/classes.jar!/com/vendor/Sdk.class"));
    }
}
