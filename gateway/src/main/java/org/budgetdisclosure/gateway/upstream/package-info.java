/**
 * The gateway's own records of what it reads from budget-, performance- and asset-service: each with only the fields
 * the gateway uses, tolerant of any other field, money in yuan as {@link java.math.BigDecimal} and amounts in 万元 as
 * the exact string the service printed. The bytes of an answer are read once into these records, where they arrive
 * ({@code service.DisclosureAssembler#fetch}); the rules, the explanation writer and the renderers see nothing else.
 *
 * <p>A grid ({@link org.budgetdisclosure.gateway.upstream.Grid}) is read both ways: typed for the rules and renderers,
 * and kept as the service printed it, because the document serves tables and forms exactly as printed. Revision
 * metadata ({@link org.budgetdisclosure.gateway.upstream.RevisionItem}) and a finding's location are likewise passed on
 * as the service gave them.
 */
package org.budgetdisclosure.gateway.upstream;
