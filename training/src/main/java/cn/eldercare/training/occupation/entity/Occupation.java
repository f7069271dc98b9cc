package cn.eldercare.training.occupation.entity;

import cn.eldercare.platform.i18n.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An occupation people are trained for; {@code leveled} ones follow the five national skill levels. */
@Entity
@Table(name = "occupation")
public class Occupation {

    /** The family-caregiver public course, the occupation no base needs accreditation for. */
    public static final int NO_LEVEL = 0;

    @Id
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    private boolean leveled;

    protected Occupation() {
    }

    public String getCode() { return code; }
    public Text getName() { return Text.of(nameZh, nameEn); }
    public boolean isLeveled() { return leveled; }
}
