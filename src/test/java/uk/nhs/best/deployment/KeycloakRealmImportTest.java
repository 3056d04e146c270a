package uk.nhs.best.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The cluster's realm is the repository's ({@code keycloak/best-realm.json}) without its demo
 * users, with the client secret and the portal's address filled in by the Keycloak Operator
 * from a Secret. After changing the realm, regenerate the import:
 * {@code ./mvnw test -Dtest=KeycloakRealmImportTest -Dbest.k8s.write-realm-import=true}.
 */
class KeycloakRealmImportTest {

    private static final Path REALM = Path.of("keycloak", "best-realm.json");
    private static final Path IMPORT = Manifests.K8S.resolve("base").resolve("keycloak-realm-import.yaml");
    private static final String DEMO_PORTAL = "http://localhost:8080";
    private static final String DEMO_CLIENT_SECRET = "best-portal-demo-secret";

    @Test
    void theRealmImportIsTheRepositorysRealmWithoutDemoUsersOrSecrets() throws IOException {
        Map<String, Object> expected = realmImport();
        if (Boolean.getBoolean("best.k8s.write-realm-import")) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setWidth(120);
            Files.writeString(IMPORT, "# Generated from keycloak/best-realm.json by KeycloakRealmImportTest: do not edit.\n"
                    + new Yaml(options).dump(expected));
        }
        assertThat(Kustomize.Yamls.load(IMPORT)).as("regenerate " + IMPORT + " (see KeycloakRealmImportTest)")
                .containsExactly(expected);

        Map<String, Object> realm = Manifests.at(expected, "spec", "realm");
        assertThat(realm).doesNotContainKey("users").containsEntry("realm", "best");
        assertThat(new Yaml().dump(realm)).doesNotContain(DEMO_PORTAL, DEMO_CLIENT_SECRET)
                .contains("${BEST_PORTAL_URL}/login/oauth2/code/keycloak", "${BEST_PORTAL_CLIENT_SECRET}");
    }

    /** The KeycloakRealmImport resource made from the repository's realm. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> realmImport() throws IOException {
        // Placeholders the operator replaces with the Secret's values when it imports the realm.
        String json = Files.readString(REALM)
                .replace(DEMO_PORTAL, "${BEST_PORTAL_URL}")
                .replace('"' + DEMO_CLIENT_SECRET + '"', "\"${BEST_PORTAL_CLIENT_SECRET}\"");
        Map<String, Object> realm = new Yaml().load(json);
        realm.remove("users");

        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "best-realm"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", "best-keycloak");
        spec.put("placeholders", Map.of(
                "BEST_PORTAL_URL", secretKey("portal-url"),
                "BEST_PORTAL_CLIENT_SECRET", secretKey("client-secret")));
        spec.put("realm", realm);
        resource.put("spec", spec);
        return (Map<String, Object>) new Yaml().load(new Yaml().dump(resource));
    }

    private static Map<String, Object> secretKey(String key) {
        return Map.of("secret", Map.of("name", "best-portal-keycloak", "key", key));
    }
}
