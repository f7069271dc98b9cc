package cn.eldercare.training.eligibility.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EducationTest {

    @ParameterizedTest
    @EnumSource(Education.class)
    void everyValueIsFoundByNameAndBothLabels(Education e) {
        assertEquals(Optional.of(e), Education.fromLabel(e.name().toLowerCase()));
        assertEquals(Optional.of(e), Education.fromLabel(e.label().zh()));
        assertEquals(Optional.of(e), Education.fromLabel(" " + e.label().en().toUpperCase() + " "));
    }

    @ParameterizedTest
    @CsvSource({"中专,TECHNICAL_SCHOOL", "技校,TECHNICAL_SCHOOL", "专科,COLLEGE", "硕士,POSTGRADUATE",
            "大学本科,BACHELOR", "小学,NONE"})
    void commonSynonymsAreUnderstood(String text, Education expected) {
        assertEquals(Optional.of(expected), Education.fromLabel(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "幼儿园", "PhD student"})
    void unknownLabelsAreEmpty(String text) {
        assertTrue(Education.fromLabel(text).isEmpty());
    }
}
