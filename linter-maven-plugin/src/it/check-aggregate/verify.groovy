// check per module finds nothing; check-aggregate, bound in the parent, runs once at the top over
// both modules as one workspace and finds that the API's resource policy refuses the role of
// another account that calls it; called by prefix, it fails the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def finding = ~/\[ERROR\] api\/infra\/orders-api\.yaml:\d+:\d+ cross-account-principal-missing .*arn:aws:iam::222222222222:role\/orders-client/
def builds = log.split(/(?m)^.*BUILD (SUCCESS|FAILURE).*$/)
assert builds.size() >= 3
// 1: two modules checked alone, no finding
assert !(builds[0] =~ finding)
assert builds[0].count('apigw-lint: no findings; 1 file checked') == 2
// 2: the aggregate ran at the top only, each module saying so, and found the caller once
assert builds[1].count('apigw-lint: 1 error, 0 warnings, 0 notes in 1 file; 2 files checked') == 1
assert (builds[1] =~ finding).size() == 1
assert builds[1].count('check-aggregate runs once, at the top of the build (check-aggregate)') == 2
assert builds[1].contains('apigw-lint: 1 finding at or above error (1 allowed); not failing the build (maxAllowedViolations)')
// 3: the same finding fails the build
assert builds[2] =~ finding
assert log.substring(log.indexOf('BUILD FAILURE')).contains('apigw-lint: 1 finding at or above error (0 allowed)')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/apigw-lint/apigw-lint.sarif'))
assert sarif.runs[0].results*.ruleId == ['cross-account-principal-missing']
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'api/infra/orders-api.yaml'
['api', 'consumer'].each { module ->
  def alone = new JsonSlurper().parse(new File(basedir, module + '/target/apigw-lint/apigw-lint.sarif'))
  assert alone.runs[0].results.isEmpty()
}
return true
