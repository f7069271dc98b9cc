package cn.eldercare.platform.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelledEnumsTest {

    @ParameterizedTest
    @CsvSource({"男,MALE", "女,FEMALE", "M,MALE", "f,FEMALE", "male,MALE", "FEMALE,FEMALE", "' 女 ',FEMALE"})
    void genderAcceptsChineseEnglishAndLetters(String text, Gender expected) {
        assertEquals(Optional.of(expected), Gender.fromLabel(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "未知", "X", "man"})
    void genderRejectsAnythingElse(String text) {
        assertTrue(Gender.fromLabel(text).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"登记失业人员,REGISTERED_UNEMPLOYED", "rural migrant worker,RURAL_MIGRANT_WORKER",
            "graduate_not_in_school,GRADUATE_NOT_IN_SCHOOL", "' 在职职工 ',EMPLOYED", "其他,OTHER", "Other,OTHER"})
    void subsidyCategoryAcceptsNameAndBothLabels(String text, SubsidyCategory expected) {
        assertEquals(Optional.of(expected), SubsidyCategory.fromLabel(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "失业", "unemployed"})
    void subsidyCategoryRejectsAnythingElse(String text) {
        assertTrue(SubsidyCategory.fromLabel(text).isEmpty());
    }
}
