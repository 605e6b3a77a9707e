package org.budgetdisclosure.gateway.render;

import org.budgetdisclosure.gateway.Disclosure;

import java.nio.charset.StandardCharsets;

public final class HtmlRenderer {
    private HtmlRenderer() {
    }

    public static byte[] render(Disclosure doc) {
        return ("<!doctype html><title>" + doc.title() + "</title>").getBytes(StandardCharsets.UTF_8);
    }
}
