package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.apigwlint.access.Simulation;
import io.github.apigwlint.policy.Statement;
import java.io.IOException;
import java.io.Writer;

/** {@code simulate --format json}: the decision, the reason and the deciding statements. */
public final class SimulationJsonReport {

  private SimulationJsonReport() {}

  public static void write(Simulation.Result result, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeStringField("decision", result.verdict().name());
    json.writeStringField("reason", result.reason());
    json.writeArrayFieldStart("deciding");
    for (Statement statement : result.deciding()) {
      json.writeStartObject();
      json.writeStringField("label", statement.label());
      json.writeStringField("effect", statement.effect() == null ? null : statement.effect().spelling());
      json.writeStringField("location", statement.node().location().fileAndLine());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }
}
