def log = new File(basedir, 'build.log').text
assert log.contains('apigw-lint:check')
assert log.contains('failOnSeverity (Default: error)')
assert log.contains('User property: apigw-lint.failOnSeverity')
assert log.contains('User property: apigw-lint.skip')
assert log.contains('BUILD SUCCESS')
return true
