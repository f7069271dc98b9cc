package cn.eldercare.chaincode.identity;

/** Values of the {@code role} certificate attribute. */
public enum Role {
    VOLUNTEER("volunteer"),
    RECIPIENT("recipient"),
    STATION("station"),
    REGULATOR("regulator");

    private final String attribute;

    Role(final String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
