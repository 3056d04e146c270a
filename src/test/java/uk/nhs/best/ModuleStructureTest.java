package uk.nhs.best;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    /** Fails when a feature reaches into another's internals or features depend on each other in a cycle. */
    @Test
    void featuresOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(BestPortalApplication.class).verify();
    }
}
