package uk.nhs.best.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features {@code k8s/}
 * uses: resources (files and directories), namespace, patches (strategic merge, targeted by the
 * patch's kind and name), configMapGenerator (literals; create or merge) and images. A feature it
 * does not know fails the build rather than being ignored. Generated ConfigMaps keep their names
 * (kustomize adds a content hash to them and to their references alike).
 */
final class Kustomize {

    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "resources", "namespace", "patches",
            "configMapGenerator", "images");

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path directory) {
        Map<String, Object> kustomization = Yamls.load(directory.resolve("kustomization.yaml")).getFirst();
        for (String key : kustomization.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException(directory + ": kustomization field " + key + " is not rendered here");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String resource : Yamls.<String>list(kustomization.get("resources"))) {
            Path path = directory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                resources.addAll(Yamls.load(path));
            } else {
                throw new IllegalArgumentException(directory + ": resource " + resource + " does not exist");
            }
        }
        for (Map<String, Object> generator : Yamls.<Map<String, Object>>list(kustomization.get("configMapGenerator"))) {
            generateConfigMap(resources, generator);
        }
        for (Map<String, Object> patch : Yamls.<Map<String, Object>>list(kustomization.get("patches"))) {
            for (Map<String, Object> document : Yamls.load(directory.resolve((String) patch.get("path")))) {
                Map<String, Object> target = find(resources, (String) document.get("kind"), name(document));
                merge(target, document);
            }
        }
        for (Map<String, Object> image : Yamls.<Map<String, Object>>list(kustomization.get("images"))) {
            setImage(resources, image);
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            resources.forEach(resource -> Yamls.map(resource, "metadata").put("namespace", namespace));
        }
        return resources;
    }

    private static void generateConfigMap(List<Map<String, Object>> resources, Map<String, Object> generator) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String literal : Yamls.<String>list(generator.get("literals"))) {
            int equals = literal.indexOf('=');
            data.put(literal.substring(0, equals), literal.substring(equals + 1));
        }
        String name = (String) generator.get("name");
        if ("merge".equals(generator.get("behavior"))) {
            Yamls.map(find(resources, "ConfigMap", name), "data").putAll(data);
        } else {
            Map<String, Object> configMap = new LinkedHashMap<>();
            configMap.put("apiVersion", "v1");
            configMap.put("kind", "ConfigMap");
            configMap.put("metadata", new LinkedHashMap<>(Map.of("name", name)));
            configMap.put("data", data);
            resources.add(configMap);
        }
    }

    private static void setImage(List<Map<String, Object>> resources, Map<String, Object> image) {
        String replacement = image.get("newName") + ":" + image.get("newTag");
        for (Map<String, Object> resource : resources) {
            for (Map<String, Object> container : Manifests.containers(resource)) {
                String current = (String) container.get("image");
                if (current.equals(image.get("name")) || current.startsWith(image.get("name") + ":")) {
                    container.put("image", replacement);
                }
            }
        }
    }

    static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name) {
        return resources.stream()
                .filter(resource -> kind.equals(resource.get("kind")) && name.equals(name(resource)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + kind + " " + name));
    }

    static String name(Map<String, Object> resource) {
        return (String) Yamls.map(resource, "metadata").get("name");
    }

    /**
     * Strategic merge, as far as these manifests need it: maps merge, a null deletes, lists of
     * named items (containers, env) merge by name, other lists are replaced.
     */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (var entry : patch.entrySet()) {
            Object current = target.get(entry.getKey());
            Object change = entry.getValue();
            if (change == null) {
                target.remove(entry.getKey());
            } else if (current instanceof Map<?, ?> currentMap && change instanceof Map<?, ?> changeMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) changeMap);
            } else if (current instanceof List<?> currentList && change instanceof List<?> changeList
                    && named(currentList) && named(changeList)) {
                for (Object item : changeList) {
                    Map<String, Object> changed = (Map<String, Object>) item;
                    currentList.stream().map(existing -> (Map<String, Object>) existing)
                            .filter(existing -> Objects.equals(existing.get("name"), changed.get("name")))
                            .findFirst()
                            .ifPresentOrElse(existing -> merge(existing, changed),
                                    () -> ((List<Object>) currentList).add(changed));
                }
            } else {
                target.put(entry.getKey(), change);
            }
        }
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }

    /** YAML files of one or more documents. */
    static final class Yamls {

        private Yamls() {
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> load(Path file) {
            try {
                List<Map<String, Object>> documents = new ArrayList<>();
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document != null) {
                        documents.add((Map<String, Object>) document);
                    }
                }
                return documents;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        static <T> List<T> list(Object value) {
            return value == null ? List.of() : (List<T>) value;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Map<String, Object> parent, String key) {
            return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
        }
    }
}
