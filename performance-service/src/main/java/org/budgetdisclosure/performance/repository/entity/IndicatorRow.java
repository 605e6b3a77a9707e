package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.budgetdisclosure.performance.IndicatorLevel1;
import org.budgetdisclosure.performance.IndicatorLevel2;
import org.budgetdisclosure.performance.Period;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of performance_indicator: a form's indicator at its printed position in one period, with the
 * target as written and its parse (the parse is stored for SQL readers; the domain re-parses the text).
 */
@Embeddable
public class IndicatorRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Period period;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private IndicatorLevel1 level1;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IndicatorLevel2 level2;
    private String name;
    @Column(name = "target_text")
    private String targetText;
    @Column(length = 4)
    private String comparator;
    @Column(name = "target_number", precision = 24, scale = 6)
    private BigDecimal targetNumber;
    @Column(name = "target_word")
    private String targetWord;
    @Column(name = "target_unit", length = 16)
    private String targetUnit;

    public IndicatorRow() {
    }

    public IndicatorRow(Period period, int position, IndicatorLevel1 level1, IndicatorLevel2 level2, String name,
                        String targetText, String comparator, BigDecimal targetNumber, String targetWord,
                        String targetUnit) {
        this.period = period;
        this.position = position;
        this.level1 = level1;
        this.level2 = level2;
        this.name = name;
        this.targetText = targetText;
        this.comparator = comparator;
        this.targetNumber = targetNumber;
        this.targetWord = targetWord;
        this.targetUnit = targetUnit;
    }

    public Period getPeriod() {
        return period;
    }

    public int getPosition() {
        return position;
    }

    public IndicatorLevel1 getLevel1() {
        return level1;
    }

    public IndicatorLevel2 getLevel2() {
        return level2;
    }

    public String getName() {
        return name;
    }

    public String getTargetText() {
        return targetText;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorRow r && period == r.period && position == r.position && level1 == r.level1
                && level2 == r.level2 && Objects.equals(name, r.name) && Objects.equals(targetText, r.targetText)
                && Objects.equals(comparator, r.comparator) && Objects.equals(targetWord, r.targetWord)
                && Objects.equals(targetUnit, r.targetUnit)
                && (targetNumber == null ? r.targetNumber == null
                        : r.targetNumber != null && targetNumber.compareTo(r.targetNumber) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, position, level1, level2, name, targetText);
    }
}
