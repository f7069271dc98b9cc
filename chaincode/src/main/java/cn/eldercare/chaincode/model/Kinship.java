package cn.eldercare.chaincode.model;

/** Direct relatives (直系亲属) between whom minutes may be gifted or redeemed. */
public enum Kinship {
    PARENT,
    GRANDPARENT,
    CHILD,
    GRANDCHILD;

    /** The relation seen from the other side: my parent has me as a child. */
    public Kinship inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case GRANDPARENT -> GRANDCHILD;
            case GRANDCHILD -> GRANDPARENT;
        };
    }
}
