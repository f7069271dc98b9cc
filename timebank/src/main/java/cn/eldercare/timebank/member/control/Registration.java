package cn.eldercare.timebank.member.control;

/** A person joining the time bank, as a volunteer, a recipient or both, optionally with a sign-in account. */
public record Registration(String name, String idNumber, String phone, String regionCode, boolean volunteer, boolean recipient,
                           String priority, String username, String password) {
}
