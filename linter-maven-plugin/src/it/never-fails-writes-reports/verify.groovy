// failOnSeverity=never: the finding is printed and reported, the build passes; the SARIF is valid
// for code scanning (2.1.0, rule metadata, a result with a relative location).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] infra\/orders-api\.yaml:\d+:\d+ private-api-without-policy /
assert log.contains('BUILD SUCCESS')
def out = new File(basedir, 'target/apigw-lint')
assert new File(out, 'apigw-lint.txt').text.contains('private-api-without-policy')
def json = new JsonSlurper().parse(new File(out, 'apigw-lint.json'))
assert json.findings*.ruleId == ['private-api-without-policy']
assert json.summary.errors == 1

def sarif = new JsonSlurper().parse(new File(out, 'apigw-lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.'$schema'.contains('sarif-schema-2.1.0')
def run = sarif.runs[0]
assert run.tool.driver.name == 'apigw-lint'
assert run.tool.driver.rules*.id.contains('private-api-without-policy')
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'private-api-without-policy'
assert result.level == 'error'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'infra/orders-api.yaml'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine > 0
assert result.partialFingerprints
return true
