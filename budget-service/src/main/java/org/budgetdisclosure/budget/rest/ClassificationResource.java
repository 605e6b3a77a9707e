package org.budgetdisclosure.budget.rest;

import org.budgetdisclosure.budget.Limits;
import jakarta.annotation.security.RolesAllowed;
import org.budgetdisclosure.budget.security.Roles;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.catalogue.ClassificationScheme;
import org.budgetdisclosure.budget.service.CatalogueService;
import org.budgetdisclosure.budget.service.InvalidRequestException;
import org.budgetdisclosure.budget.service.NotFoundException;
import org.budgetdisclosure.budget.validation.BudgetDocumentRules;
import org.budgetdisclosure.budget.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The reference catalogues: functional and economic classifications per fiscal year, their mapping, the funding sources. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications", description = "Reference catalogues (政府收支分类科目) by fiscal year, and funding sources")
public class ClassificationResource {

    private final CatalogueService catalogues;

    ClassificationResource(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    @Schema(description = "A classification entry with its children down to the requested depth")
    public record ClassificationNode(@Schema(example = "208", maxLength = Limits.CLASSIFICATION_CODE, pattern = Limits.CLASSIFICATION_CODE_PATTERN) String code,
                                     @Schema(example = "社会保障和就业支出", maxLength = Limits.NAME) String name,
                                     @Schema(example = "1", minimum = "1", maximum = "3") int level,
                                     @Schema(nullable = true, maxLength = Limits.CLASSIFICATION_CODE) String parentCode,
                                     @Schema(description = "At most 100: a child adds two digits to its parent's code", maxItems = Limits.CHILDREN) List<ClassificationNode> children) {
    }

    public record CatalogueEntry(@Schema(example = "FUNCTIONAL", maxLength = Limits.LABEL) String scheme,
                                 @Schema(example = "2025", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
                                 @Schema(example = "93", minimum = "0", maximum = "20000") int entries) {
    }

    public record MappingEntry(@Schema(example = "30101", maxLength = 5, pattern = Limits.ECONOMIC_ITEM_PATTERN) String departmentCode,
                               @Schema(example = "基本工资", maxLength = Limits.NAME) String departmentName,
                               @Schema(example = "50101", maxLength = 5, pattern = Limits.ECONOMIC_ITEM_PATTERN) String governmentCode,
                               @Schema(example = "工资奖金津补贴", maxLength = Limits.NAME) String governmentName) {
    }

    public record FundingSourceEntry(@Schema(example = "GENERAL_PUBLIC_BUDGET", maxLength = Limits.LABEL) String code,
                                     @Schema(example = "一般公共预算", maxLength = Limits.LABEL) String name,
                                     @Schema(description = "财政拨款") boolean fiscalAppropriation) {
    }

    public record ImportResult(@Schema(maxLength = Limits.LABEL) String scheme,
                               @Schema(minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
                               @Schema(minimum = "0", maximum = "20000") int entries) {
    }

    @GET
    @Path("/classifications")
    @Operation(summary = "Which catalogues exist", description = "Every (scheme, year) catalogue held, with its number of entries.")
    @APIResponse(responseCode = "200", description = "The catalogues",
            content = @Content(schema = @Schema(implementation = CatalogueEntry.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = Limits.CATALOGUES)))
    public List<CatalogueEntry> index() {
        List<CatalogueEntry> entries = new ArrayList<>();
        catalogues.index().forEach((key, count) -> {
            String[] parts = key.split("/");
            entries.add(new CatalogueEntry(parts[0], Integer.parseInt(parts[1]), count));
        });
        return entries;
    }

    @GET
    @Path("/classifications/{scheme}/{year}")
    @Operation(summary = "A catalogue as a tree", description = "Entries of one scheme and year as a tree, from the root or from one code, down to a depth.")
    @APIResponse(responseCode = "200", description = "The tree",
            content = @Content(schema = @Schema(implementation = ClassificationNode.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = Limits.CLASSES),
                    examples = @ExampleObject(name = "208 to depth 3", value = Examples.CLASSIFICATION_TREE)))
    @APIResponse(responseCode = "404", description = "No such scheme, year or code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "depth out of range", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public List<ClassificationNode> tree(
            @Parameter(description = "functional, department-economic or government-economic", example = "functional", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"functional", "department-economic", "government-economic"})) @PathParam("scheme") String scheme,
            @Parameter(example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
            @Parameter(description = "Levels to include, 1 to 3 (default 3)", example = "2", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "3")) @QueryParam("depth") Integer depth,
            @Parameter(description = "Start below this code instead of the root (a code that is not in the catalogue: 404)", example = "208", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = Limits.CLASSIFICATION_CODE, pattern = Limits.CLASSIFICATION_CODE_PATTERN)) @QueryParam("root") String root) {
        int levels = depth == null ? 3 : depth;
        if (levels < 1 || levels > 3) {
            throw new InvalidRequestException("depth is out of range", List.of(new FieldError("depth", "must be 1, 2 or 3")));
        }
        List<Classification> entries = entries(scheme, year);
        if (root == null) {
            return entries.stream().filter(c -> c.level() == 1).map(c -> node(c, entries, levels)).toList();
        }
        Classification start = entries.stream().filter(c -> c.code().equals(root)).findFirst()
                .orElseThrow(() -> new NotFoundException("No code " + root + " in the " + year + " " + scheme + " catalogue"));
        return List.of(node(start, entries, levels));
    }

