/// What `gen import` writes for `SpecImportTests.yamlSpec` (and its JSON form).
enum SpecImportTestsExpected {
    static let text = """
        # The facts of Alipay's OpenAPI v3 spec: paths, operations, parameters, schemas, types, formats,
        # enums, required fields, deprecations, encodings and examples. Written by `gen import` from the
        # spec Alipay publishes, with Alipay's descriptions, summaries and titles left out; do not edit
        # by hand. The project's descriptions, and the facts Alipay states only in prose, are in the
        # overlay-*.yaml files beside it.
        openapi: '3.0.3'
        info:
          title: Alipay OpenAPI v3
          version: '2025-08-05'
        servers:
        - url: https://openapi.alipay.com
        tags:
        - name: alipay.trade
        paths:
          /v3/alipay/trade/query:
            post:
              tags:
              - alipay.trade
              operationId: alipay.trade.query
              deprecated: true
              parameters:
              - name: org_pid
                in: query
                required: false
                schema:
                  type: string
              requestBody:
                content:
                  multipart/form-data:
                    schema:
                      $ref: '#/components/schemas/AlipayTradeQueryModel'
                    encoding:
                      file:
                        contentType: image/png
              responses:
                '200':
                  description: Successful response.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/AlipayTradeQueryModel'
                default:
                  description: Error response.
        components:
          schemas:
            AlipayTradeQueryModel:
              type: object
              required:
              - out_trade_no
              x-alipay-kind: model
              properties:
                out_trade_no:
                  type: string
                  example: '20150320010101001'
                  maxLength: 64
                description:
                  type: string
                  enum:
                  - 'Y'
                  - 'N'
                  - '1.0'
                  - 'yes'
                  - ''
                  - 'true'
                  - 大乐透
                title:
                  type: integer
                  format: int64
                  example: 3
                  default: 0
                amount:
                  type: number
                  example: 88.88
                file:
                  type: string
                  format: binary

        """
}
