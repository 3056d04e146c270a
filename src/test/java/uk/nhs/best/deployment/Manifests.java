package uk.nhs.best.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading rendered manifests: what a test asks of a resource. */
final class Manifests {

    static final Path K8S = Path.of("k8s");

    private Manifests() {
    }

    /** The pod template's containers of a Deployment or Job; none for other kinds. */
    static List<Map<String, Object>> containers(Map<String, Object> resource) {
        if (!List.of("Deployment", "Job").contains(resource.get("kind"))) {
            return List.of();
        }
        return Kustomize.Yamls.list(at(resource, "spec", "template", "spec").get("containers"));
    }

    /** The map at a path of keys, created empty where missing (so a missing one fails on its content). */
    static Map<String, Object> at(Map<String, Object> resource, String... keys) {
        Map<String, Object> current = resource;
        for (String key : keys) {
            current = Kustomize.Yamls.map(current, key);
        }
        return current;
    }

    /** An env variable's plain value, if it has one (rather than one from a ConfigMap or Secret). */
    static Optional<String> envValue(Map<String, Object> container, String name) {
        return Kustomize.Yamls.<Map<String, Object>>list(container.get("env")).stream()
                .filter(env -> name.equals(env.get("name")))
                .map(env -> (String) env.get("value"))
                .findFirst();
    }
}
