// The rule of a jar added as a plugin dependency runs next to the built-in ones.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] src\/main\/cloudformation\/catalog\.yaml:\d+:\d+ it-every-api custom rule saw REST API CatalogApi/
assert log.contains('BUILD SUCCESS')
if (binding.hasVariable('systemMavenHome')) {
  assert log.contains('Maven home: ' + systemMavenHome)
}
return true
