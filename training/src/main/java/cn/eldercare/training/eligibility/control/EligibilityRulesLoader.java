package cn.eldercare.training.eligibility.control;

import cn.eldercare.training.eligibility.entity.EligibilityRules;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads application conditions from JSON, so a province can correct them by replacing the
 * file instead of the code. See {@code rules-2019.json} next to this package's resources for
 * the format.
 */
public final class EligibilityRulesLoader {

    /** The 2019 national standard for 养老护理员, shipped with the application. */
    public static final String DEFAULT_RESOURCE = "/cn/eldercare/training/eligibility/rules-2019.json";

    /** Thread-safe and costly to build, so shared; it lives as long as the application. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private EligibilityRulesLoader() {
    }

    public static EligibilityRules loadDefault() {
        try (InputStream in = EligibilityRulesLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException when the JSON is malformed or describes impossible rules
     *                                  (a configuration fault, so the message is for operators)
     */
    public static EligibilityRules load(InputStream json) {
        EligibilityRules rules;
        try {
            rules = JSONB.fromJson(json, EligibilityRules.class);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("invalid eligibility rules: " + e.getMessage(), e);
        }
        if (rules == null) {
            throw new IllegalArgumentException("the eligibility rules file is empty");
        }
        return rules;
    }
}
