// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the policy's Java consent API (enums, the {@code @PersonalData} annotation, the consent
 * guard and ledger) into {@code target/generated-sources/pledge}, which becomes a compile source
 * root, and the notices (HTML, Markdown, text; in the policy's languages) into {@code target/pledge}.
 * Skipped when the policy files and parameters are unchanged since the last generation. Fails when
 * the policy is missing or has errors. In a build of several modules, one module (a
 * {@code privacy-api} module) generates the API and the others depend on it.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractPledgeMojo {

    /**
     * Skip generating the API and the notices. Not {@code pledge.skip}, which skips the check only: the
     * code that uses the API would no longer compile.
     */
    @Parameter(property = "pledge.generate.skip", defaultValue = "false")
    boolean skip;

    /** The Java package of the generated API, e.g. {@code com.example.privacy}. */
    @Parameter(property = "pledge.packageName", required = true)
    String packageName;

    /** Where the Java sources go; added to the project's compile source roots. */
    @Parameter(
            property = "pledge.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/pledge",
            required = true)
    File outputDirectory;

    /** Where the notices go. */
    @Parameter(property = "pledge.noticeDirectory", defaultValue = "${project.build.directory}/pledge", required = true)
    File noticeDirectory;

    /** The notice formats: {@code html} (one self-contained page), {@code md} (Markdown), {@code text}; {@code none} for no notices. */
    @Parameter(property = "pledge.noticeFormats", defaultValue = "html,md,text")
    List<String> noticeFormats;

    /** The notice languages ({@code en}, {@code zh}, {@code ru}); by default the policy's languages that notices come in. */
    @Parameter(property = "pledge.noticeLanguages")
    List<String> noticeLanguages;

    /**
     * Also write the review checklist {@code <policy>.review.md} next to the notices: each element of
     * GDPR Art. 12-14 and 21(4) present, partial, absent or not applicable, where the notice gives it
     * and what to add to the policy, for the legal team's sign-off.
     */
    @Parameter(property = "pledge.noticeReview", defaultValue = "false")
    boolean noticeReview;

    /** Records what the last generation was made from, so an unchanged build skips it. */
    @Parameter(defaultValue = "${project.build.directory}/pledge/generate.stamp", readonly = true, required = true)
    File stampFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Pledge generate (pledge.generate.skip)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping Pledge generate: a project of packaging pom has no code");
            return;
        }
        Reactor reactor = reactor();
        try {
            Path policyLocation = policyLocation();
            warnIfGeneratedTwice(reactor, policyLocation);
            Generation.Request request = new Generation.Request(
                    root(),
                    policyLocation,
                    policyId,
                    packageName,
                    outputDirectory.toPath(),
                    noticeDirectory.toPath(),
                    formats(),
                    list(noticeLanguages),
                    stampFile.toPath(),
                    noticeReview && !formats().isEmpty());
            Generation.run(request, reactor.policies(), getLog());
        } catch (PledgeBuildException e) {
            Mojos.fail(e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    /** Two modules that generate the same API into the same package clash once a third uses both. */
    private void warnIfGeneratedTwice(Reactor reactor, Path policyLocation) {
        if (packageName == null || packageName.isBlank()) {
            return;
        }
        String other = reactor.generates(packageName, policyLocation, project.getName());
        if (other != null) {
            getLog().warn("Module " + project.getName() + " generates the consent API of the same policy into "
                    + "package " + packageName + " as module " + other + " does: generate it in one module (e.g. "
                    + "privacy-api) and depend on that module instead (see the plugin's docs, 'Several modules')");
        }
    }

    private List<String> formats() {
        List<String> formats = list(noticeFormats);
        return formats.equals(List.of("none")) ? List.of() : formats;
    }

    private static List<String> list(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
