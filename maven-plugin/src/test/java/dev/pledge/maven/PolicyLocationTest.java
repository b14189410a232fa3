// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a module's policy is found in the layouts real reactors have. */
class PolicyLocationTest {

    @TempDir
    Path root;

    private Path module(String path) throws IOException {
        Path folder = Files.createDirectories(root.resolve(path));
        Files.writeString(folder.resolve("pom.xml"), "<project/>");
        return folder;
    }

    private Path policyIn(Path folder) throws IOException {
        Path policy = Files.createDirectories(folder.resolve("src/main/pledge"));
        Files.writeString(policy.resolve("shop.pledge"), "policy shop \"Shop\" { version \"1\" }\n");
        return policy;
    }

    private static List<Path> policies(Path... folders) {
        return java.util.Arrays.stream(folders)
                .map(folder -> folder.resolve("src/main/pledge"))
                .toList();
    }

    @Test
    void aModuleLooksInItselfThenInEachFolderAboveUpToTheRoot() throws IOException {
        module("");
        Path services = module("services");
        Path web = module("services/web");

        assertEquals(
                policies(web, services, root),
                PolicyLocation.places(web, List.of(services, root), root),
                "the module, its parents, the root");
        assertEquals(
                policies(web, services, root),
                PolicyLocation.places(web, List.of(), root),
                "a module whose parent is not the folder above (an external parent) still finds the root's");
    }

    @Test
    void foldersWithoutAPomAreNotModulesAndAreNotLookedAt() throws IOException {
        module("");
        Path web = module("apps/web");

        assertEquals(policies(web, root), PolicyLocation.places(web, List.of(), root));
    }

    @Test
    void aParentModuleBesideTheModuleIsLookedAtBeforeTheFoldersAbove() throws IOException {
        module("");
        Path parent = module("parent");
        Path core = module("core");

        assertEquals(policies(core, parent, root), PolicyLocation.places(core, List.of(parent), root));
    }

    @Test
    void nothingAboveTheRootIsLookedAt() throws IOException {
        module("");
        Path reactor = module("reactor");
        Path web = module("reactor/web");
        Path outside = Files.createDirectories(root.resolveSibling(root.getFileName() + "-repository"));

        assertEquals(policies(web, reactor), PolicyLocation.places(web, List.of(outside), reactor));
    }

    @Test
    void aModuleBuiltAloneFindsItsParentsPolicyAboveIt() throws IOException {
        // cd web && mvn verify: the build's root is the module, its Maven parent is read from ../pom.xml
        module("");
        Path web = module("web");

        assertEquals(policies(web, root), PolicyLocation.places(web, List.of(root), web));
    }

    @Test
    void theNearestPolicyWins() throws Exception {
        module("");
        Path web = module("web");
        Path rootPolicy = policyIn(root);

        assertEquals(rootPolicy, PolicyLocation.find(PolicyLocation.places(web, List.of(root), root), root));

        Path own = policyIn(web);
        assertEquals(own, PolicyLocation.find(PolicyLocation.places(web, List.of(root), root), root));
    }

    @Test
    void aConfiguredPolicyOutsideTheModuleIsUsedAsGiven() throws Exception {
        module("");
        Path web = module("web");
        policyIn(root);
        Path configured = policyIn(module("policies"));

        assertEquals(
                configured, PolicyLocation.find(PolicyLocation.places(configured, web, List.of(root), root), root));

        PledgeBuildException e = assertThrows(
                PledgeBuildException.class,
                () -> PolicyLocation.find(
                        PolicyLocation.places(root.resolve("nothing.pledge"), web, List.of(root), root), root));
        assertEquals(
                "policy nothing.pledge does not exist: write the policy there, or set <policy> (property "
                        + "pledge.policy) to its file or folder",
                e.getMessage());
    }

    @Test
    void aConfiguredRelativePolicyIsLookedForInTheModuleThenAboveIt() throws Exception {
        // Maven hands the goal `-Dpledge.policy=privacy/shop.pledge` (or a relative <policy> inherited
        // from the parent) made absolute against each module's folder
        module("");
        Path services = module("services");
        Path web = module("services/web");
        Path inRoot = Files.createDirectories(root.resolve("privacy")).resolve("shop.pledge");
        Files.writeString(inRoot, "policy shop \"Shop\" { version \"1\" }\n");

        List<Path> places =
                PolicyLocation.places(web.resolve("privacy/shop.pledge"), web, List.of(services, root), root);
        assertEquals(
                List.of(
                        web.resolve("privacy/shop.pledge"),
                        services.resolve("privacy/shop.pledge"),
                        root.resolve("privacy/shop.pledge")),
                places);
        assertEquals(inRoot, PolicyLocation.find(places, root));

        Path own = Files.createDirectories(web.resolve("privacy")).resolve("shop.pledge");
        Files.writeString(own, "policy web \"Web\" { version \"1\" }\n");
        assertEquals(own, PolicyLocation.find(places, root), "the module's own comes first");
    }

    @Test
    void aConfiguredRelativePolicyFoundNowhereNamesEveryPlace() throws IOException {
        module("");
        Path web = module("web");

        PledgeBuildException e = assertThrows(
                PledgeBuildException.class,
                () -> PolicyLocation.find(
                        PolicyLocation.places(web.resolve("privacy"), web, List.of(root), root), root));
        assertEquals(
                "no policy found: looked in web/privacy, privacy (the module, then its parent modules up to the "
                        + "reactor root): write the policy in one of them (one in the root serves every module), or "
                        + "set <policy> (property pledge.policy) to its file or folder",
                e.getMessage());
    }

    @Test
    void withoutAPolicyTheMessageNamesEveryPlaceLookedAt() throws IOException {
        module("");
        Path services = module("services");
        Path web = module("services/web");

        PledgeBuildException e = assertThrows(
                PledgeBuildException.class,
                () -> PolicyLocation.find(PolicyLocation.places(web, List.of(services, root), root), root));

        assertTrue(e.isFailure());
        assertEquals(
                "no policy found: looked in services/web/src/main/pledge, services/src/main/pledge, src/main/pledge "
                        + "(the module, then its parent modules up to the reactor root): write the policy in one of "
                        + "them (one in the root serves every module), or set <policy> (property pledge.policy) to "
                        + "its file or folder",
                e.getMessage());
    }

    @Test
    void aProjectOfItsOwnKeepsTheMessageItAlwaysHad() {
        PledgeBuildException e = assertThrows(
                PledgeBuildException.class,
                () -> PolicyLocation.find(PolicyLocation.places(root, List.of(), root), root));

        assertEquals(
                "policy src/main/pledge does not exist: write the policy there, or set <policy> (property "
                        + "pledge.policy) to its file or folder",
                e.getMessage());
    }
}
