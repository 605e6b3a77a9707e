package org.budgetdisclosure.gateway.render;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.nio.charset.StandardCharsets;

/**
 * The printable page, from the Qute templates {@code templates/disclosure/} (one per part of the document, escaped by
 * the engine as HTML): reads like the official document — title, 第一部分 … 第四部分 headings, the thirteen tables
 * bordered with their nested headers, the performance forms in their own layout. Long text wraps inside cells (no
 * fixed heights), tables take the page width, so nothing is clipped.
 */
public final class HtmlRenderer {

    @CheckedTemplate(basePath = "disclosure")
    static class Templates {
        static native TemplateInstance page(PageView p);
    }

    private HtmlRenderer() {
    }

    public static byte[] render(Printable printable) {
        return Templates.page(PageView.of(printable)).render().getBytes(StandardCharsets.UTF_8);
    }
}
