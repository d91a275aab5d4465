package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.Grant;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The access summary as JSON, for scripts: symbols are written as {@code ${name}}. */
public final class AccessJsonReport {

  private AccessJsonReport() {}

  public static void write(List<ApiAccess> apis, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeArrayFieldStart("apis");
    for (ApiAccess api : apis) {
      json.writeStartObject();
      json.writeStringField("name", api.api().name());
      json.writeStringField("element", api.api().element());
      json.writeStringField("protocol", api.api().protocol().name());
      json.writeStringField("endpointType", api.api().endpointType() == null ? null : api.api().endpointType().name());
      json.writeStringField("resourcePolicy", api.policy() == null ? null : AccessReports.where(api.policy().source().location()));
      if (api.note() != null) {
        json.writeStringField("note", api.note());
      }
      json.writeArrayFieldStart("methods");
      for (MethodAccess method : api.methods()) {
        method(json, method);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }

  private static void method(JsonGenerator json, MethodAccess method) throws IOException {
    json.writeStartObject();
    json.writeStringField("stage", Symbols.render(method.stage()));
    if (method.method().isUndeclared()) {
      json.writeNullField("method");
      json.writeNullField("path");
      json.writeStringField("methods", Method.UNDECLARED);
    } else {
      json.writeStringField("method", method.method().verb());
      json.writeStringField("path", Symbols.render(method.method().path()));
    }
    json.writeStringField("authorization", method.authorization().name());
    json.writeArrayFieldStart("callers");
    for (Grant grant : method.grants()) {
      json.writeStartObject();
      json.writeStringField("class", grant.caller().kind().name());
      json.writeStringField("value", grant.caller().value() == null ? null : Symbols.render(grant.caller().value()));
      json.writeStringField("origin", grant.origin() == null ? null : grant.origin().describe());
      json.writeStringField("access", grant.access().name());
      json.writeStringField("description", grant.describe() + ": " + grant.outcome(method.gate()));
      statements(json, grant.deciding());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void statements(JsonGenerator json, List<Statement> deciding) throws IOException {
    json.writeArrayFieldStart("statements");
    for (Statement statement : deciding) {
      json.writeStartObject();
      json.writeStringField("label", statement.label());
      json.writeStringField("location", AccessReports.where(statement.node().location()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
