// A project whose only API has a correct resource policy passes, and the default reports are written.
def log = new File(basedir, 'build.log').text
assert log.contains('apigw-lint: no findings; 1 file checked')
assert log.contains('BUILD SUCCESS')
def out = new File(basedir, 'target/apigw-lint')
assert new File(out, 'apigw-lint.txt').isFile()
assert new File(out, 'apigw-lint.sarif').isFile()
assert !new File(out, 'apigw-lint.json').exists()
if (binding.hasVariable('systemMavenHome')) {
  // the run with the machine's own Maven: show that it was that Maven
  assert log.contains('Maven home: ' + systemMavenHome)
}
return true
