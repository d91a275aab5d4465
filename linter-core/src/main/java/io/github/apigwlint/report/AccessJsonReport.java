package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.AccessLine;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.access.summary.Exposure;
import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Flag;
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
      json.writeStringField("resourcePolicy", api.policy() == null ? null : api.policy().source().location().fileAndLine());
      if (api.note() != null) {
        json.writeStringField("note", api.note());
      }
      exposure(json, api.exposure());
      json.writeArrayFieldStart("methods");
      for (MethodAccess method : api.methods()) {
        method(json, api, method);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }

  private static void method(JsonGenerator json, ApiAccess api, MethodAccess method) throws IOException {
    json.writeStartObject();
    if (AccessReports.stageDeclared(api)) {
      json.writeStringField("stage", AccessReports.render(api, method.stage()));
    } else {
      json.writeNullField("stage");
      json.writeStringField("stages", AccessReports.EVERY_STAGE);
    }
    if (method.method().isUndeclared()) {
      json.writeNullField("method");
      json.writeNullField("path");
      json.writeStringField("methods", Method.UNDECLARED);
    } else {
      json.writeStringField("method", AccessReports.render(api, method.method().verb()));
      json.writeStringField("path", AccessReports.render(api, method.method().path()));
    }
    json.writeStringField("authorization", method.authorization().name());
    if (method.method().authorizationReason() != null) {
      json.writeStringField("authorizationReason", method.method().authorizationReason());
    }
    flag(json, "apiKeyRequired", method.method().apiKeyRequired());
    condition(json, method.method().condition());
    json.writeArrayFieldStart("callers");
    for (AccessLine line : method.lines()) {
      json.writeStartObject();
      json.writeStringField("class", line.caller().kind().name());
      json.writeStringField("value", line.caller().value() == null ? null : AccessReports.render(api, line.caller().value()));
      json.writeStringField("origin", line.origin() == null ? null : line.origin().describe());
      json.writeStringField("access", line.access().name());
      json.writeStringField("description", AccessReports.caller(api, method, line));
      flag(json, "apiKeyNeeded", method.apiKeyNeeded(line));
      statements(json, line.deciding());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("dependsOn");
    for (String open : method.dependsOn()) {
      json.writeString(open);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void exposure(JsonGenerator json, Exposure exposure) throws IOException {
    condition(json, exposure.condition());
    flag(json, "defaultEndpointDisabled", exposure.defaultEndpointDisabled());
    json.writeArrayFieldStart("customDomains");
    for (DomainName domain : exposure.domains()) {
      json.writeStartObject();
      json.writeStringField("name", Symbols.render(domain.name(), domain.syntax().spelling()));
      flag(json, "mutualTls", domain.mutualTls());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The condition the element is created under: its name and value with the parameter defaults (null: open), or null. */
  private static void condition(JsonGenerator json, CreationCondition condition) throws IOException {
    if (condition == null) {
      json.writeNullField("condition");
      return;
    }
    json.writeObjectFieldStart("condition");
    json.writeStringField("name", condition.name());
    if (condition.withDefaults() == null) {
      json.writeNullField("withParameterDefaults");
    } else {
      json.writeBooleanField("withParameterDefaults", condition.withDefaults());
    }
    json.writeEndObject();
  }

  /** A setting as true, false, or null when the input leaves it open. */
  private static void flag(JsonGenerator json, String field, Flag flag) throws IOException {
    switch (flag) {
      case ON -> json.writeBooleanField(field, true);
      case OFF -> json.writeBooleanField(field, false);
      case UNKNOWN -> json.writeNullField(field);
    }
  }

  private static void statements(JsonGenerator json, List<Statement> deciding) throws IOException {
    json.writeArrayFieldStart("statements");
    for (Statement statement : deciding) {
      json.writeStartObject();
      json.writeStringField("label", statement.label());
      json.writeStringField("location", statement.node().location().fileAndLine());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
