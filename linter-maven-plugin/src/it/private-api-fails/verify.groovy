// The finding is printed as "[ERROR] path:line:col rule-id message" and fails the build.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] src\/main\/resources\/orders-api\.yaml:\d+:\d+ private-api-without-policy REST API OrdersApi is PRIVATE/
assert log.contains('apigw-lint: 1 error, 0 warnings, 0 notes in 1 file; 1 file checked')
assert log.contains('apigw-lint: 1 finding at or above error (0 allowed)')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/apigw-lint/apigw-lint.sarif').isFile()
if (binding.hasVariable('systemMavenHome')) {
  assert log.contains('Maven home: ' + systemMavenHome)
}
return true
