package cn.eldercare.platform.security;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Refuses oversized bodies with 413 before they are read: by Content-Length when given,
 * and by counting bytes when the body is chunked. Files (roster spreadsheets, certificate PDFs) may be
 * larger than JSON. The limits are {@code request.max-json-bytes} (default 256 KB, far above any form
 * of this API) and {@code request.max-file-bytes} (default 10 MB).
 */
@Provider
@PreMatching
@Priority(100)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long JSON_LIMIT = 256 * 1024;
    static final long FILE_LIMIT = 10 * 1024 * 1024;

    private final long jsonLimit;
    private final long fileLimit;

    public RequestSizeLimit() {
        this(ConfigProvider.getConfig().getOptionalValue("request.max-json-bytes", Long.class).orElse(JSON_LIMIT),
                ConfigProvider.getConfig().getOptionalValue("request.max-file-bytes", Long.class).orElse(FILE_LIMIT));
    }

    RequestSizeLimit(long jsonLimit, long fileLimit) {
        this.jsonLimit = jsonLimit;
        this.fileLimit = fileLimit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        long limit = type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type) ? jsonLimit : fileLimit;
        if (request.getLength() > limit) {
            request.abortWith(ProblemResponses.build(413, "TOO_LARGE", tooLarge(limit), List.of(),
                    ProblemResponses.locale(request.getAcceptableLanguages())));
        } else if (request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream(), limit));
        }
    }

    private static Text tooLarge(long limit) {
        return Text.of("请求体超过 " + limit / 1024 + " KB 上限", "The body exceeds the " + limit / 1024 + " KB limit");
    }

    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new WebApplicationException(413);
            }
        }
    }
}
