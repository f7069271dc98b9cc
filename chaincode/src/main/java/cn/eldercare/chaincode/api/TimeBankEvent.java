package cn.eldercare.chaincode.api;

import java.util.List;

import cn.eldercare.chaincode.model.Movement;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.state.Json;

/**
 * The one chaincode event of a transaction that changed minutes or service records, named
 * {@value #NAME}: every movement and every record it changed, for clients' read models. Fields are
 * in alphabetical order, as the payload has always been written; blocks already written carry it.
 *
 * @param function  the transaction, {@code services:ConfirmService}
 * @param timestamp the transaction's timestamp, an ISO-8601 instant
 */
public record TimeBankEvent(String function, List<Movement> movements, List<ServiceRecord> records, String timestamp,
        String txId) {

    public static final String NAME = "TimeBank";

    public TimeBankEvent {
        movements = movements == null ? List.of() : movements;
        records = records == null ? List.of() : records;
    }

    public static TimeBankEvent read(final String payload) {
        return Json.read(payload, TimeBankEvent.class);
    }

    public String write() {
        return Json.write(this);
    }
}
