package org.budgetdisclosure.performance;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * 项目资金 of one period, in exact yuan, split by origin. A null origin is a blank cell on the
 * form (the seed leaves 其他资金 blank); 0 is a printed zero. The two stay distinct.
 */
public record Funds(BigDecimal total, BigDecimal central, BigDecimal provincial, BigDecimal municipal,
                    BigDecimal selfRaised, BigDecimal other) {

    /** Sum of the origins, blanks counting as zero. */
    public BigDecimal sumOfOrigins() {
        return Stream.of(central, provincial, municipal, selfRaised, other)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