    @GET
    @Path("/classifications/{scheme}/{year}/{code}")
    @Operation(summary = "Look up one code", description = "The entry with its children down to the given depth (default: the entry alone).")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = ClassificationNode.class),
            examples = @ExampleObject(name = "2150805", value = Examples.CLASSIFICATION)))
    @APIResponse(responseCode = "404", description = "Unknown code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ClassificationNode lookup(@Parameter(description = "functional, department-economic or government-economic", example = "functional", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"functional", "department-economic", "government-economic"})) @PathParam("scheme") String scheme,
                                     @Parameter(example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                                     @Parameter(description = "A 3, 5 or 7-digit code (anything else is not in the catalogue: 404)", example = "2150805", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = Limits.CLASSIFICATION_CODE, pattern = Limits.CLASSIFICATION_CODE_PATTERN)) @PathParam("code") String code,
                                     @Parameter(description = "Levels below the entry to include, 0 to 2", example = "0", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "2")) @QueryParam("depth") Integer depth) {
        List<Classification> entries = entries(scheme, year);
        Classification entry = entries.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("No code " + code + " in the " + year + " " + scheme + " catalogue"));
        int below = depth == null ? 0 : depth;
        if (below < 0 || below > 2) {
            throw new InvalidRequestException("depth is out of range", List.of(new FieldError("depth", "must be 0, 1 or 2")));
        }
        return node(entry, entries, entry.level() + below);
    }

    @PUT
    @Path("/classifications/{scheme}/{year}")
    @Consumes("text/csv")
    @Operation(summary = "Load a complete year's catalogue from a file",
            description = "Replaces the catalogue of one scheme and year with a UTF-8 CSV file (code,name,level,parent_code; level 类/款/项). "
                    + "The file is checked whole first (codes unique, digits of the right length for their level, every entry under its parent); "
                    + "nothing changes if any line is wrong. An import is a whole, authoritative file, not an edit of what was read: it takes no "
                    + "If-Match and the last import wins; each is recorded in the audit log. Published revisions never change with a catalogue.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = Limits.CSV), examples = @ExampleObject(name = "excerpt", value = Examples.CATALOGUE_CSV)))
    @APIResponse(responseCode = "200", description = "Loaded", content = @Content(schema = @Schema(implementation = ImportResult.class),
            examples = @ExampleObject(name = "2025", value = Examples.IMPORT_RESULT)))
    @APIResponse(responseCode = "404", description = "Unknown scheme", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The file has errors (each line named)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_CATALOGUE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_REFERENCE_PROBLEM),
                    @ExampleObject(name = "scope", value = Examples.FORBIDDEN_NO_UNIT_PROBLEM)}))
    public ImportResult importCatalogue(@Parameter(description = "functional, department-economic or government-economic", example = "functional", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"functional", "department-economic", "government-economic"})) @PathParam("scheme") String scheme,
                                        @Parameter(example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year, byte[] csv) {
        checkYear(year);
        ClassificationScheme parsed = scheme(scheme);
        return new ImportResult(parsed.name(), year, catalogues.replaceClassifications(parsed, year, utf8(csv)));
    }

    @GET
    @Path("/economic-mappings/{year}")
    @Operation(summary = "Department → government economic items (对照表)", description = "Which 政府预算支出经济分类 item each 部门预算支出经济分类 item maps to.")
    @APIResponse(responseCode = "200", description = "The mapping",
            content = @Content(schema = @Schema(implementation = MappingEntry.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = Limits.CATALOGUE_ENTRIES)))
    public List<MappingEntry> mapping(@Parameter(example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year) {
        Map<String, String> names = new java.util.HashMap<>();
        catalogues.entries(ClassificationScheme.DEPARTMENT_ECONOMIC, year).forEach(c -> names.put("d" + c.code(), c.name()));
        catalogues.entries(ClassificationScheme.GOVERNMENT_ECONOMIC, year).forEach(c -> names.put("g" + c.code(), c.name()));
        return catalogues.mapping(year).entrySet().stream()
                .map(e -> new MappingEntry(e.getKey(), names.get("d" + e.getKey()), e.getValue(), names.get("g" + e.getValue()))).toList();
    }

    @PUT
    @Path("/economic-mappings/{year}")
    @Consumes("text/csv")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = Limits.CSV)))
    @Operation(summary = "Load a year's economic mapping from a file", description = "CSV dept_code,gov_code; both codes must exist in that year's catalogues.")
    @APIResponse(responseCode = "200", description = "Loaded", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "422", description = "The file has errors", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_CATALOGUE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_REFERENCE_PROBLEM),
                    @ExampleObject(name = "scope", value = Examples.FORBIDDEN_NO_UNIT_PROBLEM)}))
    public ImportResult importMapping(@Parameter(example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year, byte[] csv) {
        checkYear(year);
        return new ImportResult("ECONOMIC_MAPPING", year, catalogues.replaceMapping(year, utf8(csv)));
    }

    @GET
    @Path("/funding-sources")
    @Operation(summary = "The funding sources", description = "资金来源, in the order the tables print them; the first three are 财政拨款.")
    @APIResponse(responseCode = "200", description = "The sources",
            content = @Content(schema = @Schema(implementation = FundingSourceEntry.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = 5),
                    examples = @ExampleObject(name = "excerpt", value = Examples.FUNDING_SOURCES)))
    public List<FundingSourceEntry> fundingSources() {
        return Arrays.stream(FundingSource.values())
                .map(s -> new FundingSourceEntry(s.name(), s.label(), s.isFiscalAppropriation())).toList();
    }

    private List<Classification> entries(String scheme, int year) {
        List<Classification> entries = catalogues.entries(scheme(scheme), year);
        if (entries.isEmpty()) {
            throw new NotFoundException("No " + scheme + " catalogue for " + year);
        }
        return entries;
    }

    private static ClassificationNode node(Classification entry, List<Classification> all, int maxLevel) {
        List<ClassificationNode> children = entry.level() >= maxLevel ? List.of() : all.stream()
                .filter(c -> entry.code().equals(c.parentCode()))
                .map(c -> node(c, all, maxLevel)).toList();
        return new ClassificationNode(entry.code(), entry.name(), entry.level(), entry.parentCode(), children);
    }

    private static ClassificationScheme scheme(String path) {
        return ClassificationScheme.bySlug(path).orElseThrow(() -> new NotFoundException("No scheme " + path + "; schemes: "
                + Arrays.stream(ClassificationScheme.values()).map(ClassificationScheme::slug).collect(java.util.stream.Collectors.joining(", "))));
    }

    /** Catalogue files are UTF-8, whatever charset a client claims. */
    private static String utf8(byte[] body) {
        return body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void checkYear(int year) {
        if (!BudgetDocumentRules.isValidYear(year)) {
            throw new InvalidRequestException("The fiscal year is out of range", List.of(new FieldError("fiscalYear",
                    "must be between " + BudgetDocumentRules.MIN_YEAR + " and " + BudgetDocumentRules.MAX_YEAR)));
        }
    }
}
