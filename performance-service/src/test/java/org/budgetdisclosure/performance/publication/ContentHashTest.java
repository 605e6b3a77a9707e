package org.budgetdisclosure.performance.publication;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {

    @Test
    void isSha256OverTheExactUtf8BytesWithItsPrefix() {
        assertThat(ContentHash.of("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentHash.of("上党区")).isEqualTo(ContentHash.of("上党区".getBytes(StandardCharsets.UTF_8)));
        assertThat(ContentHash.of("{\"a\":1}")).isNotEqualTo(ContentHash.of("{\"a\": 1}"));
    }

    @Test
    void theETagIsTheQuotedFirst128BitsOfTheHash() {
        assertThat(ContentHash.etag(ContentHash.of("abc"))).isEqualTo("\"ba7816bf8f01cfea414140de5dae2223\"");
    }
}
