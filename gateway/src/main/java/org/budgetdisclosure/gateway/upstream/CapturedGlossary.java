package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The glossary a budget revision captured: the array of entries the gateway passed, or {@code {title, entries}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CapturedGlossary(String title, List<Entry> entries) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public CapturedGlossary(@JsonProperty("title") String title, @JsonProperty("entries") List<Entry> entries) {
        this.title = title;
        this.entries = Lists.orEmpty(entries);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CapturedGlossary of(List<Entry> entries) {
        return new CapturedGlossary(null, entries);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(Integer number, String term, String definition) {
    }
}
