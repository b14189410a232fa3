// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Injector;
import dev.pledge.dsl.PledgeStandaloneSetup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A policy's family is computed once per unchanged resource set and again after any change. */
class FamilyCacheTest {

    private static final Injector INJECTOR = new PledgeStandaloneSetup().createInjectorAndDoEMFRegistration();
    private static final String DATA = "category account \"Account\" { data email \"Email\" }\n";
    private static final String PURPOSES =
            "import \"data.pledge\"\npurpose orders \"Orders\" { basis contract uses email retention 1 year }\n";

    private XtextResourceSet set;
    private XtextResource data;
    private XtextResource purposes;

    @BeforeEach
    void load() throws IOException {
        set = INJECTOR.getInstance(XtextResourceSet.class);
        data = parse("data.pledge", DATA);
        purposes = parse("purposes.pledge", PURPOSES);
    }

    @Test
    void anUnchangedSetGivesTheSameFamily() {
        PolicyFamily first = PolicyFamily.of(data.getContents().get(0));
        assertEquals(List.of(data, purposes), first.resources());
        assertSame(first, PolicyFamily.of(data.getContents().get(0)));
    }

    @Test
    void anEditParsedInPlaceIsSeen() {
        PolicyFamily before = PolicyFamily.of(data.getContents().get(0));
        int at = PURPOSES.indexOf("data.pledge");
        purposes.update(at, "data".length(), "other"); // a partial parse: only the import changes

        PolicyFamily after = PolicyFamily.of(data.getContents().get(0));
        assertNotSame(before, after);
        assertEquals(List.of(data), after.resources());
    }

    @Test
    void aFileAddedToTheSetIsSeen() throws IOException {
        PolicyFamily before = PolicyFamily.of(data.getContents().get(0));
        XtextResource more = parse("more.pledge", "import \"data.pledge\"\n");

        assertEquals(
                List.of(data, purposes, more),
                PolicyFamily.of(data.getContents().get(0)).resources());
        assertEquals(List.of(data, purposes), before.resources());
    }

    private XtextResource parse(String name, String text) throws IOException {
        Resource resource = set.createResource(URI.createURI("mem:/policy/" + name));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        return (XtextResource) resource;
    }
}
