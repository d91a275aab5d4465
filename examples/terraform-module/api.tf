# Billing API (account 111111111111), PRIVATE, written in Terraform HCL. Its resource policy
# (policy.tf) comes from an aws_iam_policy_document that allows every caller but forgets the
# aws:SourceVpce condition, so any VPC endpoint of any account can reach the API.
# Expected: private-api-open-to-any-vpce on statement AllowBillingCallers (policy.tf).

variable "billing_endpoint_id" {
  description = "The execute-api VPC endpoint of the billing VPC."
  default     = "vpce-0d2b6f8a4c1e93575"
}

resource "aws_api_gateway_rest_api" "billing" {
  name = "billing"

  endpoint_configuration {
    types            = ["PRIVATE"]
    vpc_endpoint_ids = [var.billing_endpoint_id]
  }
}

resource "aws_api_gateway_resource" "invoices" {
  rest_api_id = aws_api_gateway_rest_api.billing.id
  parent_id   = aws_api_gateway_rest_api.billing.root_resource_id
  path_part   = "invoices"
}

resource "aws_api_gateway_method" "list_invoices" {
  rest_api_id   = aws_api_gateway_rest_api.billing.id
  resource_id   = aws_api_gateway_resource.invoices.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_deployment" "billing" {
  rest_api_id = aws_api_gateway_rest_api.billing.id

  triggers = {
    redeployment = sha1(jsonencode([
      aws_api_gateway_method.list_invoices.id,
      aws_api_gateway_rest_api_policy.billing.policy,
    ]))
  }
}
