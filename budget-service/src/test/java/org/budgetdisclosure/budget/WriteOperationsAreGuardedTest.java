package org.budgetdisclosure.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.budgetdisclosure.budget.rest.BudgetResource;
import org.budgetdisclosure.budget.rest.RevisionResource;
import org.budgetdisclosure.budget.rest.ClassificationResource;
import org.budgetdisclosure.budget.rest.UnitResource;
import org.budgetdisclosure.budget.security.Roles;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource method that writes names its roles (docs/identity.md): drafts are written by editor, publisher
 * or admin; revisions are frozen and withdrawn by publisher or admin; units and catalogues, reference data, by admin only.
 */
class WriteOperationsAreGuardedTest {

    @Test
    void everyWriteMethodNamesItsRoles() {
        List<Method> writes = Stream.of(BudgetResource.class, RevisionResource.class, UnitResource.class, ClassificationResource.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class))
                .toList();
        assertThat(writes).hasSize(8);
        for (Method write : writes) {
            RolesAllowed roles = write.getAnnotation(RolesAllowed.class);
            assertThat(roles).as(write.toString()).isNotNull();
            if (write.getDeclaringClass() == RevisionResource.class) {
                assertThat(roles.value()).as(write.getName()).containsExactlyInAnyOrder(Roles.PUBLISHER, Roles.ADMIN);
            } else if (write.getDeclaringClass() == BudgetResource.class) {
                assertThat(roles.value()).as(write.getName()).containsExactlyInAnyOrder(Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN);
            } else {
                assertThat(roles.value()).as(write.toString()).containsExactly(Roles.ADMIN);
            }
        }
    }
}
