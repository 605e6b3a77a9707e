package org.budgetdisclosure.performance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.budgetdisclosure.performance.rest.FormResource;
import org.budgetdisclosure.performance.rest.UnitResource;
import org.budgetdisclosure.performance.security.Roles;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every resource method that writes names its roles: drafts are written by editor or admin (docs/identity.md). */
class WriteOperationsAreGuardedTest {

    @Test
    void everyWriteMethodAllowsEditorAndAdminOnly() {
        List<Method> writes = Stream.of(FormResource.class, UnitResource.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class))
                .toList();
        assertThat(writes).hasSize(6);
        for (Method write : writes) {
            assertThat(write.getAnnotation(RolesAllowed.class)).as(write.getName()).isNotNull();
            assertThat(write.getAnnotation(RolesAllowed.class).value()).as(write.getName())
                    .containsExactlyInAnyOrder(Roles.EDITOR, Roles.ADMIN);
        }
    }
}
