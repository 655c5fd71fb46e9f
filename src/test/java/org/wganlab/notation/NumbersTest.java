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
    void anExponentIsRaisedWithItsSignAndNumbersWithoutOneStayAsTheyAre() {
        assertEquals("4.56×10⁷", Numbers.tenToThe("4.56e+07"));
        assertEquals("1.23×10⁻⁵", Numbers.tenToThe("1.23e-05"));
        assertEquals("-3.61", Numbers.tenToThe("-3.61"));
    }

    @Test
    void everyDigitHasItsSuperscript() {
        assertEquals("⁻⁹⁸⁷⁶⁵⁴³²¹", Numbers.raised(-987654321));
        assertEquals("⁰", Numbers.raised(0));
        assertEquals("¹⁰", Numbers.raised(10));
    }
}
