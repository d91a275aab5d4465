data "aws_iam_policy_document" "billing" {
  statement {
    sid     = "AllowBillingCallers"
    effect  = "Allow"
    actions = ["execute-api:Invoke"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    resources = ["${aws_api_gateway_rest_api.billing.execution_arn}/*"]
  }
}

resource "aws_api_gateway_rest_api_policy" "billing" {
  rest_api_id = aws_api_gateway_rest_api.billing.id
  policy      = data.aws_iam_policy_document.billing.json
}
