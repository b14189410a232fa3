// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.scan;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The scanner of another build of Pledge — its {@code pledge.jar} (the command-line tool's jar, which holds the
 * DSL, the generator and the scanner) loaded in a class loader of its own — so that a benchmark can measure the
 * scan of an earlier commit next to this one's, in the same JVM run. Only the public API every build has is
 * used: {@code PolicyLoader.load}, {@code PolicyViews.of}, {@code ScanOptions.defaults().withThreads},
 * {@code new ScanRequest(policy, roots, options, dependencies)}, {@code new Scanner().scan(request)}.
 */
final class BaselineScanner {

    private final ClassLoader loader;
    private final Object scanner;
    private final Method scan;
    private final Object request;

    /**
     * @param jar the other build's {@code pledge.jar}
     * @param policyDir the policy to load (with the other build's loader)
     */
    BaselineScanner(Path jar, Path policyDir, List<Path> roots, List<Path> dependencies, int threads) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is no jar: build the baseline's pledge.jar first");
        }
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Object[] made = inLoader(() -> {
            Class<?> policyLoader = loader.loadClass("dev.pledge.dsl.load.PolicyLoader");
            Object loaded = policyLoader
                    .getMethod("load", List.class)
                    .invoke(policyLoader.getConstructor().newInstance(), List.of(policyDir));
            Class<?> views = loader.loadClass("dev.pledge.generator.model.PolicyViews");
            Method of = views.getMethod("of", loader.loadClass("dev.pledge.dsl.load.LoadResult"), String.class);
            Object policy = of.invoke(null, loaded, null);
            Class<?> optionsType = loader.loadClass("dev.pledge.scanner.ScanOptions");
            Object options = optionsType.getMethod("defaults").invoke(null);
            options = optionsType.getMethod("withThreads", int.class).invoke(options, threads);
            Class<?> requestType = loader.loadClass("dev.pledge.scanner.ScanRequest");
            Constructor<?> constructor = requestType.getConstructor(
                    loader.loadClass("dev.pledge.generator.model.Policy"), List.class, optionsType, List.class);
            Object scanRequest = constructor.newInstance(policy, roots, options, dependencies);
            Object scanning = loader.loadClass("dev.pledge.scanner.Scanner")
                    .getConstructor()
                    .newInstance();
            return new Object[] {scanning, scanning.getClass().getMethod("scan", requestType), scanRequest};
        });
        scanner = made[0];
        scan = (Method) made[1];
        request = made[2];
    }

    /** One whole scan; returns the other build's {@code ScanResult}. */
    Object scan() throws Exception {
        return inLoader(() -> scan.invoke(scanner, request));
    }

    /** How many findings a result of the other build has. */
    static int findings(Object result) throws Exception {
        return ((List<?>) result.getClass().getMethod("findings").invoke(result)).size();
    }

    private <T> T inLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
