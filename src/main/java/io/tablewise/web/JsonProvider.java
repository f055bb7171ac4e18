package io.tablewise.web;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Provider;

/** Reads and writes our DTOs with our own Jackson, so the wire format is the same on every host. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return Json.MAPPER.readerFor(Json.MAPPER.constructType(genericType)).readValue(body);
        } catch (JacksonException e) {
            // Jackson's message quotes the input; keep only where it went wrong.
            throw ApiException.badRequest("The request body is not valid JSON for this call"
                    + (e.getLocation() == null ? "." : " (near character " + e.getLocation().getCharOffset() + ")."));
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Json.MAPPER.writeValue(out, value);
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("io.tablewise.") || java.util.Map.class.isAssignableFrom(type)
                || java.util.List.class.isAssignableFrom(type);
    }
}
