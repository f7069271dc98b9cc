package cn.eldercare.chaincode.model;

/** What {@code relativeId} is to {@code memberId}. Stored in both directions. */
public record Relation(String memberId, String relativeId, Kinship kinship) {
}
