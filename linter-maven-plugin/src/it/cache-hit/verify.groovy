// The second of two builds over unchanged inputs reuses the first one's result and says so,
// printing the same findings again.
def log = new File(basedir, 'build.log').text
assert log.count('reusing its result') == 1
assert log.count('private-api-without-policy REST API OrdersApi is PRIVATE') == 2
assert new File(basedir, 'target/apigw-lint/apigw-lint.cache').isFile()
return true
