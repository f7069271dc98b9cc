package cn.eldercare.training.base.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A base to register; the credit code's check character is verified by the rules, not here. */
public record NewBase(@NotBlank @Size(max = 200) String name,
                      @NotBlank @Size(min = 18, max = 18) String uscc,
                      @NotNull @Pattern(regexp = "\\d{2}") String provinceCode,
                      @NotBlank @Size(max = 50) String city,
                      @NotNull @Pattern(regexp = "[YS]") String bodyType,
                      @NotNull @Pattern(regexp = "\\d{4}") String bodyCode,
                      @NotNull @Pattern(regexp = "\\d{6}") String siteCode,
                      @NotNull @Size(max = 50) List<@Valid @NotNull ScopeInput> accreditations) {

    public record ScopeInput(@NotNull @Pattern(regexp = "[A-Z0-9]{1,16}") String occupationCode,
                             @NotNull @Min(0) @Max(5) Integer level) {
    }
}
