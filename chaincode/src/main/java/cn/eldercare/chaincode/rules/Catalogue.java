package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_STATE;
import static cn.eldercare.chaincode.error.ErrorCode.NOT_FOUND;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.util.List;

import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.model.Category;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.state.Keys;
import cn.eldercare.chaincode.state.LedgerState;

/** The service catalogue, kept by the regulator; seeded with Nanjing's and Beijing's categories. */
public final class Catalogue {

    /** Nanjing's six, then Beijing's eight; all weighted 1.0 until the regulator says otherwise. */
    public static final List<Category> DEFAULTS = List.of(
            new Category("MEAL", "助餐", "Meal assistance", 100, true),
            new Category("MEDICAL", "助医", "Medical visit assistance", 100, true),
            new Category("BATH", "助浴", "Bathing assistance", 100, true),
            new Category("CLEANING", "助洁", "Cleaning assistance", 100, true),
            new Category("EMERGENCY", "助急", "Emergency assistance", 100, true),
            new Category("SMARTPHONE", "学用智能手机", "Smartphone help", 100, true),
            new Category("COMFORT", "精神慰藉", "Emotional comfort", 100, true),
            new Category("ASSISTANCE", "协助服务", "Assistance", 100, true),
            new Category("ESCORT", "陪同出行", "Accompanying trips", 100, true),
            new Category("RECREATION", "文体娱乐", "Recreation", 100, true),
            new Category("HEALTH_EDUCATION", "健康科普", "Health education", 100, true),
            new Category("LEGAL_AID", "法律援助", "Legal aid", 100, true),
            new Category("LECTURE", "讲座培训", "Lectures and training", 100, true),
            new Category("FRAUD_PREVENTION", "防诈骗宣传", "Fraud prevention", 100, true));

    private Catalogue() {
    }

    public static void seed(final TimeBankContext ctx) {
        DEFAULTS.forEach(c -> ctx.state().put(Keys.category(c.code()), c));
    }

    public static Category put(final TimeBankContext ctx, final Requests.PutCategory req) {
        Access.requireRegulator(ctx);
        final int weight = req.weightPercent() == null ? 100 : req.weightPercent();
        require(weight >= 1 && weight <= 1000, INVALID_ARGUMENT, "weightPercent must be 1..1000");
        final Category category = new Category(Checks.code(req.code(), "code"), Checks.text(req.nameZh(), "nameZh", 64),
                Checks.text(req.nameEn(), "nameEn", 128), weight, req.active() == null || req.active());
        ctx.state().put(Keys.category(category.code()), category);
        return category;
    }

    public static List<Category> list(final TimeBankContext ctx) {
        return ctx.state().list(Category.class, Keys.CATEGORY).stream().map(LedgerState.Entry::value).toList();
    }

    public static Category requireActive(final TimeBankContext ctx, final String code) {
        final Category category = ctx.state().get(Keys.category(Checks.code(code, "categoryCode")), Category.class)
                .orElseThrow(() -> new TimeBankException(NOT_FOUND, "no service category " + code));
        require(category.active(), INVALID_STATE, "service category %s is withdrawn", code);
        return category;
    }
}
