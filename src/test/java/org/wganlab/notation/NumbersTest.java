package org.wganlab.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void smallValuesReadAsPowersOfTenNotENotation() {
        assertEquals("5.07×10⁻⁴", Numbers.fixed(5.07e-4, 4));
        assertEquals("-1.20×10⁻¹²", Numbers.fixed(-1.2e-12, 4));
        assertEquals("0.0416", Numbers.fixed(0.04158, 4));
        assertEquals("-0.0010", Numbers.fixed(-0.001, 4));
        assertEquals("0.0000", Numbers.fixed(0, 4));
    }

    @Test
    void significantDigitsRaiseOnlyAnExponentThereIs() {
        assertEquals("1.23×10⁻⁵", Numbers.significant(1.234e-5, 3));
        assertEquals("4.56×10⁷", Numbers.significant(4.56e7, 3));
        assertEquals("0.312", Numbers.significant(0.3121, 3));
        assertEquals("-3.61", Numbers.significant(-3.61, 3));
    }

    @Test
    void everyDigitHasItsSuperscript() {
        assertEquals("⁻⁹⁸⁷⁶⁵⁴³²¹", Numbers.raised(-987654321));
        assertEquals("⁰", Numbers.raised(0));
        assertEquals("¹⁰", Numbers.raised(10));
    }
}
