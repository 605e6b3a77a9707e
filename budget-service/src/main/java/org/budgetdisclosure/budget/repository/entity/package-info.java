/**
 * JPA entities mapped onto the Flyway schema (Flyway owns the DDL; Hibernate only validates it in tests).
 * They never leave the repository package: services and resources see the domain records.
 */
package org.budgetdisclosure.budget.repository.entity;
