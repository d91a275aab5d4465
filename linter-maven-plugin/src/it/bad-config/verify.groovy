// A configuration error fails with a message naming the file, the place and the problem.
def log = new File(basedir, 'build.log').text
assert log.contains('apigw-lint: .apigw-lint.yaml:1:1: rulez: unknown key (did you mean \'rules\'?)')
assert log.contains('BUILD FAILURE')
return true
