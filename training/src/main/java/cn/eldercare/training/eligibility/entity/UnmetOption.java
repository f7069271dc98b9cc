package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.util.List;

/** An option the candidate does not meet, with every condition that failed. */
public record UnmetOption(String optionId, Text description, List<Text> shortfalls) {

    public UnmetOption {
        shortfalls = List.copyOf(shortfalls);
    }
}
