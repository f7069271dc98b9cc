package cn.eldercare.chaincode.model;

/**
 * A service category. Credited minutes are the served minutes times {@code weightPercent / 100},
 * rounded half up to whole minutes.
 */
public record Category(String code, String nameZh, String nameEn, int weightPercent, boolean active) {
}
