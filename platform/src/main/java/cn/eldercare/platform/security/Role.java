package cn.eldercare.platform.security;

/** Who a user is in the product. Time-bank roles arrive with the time bank. */
public enum Role {
    CAREGIVER, BASE_STAFF, ASSESSOR, REGULATOR, VOLUNTEER, RECIPIENT, STATION_STAFF
}
