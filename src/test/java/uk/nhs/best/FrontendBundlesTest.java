package uk.nhs.best;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.server.Platform;
import com.vaadin.flow.server.frontend.BundleValidationUtil;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The committed frontend bundles (src/main/bundles) still match what they were built from: our
 * {@code @NpmPackage} versions, our {@code @JsModule} files and everything in frontend/, and this
 * Vaadin version. Vaadin makes the same checks when the portal starts or is packaged, and on a
 * mismatch tries to build a bundle with Node 24, which these machines don't have; this test says
 * what to do instead, before the packaging starts (decision 0001).
 */
class FrontendBundlesTest {

    private static final String STALE = "The committed frontend bundle is stale: run scripts/build-frontend-bundles.sh"
            + " and commit src/main/bundles. ";
    private static final Path BUNDLES = Path.of("src/main/bundles");
    private static final Path FRONTEND = Path.of("frontend");

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void theBundleHasOurNpmPackagesAndFrontendFilesAsTheyAreNow(String bundle) throws IOException {
        JsonNode stats = read(bundle, "config/stats.json");
        List<String> changes = new ArrayList<>();
        for (NpmPackage npm : ourAnnotations(NpmPackage.class, NpmPackage.Container.class)) {
            JsonNode built = stats.path("packageJsonDependencies").path(npm.value());
            if (!npm.version().equals(built.asString(null))) {
                changes.add("@NpmPackage " + npm.value() + " " + npm.version() + " (the bundle has "
                        + built.asString("none") + ")");
            }
        }
        List<String> imports = stats.path("bundleImports").valueStream().map(JsonNode::asString).toList();
        for (JsModule module : ourAnnotations(JsModule.class, JsModule.Container.class)) {
            if (module.value().startsWith("./") && !imports.contains("Frontend/" + module.value().substring(2))) {
                changes.add("@JsModule " + module.value() + " (not in the bundle)");
            }
        }
        for (Path file : frontendFiles()) {
            String name = FRONTEND.relativize(file).toString().replace('\\', '/');
            String hash = BundleValidationUtil.calculateHash(Files.readString(file));
            if (!hash.equals(stats.path("frontendHashes").path(name).asString(null))) {
                changes.add("frontend/" + name + " (changed, or new since the bundle was built)");
            }
        }
        assertThat(changes).withFailMessage(() -> STALE + bundle + " differs in: " + String.join("; ", changes))
                .isEmpty();
    }

    @Test
    void bothBundlesWereBuiltTogetherWithThisVaadinVersion() throws IOException {
        String vaadin = Platform.getVaadinVersion().orElseThrow();
        assertThat(read("dev.bundle", "vaadin.json").path("version").asString())
                .withFailMessage(STALE + "dev.bundle was built with another Vaadin version than " + vaadin)
                .isEqualTo(vaadin);
        assertThat(read("prod.bundle", "config/stats.json").path("packageJsonHash"))
                .withFailMessage(STALE + "dev.bundle and prod.bundle were built from different package.json files")
                .isEqualTo(read("dev.bundle", "config/stats.json").path("packageJsonHash"));
    }

    private static JsonNode read(String bundle, String entry) throws IOException {
        Path file = BUNDLES.resolve(bundle);
        assertThat(file).withFailMessage(STALE + file + " is missing").exists();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var zipEntry = zip.getEntry(entry);
            assertThat(zipEntry).withFailMessage(STALE + file + " has no " + entry).isNotNull();
            return new ObjectMapper().readTree(zip.getInputStream(zipEntry));
        }
    }

    /** Our files in frontend/; Vaadin regenerates generated/ on every run. */
    private static List<Path> frontendFiles() throws IOException {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(FRONTEND.resolve("generated")))
                    .toList();
        }
    }

    /** The annotations, repeated or not, written on the portal's own classes (not inherited from Vaadin's). */
    private static <A extends Annotation> List<A> ourAnnotations(Class<A> type, Class<? extends Annotation> container) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(type, false, false));
        scanner.addIncludeFilter(new AnnotationTypeFilter(container, false, false));
        List<A> found = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents(BestPortalApplication.class.getPackageName())) {
            try {
                found.addAll(List.of(Class.forName(definition.getBeanClassName()).getDeclaredAnnotationsByType(type)));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(found).withFailMessage("Found no @" + type.getSimpleName() + " on the portal's classes: this"
                + " test's scan is broken, or the portal has no frontend of its own any more (then delete"
                + " src/main/bundles and this test)").isNotEmpty();
        return found;
    }
}
