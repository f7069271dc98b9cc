package cn.eldercare.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} (from 0) and {@code size} (1–100) query parameters every list accepts. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest r = new PageRequest();
        r.page = page;
        r.size = size;
        return r;
    }

    public int offset() {
        return page * size;
    }
}
