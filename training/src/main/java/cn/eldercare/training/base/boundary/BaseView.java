package cn.eldercare.training.base.boundary;

import cn.eldercare.training.base.entity.TrainingBase;

import java.util.Comparator;
import java.util.List;

public record BaseView(long id, String name, String uscc, String provinceCode, String city, String bodyType,
                       String bodyCode, String siteCode, List<Scope> accreditations) {

    public record Scope(String occupationCode, int level) {
    }

    public static BaseView of(TrainingBase b) {
        return new BaseView(b.getId(), b.getName(), b.getUscc(), b.getProvinceCode(), b.getCity(), b.getBodyType(),
                b.getBodyCode(), b.getSiteCode(), b.getAccreditations().stream().map(a -> new Scope(a.occupationCode(), a.level()))
                .sorted(Comparator.comparing(Scope::occupationCode).thenComparing(Scope::level, Comparator.reverseOrder())).toList());
    }
}
