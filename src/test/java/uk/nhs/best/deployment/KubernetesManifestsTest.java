package uk.nhs.best.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.best.deployment.Manifests.K8S;
import static uk.nhs.best.deployment.Manifests.at;
import static uk.nhs.best.deployment.Manifests.containers;
import static uk.nhs.best.deployment.Manifests.envValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests in {@code k8s/}: they parse, the overlays render, and what running
 * several replicas needs is there (docs/deployment.md, docs/decisions/0008-kubernetes.md).
 */
class KubernetesManifestsTest {

    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|PRIVATE");

    @Test
    void everyManifestParsesAndNamesItsKind() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(15);
        for (Path file : files) {
            List<Map<String, Object>> documents = Kustomize.Yamls.load(file);
            assertThat(documents).as(file.toString()).isNotEmpty();
            documents.forEach(document -> assertThat(document).as(file.toString()).containsKeys("apiVersion", "kind"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDeploymentProbesHealthGroupsAndHasRequestsAndLimits(String overlay) {
        List<Map<String, Object>> resources = render(overlay);
        Map<String, Object> portal = single(containers(deployment(resources)));

        assertThat(at(portal, "startupProbe", "httpGet").get("path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(portal, "livenessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(portal, "readinessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/readiness");
        assertThat(at(portal, "readinessProbe", "httpGet").get("port")).isEqualTo("http");
        for (Map<String, Object> resource : resources) {
            for (Map<String, Object> container : containers(resource)) {
                assertThat(at(container, "resources", "requests")).as(Kustomize.name(resource)).containsKeys("cpu", "memory");
                assertThat(at(container, "resources", "limits")).as(Kustomize.name(resource)).containsKey("memory");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressKeepsEachBrowserOnItsPodAndPushConnectionsOpen(String overlay) {
        List<Map<String, Object>> resources = render(overlay);
        Map<String, Object> annotations = at(Kustomize.find(resources, "Ingress", "best-portal"), "metadata", "annotations");

        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-http-version", "1.1");
        // Longer than Vaadin's heartbeat (300 s by default), so an idle push WebSocket stays open.
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            assertThat(Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/" + timeout)))
                    .as(timeout).isGreaterThan(300);
        }
        Map<String, Object> rule = single(Kustomize.Yamls.list(at(Kustomize.find(resources, "Ingress", "best-portal"),
                "spec").get("rules")));
        Map<String, Object> path = single(Kustomize.Yamls.list(at(rule, "http").get("paths")));
        Kustomize.find(resources, "Service", (String) at(path, "backend", "service").get("name"));
    }

    @Test
    void productionIsSecureCookiedReplicatedAndBackedUp() {
        List<Map<String, Object>> resources = render("prod");

        assertThat((Integer) at(deployment(resources), "spec").get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) at(Kustomize.find(resources, "HorizontalPodAutoscaler", "best-portal"), "spec")
                .get("minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat(at(Kustomize.find(resources, "Ingress", "best-portal"), "metadata", "annotations"))
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true");
        assertThat(single(containers(deployment(resources))).get("image"))
                .isEqualTo("registry.example.org/best/best-portal:0.1.0");

        Map<String, Object> mariadb = at(Kustomize.find(resources, "MariaDB", "best-mariadb"), "spec");
        assertThat(mariadb.get("replicas")).isEqualTo(3);
        assertThat(at(mariadb, "galera").get("enabled")).isEqualTo(true);
        Map<String, Object> backup = at(Kustomize.find(resources, "Backup", "best-mariadb-nightly"), "spec");
        assertThat(at(backup, "mariaDbRef").get("name")).isEqualTo("best-mariadb");
        assertThat(at(backup, "schedule").get("cron")).isNotNull();
        assertThat(at(backup, "storage")).containsKey("persistentVolumeClaim");
        assertThat(at(Kustomize.find(resources, "Keycloak", "best-keycloak"), "spec").get("instances")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void disruptionBudgetAndAutoscalerCoverThePortal(String overlay) {
        List<Map<String, Object>> resources = render(overlay);
        Map<String, Object> podLabels = at(deployment(resources), "spec", "template", "metadata", "labels");

        Map<String, Object> budget = at(Kustomize.find(resources, "PodDisruptionBudget", "best-portal"), "spec");
        assertThat(podLabels).containsAllEntriesOf(at(budget, "selector", "matchLabels"));
        assertThat(budget).containsKey("maxUnavailable");
        Map<String, Object> autoscaler = at(Kustomize.find(resources, "HorizontalPodAutoscaler", "best-portal"), "spec");
        assertThat(at(autoscaler, "scaleTargetRef")).containsEntry("kind", "Deployment").containsEntry("name", "best-portal");
        assertThat((Integer) autoscaler.get("maxReplicas")).isGreaterThan((Integer) autoscaler.get("minReplicas"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void thePortalTakesRequestsOnlyFromTheIngressAndTalksOnlyToMariaDbKeycloakAndDns(String overlay) {
        List<Map<String, Object>> resources = render(overlay);
        Map<String, Object> policy = at(Kustomize.find(resources, "NetworkPolicy", "best-portal"), "spec");

        assertThat(at(deployment(resources), "spec", "template", "metadata", "labels"))
                .containsAllEntriesOf(at(policy, "podSelector", "matchLabels"));
        assertThat(at(Kustomize.find(resources, "Job", "best-portal-migrate"), "spec", "template", "metadata", "labels"))
                .as("the migration Job is held to the same rules").containsAllEntriesOf(at(policy, "podSelector", "matchLabels"));
        assertThat(Kustomize.Yamls.<String>list(policy.get("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");

        Map<String, Object> ingress = single(Kustomize.Yamls.list(policy.get("ingress")));
        assertThat(single(Kustomize.Yamls.<Map<String, Object>>list(ingress.get("from"))))
                .isEqualTo(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx"))));
        assertThat(ports(ingress)).containsExactly(8080);

        List<Map<String, Object>> egress = Kustomize.Yamls.list(policy.get("egress"));
        Set<String> destinations = new TreeSet<>();
        for (Map<String, Object> rule : egress) {
            Map<String, Object> to = single(Kustomize.Yamls.list(rule.get("to")));
            destinations.add(to.values().iterator().next().toString() + " " + ports(rule));
        }
        assertThat(destinations).containsExactlyInAnyOrder(
                "{matchLabels={app.kubernetes.io/instance=best-mariadb}} [3306]",
                "{matchLabels={app.kubernetes.io/instance=best-keycloak}} [8080]",
                "{matchLabels={kubernetes.io/metadata.name=ingress-nginx}} [443]",
                "{matchLabels={kubernetes.io/metadata.name=kube-system}} [53, 53]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheMigrationJobMigrates(String overlay) {
        List<Map<String, Object>> resources = render(overlay);
        Map<String, Object> portal = single(containers(deployment(resources)));
        Map<String, Object> migrate = single(containers(Kustomize.find(resources, "Job", "best-portal-migrate")));

        assertThat(envValue(portal, "SPRING_FLYWAY_ENABLED")).contains("false");
        assertThat(envValue(migrate, "SPRING_FLYWAY_ENABLED")).contains("true");
        assertThat(envValue(migrate, "SPRING_PROFILES_ACTIVE")).contains("migrate");
        assertThat(migrate.get("image")).isEqualTo(portal.get("image"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configurationComesFromTheConfigMapAndSecretsOnlyByName(String overlay) throws IOException {
        List<Map<String, Object>> resources = render(overlay);
        assertThat(resources).noneMatch(resource -> "Secret".equals(resource.get("kind")));
        for (Map<String, Object> resource : resources) {
            for (Map<String, Object> container : containers(resource)) {
                for (Map<String, Object> envFrom : Kustomize.Yamls.<Map<String, Object>>list(container.get("envFrom"))) {
                    Kustomize.find(resources, "ConfigMap", (String) at(envFrom, "configMapRef").get("name"));
                }
                for (Map<String, Object> env : Kustomize.Yamls.<Map<String, Object>>list(container.get("env"))) {
                    if (SECRET_NAME.matcher((String) env.get("name")).find()) {
                        assertThat(at(env, "valueFrom")).as((String) env.get("name")).containsKey("secretKeyRef");
                    }
                }
            }
        }
        Map<String, Object> config = at(Kustomize.find(resources, "ConfigMap", "best-portal-config"), "data");
        assertThat(config).containsKeys("SPRING_DATASOURCE_URL", "BEST_KEYCLOAK_ISSUER_URI")
                .allSatisfy((name, value) -> assertThat(SECRET_NAME.matcher(name).find()).as(name).isFalse());

        // Every Secret the manifests use is one that docs/deployment.md tells the operator to create.
        String guide = Files.readString(Path.of("docs", "deployment.md"));
        Set<String> secrets = new TreeSet<>();
        resources.forEach(resource -> collectSecretNames(resource, null, secrets));
        assertThat(secrets).contains("best-portal-db", "best-portal-keycloak", "best-mariadb-root", "best-keycloak-db")
                .allSatisfy(secret -> assertThat(guide).contains("`" + secret + "`"));
    }

    @Test
    void noManifestHoldsTheDemoPasswordsOrPasswordHashes() throws IOException {
        for (Path file : yamlFiles()) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("best-demo", "best-portal-demo-secret", "secretData", "\"credentials\"");
        }
    }

    /** Names of Secrets referred to anywhere: secretKeyRef, *SecretKeyRef, usernameSecret, placeholders' secret... */
    @SuppressWarnings("unchecked")
    private static void collectSecretNames(Object node, String key, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            if (key != null && (key.endsWith("SecretKeyRef") || key.equals("secretKeyRef") || key.endsWith("Secret")
                    || key.equals("secret")) && map.get("name") instanceof String name) {
                names.add(name);
            }
            ((Map<String, Object>) map).forEach((k, v) -> collectSecretNames(v, k, names));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectSecretNames(item, key, names));
        }
    }

    private static List<Integer> ports(Map<String, Object> rule) {
        List<Integer> ports = new ArrayList<>();
        Kustomize.Yamls.<Map<String, Object>>list(rule.get("ports")).forEach(port -> ports.add((Integer) port.get("port")));
        return ports;
    }

    static List<Map<String, Object>> render(String overlay) {
        return Kustomize.build(K8S.resolve("overlays").resolve(overlay));
    }

    private static Map<String, Object> deployment(List<Map<String, Object>> resources) {
        return Kustomize.find(resources, "Deployment", "best-portal");
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
