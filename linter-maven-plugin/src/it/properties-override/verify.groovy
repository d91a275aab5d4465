// Defaults set as POM properties apply, and -D overrides them; the goal runs by prefix and by full
// coordinates; consoleOutput=false prints the summary line without the findings; outputFiles puts
// the SARIF report where it names.
def log = new File(basedir, 'build.log').text
def finding = ~/\[ERROR\] src\/main\/resources\/orders-api\.yaml:\d+:\d+ private-api-without-policy/
def summary = 'apigw-lint: 1 error, 0 warnings, 0 notes in 1 file; 1 file checked'
def builds = log.split(/(?m)^.*BUILD (SUCCESS|FAILURE).*$/)
assert builds.size() >= 4
// 1: failOnSeverity=warning from the properties
assert builds[0] =~ finding
assert builds[1].contains('apigw-lint: 1 finding at or above warning (0 allowed)')
// 2: -Dapigw-lint.failOnSeverity=never wins over the property
assert builds[1] =~ finding
assert !builds[1].substring(builds[1].indexOf(summary)).contains('at or above')
// 3: consoleOutput=false: the summary, not the finding
assert builds[2].contains(summary)
assert !(builds[2] =~ finding)
// 4: the full coordinates
assert builds[3] =~ finding
assert log.count('BUILD SUCCESS') == 1
assert log.count('BUILD FAILURE') == 3

assert new File(basedir, 'target/apigw-lint/apigw-lint.junit.xml').text.contains('private-api-without-policy')
assert new File(basedir, 'target/code-scanning.sarif').text.contains('private-api-without-policy')
assert !new File(basedir, 'target/apigw-lint/apigw-lint.sarif').exists()
return true
