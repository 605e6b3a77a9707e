package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * How an explanation template's output is read into {@link Explanations}. The template writes lines:
 * <ul>
 *     <li>{@code #title …}, {@code #section <n> <title>}, {@code #subsection <title>}, {@code #missing <part>} (the
 *     section's data could not be fetched), {@code #forms} (the performance forms go with this section): directives;</li>
 *     <li>an empty line: the end of a paragraph;</li>
 *     <li>any other line: text of the current paragraph; its lines are stripped and joined without a space, so a
 *     sentence can be laid out over several template lines (Chinese text has no spaces between words).</li>
 * </ul>
 * A value a template inserts ({@code {e.unit}}, an authored reason …) is escaped by the engine for these templates
 * ({@link #escaping}, registered by {@link ExplanationWriter}): its line breaks, white space and {@code #} cannot end a paragraph, be stripped or start a
 * directive; they are restored in the text read.
 */
final class ExplanationMarkup {

    /** Marks an escaped character in a value; followed by its UTF-16 code as four hex digits. */
    static final char ESCAPE = '\uE000';

    private ExplanationMarkup() {
    }

    static ResultMapper escaping() {
        return new ResultMapper() {
            @Override
            public int getPriority() {
                return 20; // before the engine's own (the HTML escaper is 10), which this template kind does not use
            }

            @Override
            public boolean appliesTo(io.quarkus.qute.TemplateNode.Origin origin, Object result) {
                return !(result instanceof RawString) && origin.getTemplateId() != null
                        && origin.getTemplateId().startsWith(ExplanationWriter.TEMPLATES);
            }

            @Override
            public String map(Object result, io.quarkus.qute.Expression expression) {
                return escape(result.toString());
            }
        };
    }

    static String escape(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean special = c == ESCAPE || c == '#' || Character.isWhitespace(c);
            if (special && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (special) {
                    out.append(ESCAPE).append(String.format("%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    static String unescape(String text) {
        int at = text.indexOf(ESCAPE);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, at);
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 4 < text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The explanations a template wrote; {@code forms} go with the section that says {@code #forms}. */
    static Explanations parse(String text, List<JsonNode> forms, String signatureName, String signatureDate) {
        Reader reader = new Reader(forms);
        for (String line : text.split("\n", -1)) {
            reader.line(line.strip());
        }
        reader.endParagraph();
        reader.endSection();
        return new Explanations(reader.title, List.copyOf(reader.sections), signatureName, signatureDate);
    }

    private static final class Reader {
        final List<JsonNode> forms;
        final List<Explanations.Section> sections = new ArrayList<>();
        String title;
        Integer number;
        String sectionTitle;
        List<String> paragraphs;
        List<Explanations.Subsection> subsections;
        String subsectionTitle;
        List<String> subsectionParagraphs;
        List<JsonNode> sectionForms;
        String missingPart;
        StringBuilder paragraph;

        Reader(List<JsonNode> forms) {
            this.forms = forms;
        }

        void line(String line) {
            if (line.isEmpty()) {
                endParagraph();
            } else if (line.startsWith("#")) {
                endParagraph();
                directive(line);
            } else {
                if (paragraph == null) {
                    paragraph = new StringBuilder();
                }
                paragraph.append(line);
            }
        }

        void directive(String line) {
            int space = line.indexOf(' ');
            String name = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : unescape(line.substring(space + 1).strip());
            switch (name) {
                case "#title" -> title = rest;
                case "#section" -> {
                    endSection();
                    int split = rest.indexOf(' ');
                    number = Integer.valueOf(split < 0 ? rest : rest.substring(0, split));
                    sectionTitle = split < 0 ? "" : rest.substring(split + 1).strip();
                    paragraphs = new ArrayList<>();
                    subsections = new ArrayList<>();
                    sectionForms = null;
                    missingPart = null;
                }
                case "#subsection" -> {
                    inSection(line);
                    endSubsection();
                    subsectionTitle = rest;
                    subsectionParagraphs = new ArrayList<>();
                }
                case "#missing" -> {
                    inSection(line);
                    missingPart = rest;
                }
                case "#forms" -> {
                    inSection(line);
                    sectionForms = forms == null ? List.of() : forms;
                }
                default -> throw new IllegalStateException("unknown directive in an explanation template: " + line);
            }
        }

        void inSection(String line) {
            if (number == null) {
                throw new IllegalStateException("directive before the first #section in an explanation template: " + line);
            }
        }

        void endParagraph() {
            if (paragraph == null) {
                return;
            }
            String text = unescape(paragraph.toString());
            paragraph = null;
            if (subsectionParagraphs != null) {
                subsectionParagraphs.add(text);
            } else if (paragraphs != null) {
                paragraphs.add(text);
            } else {
                throw new IllegalStateException("text before the first #section in an explanation template: " + text);
            }
        }

        void endSubsection() {
            if (subsectionTitle != null) {
                subsections.add(new Explanations.Subsection(subsectionTitle, List.copyOf(subsectionParagraphs)));
            }
            subsectionTitle = null;
            subsectionParagraphs = null;
        }

        void endSection() {
            if (number == null) {
                return;
            }
            endSubsection();
            sections.add(new Explanations.Section(number, Numerals.of(number), sectionTitle, List.copyOf(paragraphs),
                    List.copyOf(subsections), sectionForms, missingPart != null, missingPart));
            number = null;
        }
    }
}
