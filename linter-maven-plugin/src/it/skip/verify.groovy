def log = new File(basedir, 'build.log').text
assert log.contains('apigw-lint: skipped (apigw-lint.skip)')
assert !log.contains('private-api-without-policy')
assert !new File(basedir, 'target/apigw-lint').exists()
assert log.contains('BUILD SUCCESS')
return true
