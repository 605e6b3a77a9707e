package org.budgetdisclosure.gateway;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.upstream.AssetSnapshot;
import org.budgetdisclosure.gateway.upstream.BudgetDocument;
import org.budgetdisclosure.gateway.upstream.Figures;
import org.budgetdisclosure.gateway.upstream.Grid;
import org.budgetdisclosure.gateway.upstream.PerformanceSummary;
import org.budgetdisclosure.gateway.upstream.Unit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 情况说明 written from the data: every amount, share and change is taken from budget-service's figures,
 * performance-service's summary and asset-service's snapshot; the authored parts (reasons, other notes) are inserted
 * where they belong. The wording is a Qute template, {@code templates/explanations/standard.txt} (type-safe: its
 * expressions are checked against {@link ExplanationFacts} when the gateway is built); a region whose wording differs
 * has its own, {@code templates/explanations/<regionCode>.txt}, chosen by the unit's region code. No I/O.
 */
@ApplicationScoped
public class ExplanationWriter {

    /** Where the explanation templates are (also what {@link ExplanationMarkup} escapes values for). */
    static final String TEMPLATES = "explanations/";

    private static final Pattern REGION = Pattern.compile("[0-9A-Za-z_-]{1,32}");

    /** The sources. {@code performance} and {@code assets} are null when their service could not be reached. */
    public record Sources(Unit unit, BudgetDocument budget, Figures figures, PerformanceSummary performance,
                          List<Grid> forms, AssetSnapshot assets) {
    }

    public static final String PERFORMANCE = "performance";
    public static final String ASSETS = "assets";

    @CheckedTemplate(basePath = "explanations")
    static class Templates {
        /** The national standard wording (the seed's). */
        static native TemplateInstance standard(ExplanationFacts e);
    }

    @Inject
    Engine engine;

    /** Values inserted into the explanation templates are escaped for their line markup. */
    void configure(@Observes EngineBuilder builder) {
        builder.addResultMapper(ExplanationMarkup.escaping());
    }

    public Explanations write(Sources s, String regionCode) {
        String unit = s.unit() != null ? String.valueOf(s.unit().name())
                : s.budget().unitName() != null ? s.budget().unitName() : "本单位";
        ExplanationFacts facts = ExplanationFacts.of(s, unit);
        String text = template(regionCode, facts).render();
        return ExplanationMarkup.parse(text, s.forms() == null ? List.of() : s.forms().stream().map(Grid::printed).toList(),
                unit, Wording.date(s.budget().disclosureDate()));
    }

    /** The region's own wording when it has one, else the standard. */
    private TemplateInstance template(String regionCode, ExplanationFacts facts) {
        if (regionCode != null && REGION.matcher(regionCode).matches()) {
            Template regional = engine.getTemplate(TEMPLATES + regionCode);
            if (regional != null) {
                return regional.data("e", facts);
            }
        }
        return Templates.standard(facts);
    }
}
