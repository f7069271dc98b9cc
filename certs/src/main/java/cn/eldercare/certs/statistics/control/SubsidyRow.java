package cn.eldercare.certs.statistics.control;

import cn.eldercare.platform.identity.SubsidyCategory;

import java.time.LocalDate;

/** One certified trainee on a bureau's subsidy list; the category is the one recorded when the certificate was issued. */
public record SubsidyRow(SubsidyCategory category, String holderName, String idNumberMasked, String occupation, String level,
                         String number, LocalDate issuedOn, String base, String course) {
}
