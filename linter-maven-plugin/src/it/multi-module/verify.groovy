// Each module is checked on its own and writes its own reports; paths are relative to the top of
// the build, so that the two modules' findings can be told apart and SARIF paths are repository paths.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] orders\/src\/main\/cloudformation\/orders-api\.yaml:\d+:\d+ private-api-without-policy REST API OrdersApi is PRIVATE/
assert log =~ /\[ERROR\] payments\/infra\/payments-api\.yaml:\d+:\d+ private-api-without-policy REST API PaymentsApi is PRIVATE/
assert log.contains('BUILD SUCCESS')
['orders': 'orders/src/main/cloudformation/orders-api.yaml', 'payments': 'payments/infra/payments-api.yaml'].each { module, path ->
  def sarif = new JsonSlurper().parse(new File(basedir, module + '/target/apigw-lint/apigw-lint.sarif'))
  assert sarif.runs[0].results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri == [path]
}
assert !new File(basedir, 'target/apigw-lint').exists()
return true
