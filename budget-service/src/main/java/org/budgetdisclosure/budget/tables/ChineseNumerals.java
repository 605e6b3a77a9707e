package org.budgetdisclosure.budget.tables;

/** 一, 二, … 三十: the numbering of the functional classes in tables 1 and 4 and of income items. */
final class ChineseNumerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("only 1..99: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[ones];
    }

    /** "八、社会保障和就业支出". */
    static String numbered(int n, String label) {
        return of(n) + "、" + label;
    }
}
