package cn.eldercare.timebank.service.boundary;

import cn.eldercare.chaincode.model.ServiceRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A service record as the ledger keeps it. */
@Schema(description = "一次服务的记录 / A service record")
public record ServiceRecordView(
        @Schema(description = "记录号（登记时的账本交易号）/ Record id: the ledger transaction that opened it") String recordId,
        @Schema(description = "志愿者 / Volunteer") String volunteerId,
        @Schema(description = "服务对象 / Recipient") String recipientId,
        @Schema(description = "服务类别 / Category") String categoryCode,
        @Schema(description = "登记时的折算比例 / The category's weight in percent when recorded") int weightPercent,
        @Schema(description = "开始 / Start") Instant start,
        @Schema(description = "结束 / End") Instant end,
        @Schema(description = "OPEN, PENDING, CONFIRMED, CANCELLED, EXPIRED") String status,
        @Schema(description = "登记人 / Who recorded it") String submittedBy,
        @Schema(description = "确认期限 / Confirm by") Instant expiresAt,
        @Schema(description = "评分 1–5 / Rating 1-5") Integer rating,
        @Schema(description = "评价 / Comment") String comment,
        @Schema(description = "确认、取消或过期的决定人 / Who confirmed, cancelled or expired it") String decidedBy,
        @Schema(description = "决定时间 / When decided") Instant decidedAt,
        @Schema(description = "取消或过期的原因 / Why cancelled or expired") String reason,
        @Schema(description = "服务分钟数 / Minutes served") Long servedMinutes,
        @Schema(description = "存入的分钟数 / Minutes credited") Long creditedMinutes) {

    public static ServiceRecordView of(ServiceRecord r) {
        return new ServiceRecordView(r.recordId(), r.volunteerId(), r.recipientId(), r.categoryCode(), r.weightPercent(), r.start(),
                r.end(), r.status().name(), r.submittedBy(), r.expiresAt(), r.rating(), r.comment(), r.decidedBy(), r.decidedAt(),
                r.reason(), r.servedMinutes(), r.creditedMinutes());
    }
}
