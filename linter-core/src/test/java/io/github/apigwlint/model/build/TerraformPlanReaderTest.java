package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformPlanReaderTest {

  @TempDir Path folder;

  private Workspace read(String json) throws IOException {
    Path file = folder.resolve("plan.json");
    Files.writeString(file, json.replace('\'', '"').replace("`", "\\\""));
    LoadOutcome outcome = new SourceLoader().load(file, "plan.json");
    WorkspaceBuilder builder = new WorkspaceBuilder(Config.defaults());
    builder.add(((LoadOutcome.Loaded) outcome).file());
    return builder.workspace();
  }

  /** TV-106 value shapes, TV-105 a policy known only after apply, links through configuration references. */
  @Test
  void readsValuesUnknownsAndReferences() throws IOException {
    Workspace workspace = read("""
        {'format_version':'1.2','planned_values':{'root_module':{'resources':[
          {'address':'aws_api_gateway_rest_api.api','mode':'managed','type':'aws_api_gateway_rest_api','name':'api',
           'values':{'name':'x','endpoint_configuration':[{'types':['PRIVATE'],'vpc_endpoint_ids':['vpce-0abc']}],'put_rest_api_mode':'overwrite'}},
          {'address':'aws_api_gateway_rest_api_policy.p','mode':'managed','type':'aws_api_gateway_rest_api_policy','name':'p',
           'values':{}},
          {'address':'aws_api_gateway_method.get','mode':'managed','type':'aws_api_gateway_method','name':'get',
           'values':{'http_method':'GET','authorization':'AWS_IAM'}}]}},
         'resource_changes':[{'address':'aws_api_gateway_rest_api_policy.p','change':{'actions':['create'],'after':{'rest_api_id':null},
           'after_unknown':{'policy':true,'rest_api_id':true}}}],
         'configuration':{'root_module':{'resources':[
           {'address':'aws_api_gateway_rest_api_policy.p','expressions':{'rest_api_id':{'references':['aws_api_gateway_rest_api.api.id','aws_api_gateway_rest_api.api']}}},
           {'address':'aws_api_gateway_method.get','expressions':{'rest_api_id':{'references':['aws_api_gateway_rest_api.api.id','aws_api_gateway_rest_api.api']}}}]}}}
        """);
    Api api = workspace.apis().get(0);
    assertThat(api.endpointType()).isEqualTo(EndpointType.PRIVATE);
    assertThat(api.vpcEndpointIds()).containsExactly("vpce-0abc");
    assertThat(api.methods()).singleElement().satisfies(m -> assertThat(m.authorization()).isEqualTo(AuthorizationType.AWS_IAM));
    assertThat(workspace.resourcePolicy(api)).hasValueSatisfying(p ->
        assertThat(Symbols.hasOpaque(((ScalarNode) p.source()).text())).isTrue());
  }

  /** A planned resource without a type (a hand-edited or truncated plan) names nothing to read: it is passed over. */
  @Test
  void aResourceWithoutATypeIsPassedOver() throws IOException {
    Workspace workspace = read("""
        {'format_version':'1.2','planned_values':{'root_module':{'resources':[
          {'address':'aws_api_gateway_rest_api.broken','mode':'managed','name':'broken','values':{'name':'b'}},
          {'address':'aws_api_gateway_rest_api.api','mode':'managed','type':'aws_api_gateway_rest_api','name':'api','values':{'name':'a'}}]}}}
        """);
    assertThat(workspace.apis()).extracting(Api::element).containsExactly("plan.json#aws_api_gateway_rest_api.api");
  }

  /**
   * Instances of count keep their plan addresses, as a configuration's instances do; a reference
   * that names an instance links to it, one that names only the block of several instances links
   * to none of them rather than to the first.
   */
  @Test
  void instancesLinkThroughReferencesThatNameThemAndNeverToAGuessedOne() throws IOException {
    Workspace workspace = read("""
        {'format_version':'1.2','planned_values':{'root_module':{'resources':[
          {'address':'aws_api_gateway_rest_api.api[0]','mode':'managed','type':'aws_api_gateway_rest_api','name':'api','index':0,'values':{'name':'a'}},
          {'address':'aws_api_gateway_rest_api.api[1]','mode':'managed','type':'aws_api_gateway_rest_api','name':'api','index':1,'values':{'name':'b'}},
          {'address':'aws_api_gateway_method.first','mode':'managed','type':'aws_api_gateway_method','name':'first',
           'values':{'http_method':'GET','authorization':'NONE'}},
          {'address':'aws_api_gateway_method.each[0]','mode':'managed','type':'aws_api_gateway_method','name':'each','index':0,
           'values':{'http_method':'POST','authorization':'NONE'}}]}},
         'configuration':{'root_module':{'resources':[
           {'address':'aws_api_gateway_method.first','expressions':{'rest_api_id':{'references':[
             'aws_api_gateway_rest_api.api[0].id','aws_api_gateway_rest_api.api[0]','aws_api_gateway_rest_api.api']}}},
           {'address':'aws_api_gateway_method.each','expressions':{'rest_api_id':{'references':['aws_api_gateway_rest_api.api','count.index']}}}]}}}
        """);
    assertThat(workspace.apis()).extracting(Api::element).containsExactly(
        "plan.json#aws_api_gateway_rest_api.api[0]", "plan.json#aws_api_gateway_rest_api.api[1]");
    assertThat(workspace.apis().get(0).methods()).extracting(m -> m.verb()).containsExactly("GET");
    assertThat(workspace.apis().get(1).methods()).isEmpty();
  }

  @Test
  void parsesPolicyStrings() throws IOException {
    Workspace workspace = read("""
        {'format_version':'1.2','values':{'root_module':{'resources':[
          {'address':'aws_api_gateway_rest_api.api','mode':'managed','type':'aws_api_gateway_rest_api','name':'api',
           'values':{'id':'a1b2c3','policy':'{`Version`:`2012-10-17`,`Statement`:[{`Effect`:`Allow`,`Principal`:`*`,`Action`:`execute-api:Invoke`,`Resource`:`execute-api:/*`}]}'}}]}}}
        """);
    Api api = workspace.apis().get(0);
    assertThat(api.apiId()).isEqualTo("a1b2c3");
    assertThat(api.endpointType()).isEqualTo(EndpointType.EDGE);
    assertThat(workspace.resourcePolicy(api).orElseThrow().policy().statements()).hasSize(1);
  }
}
