/// A small trade API whose request models have required properties and business enums: one
/// operation whose body requires fields, one whose body requires none, a multipart upload with
/// required parts, and a model both a request and a response carry.
enum TradeSpec {
    static let yaml = Snippet.spec(
        paths: """

              /v3/alipay/trade/create:
                post:
                  tags: [alipay.trade]
                  operationId: alipay.trade.create
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/AlipayTradeCreateModel'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/AlipayTradeCreateResponseModel'
              /v3/alipay/trade/query:
                post:
                  tags: [alipay.trade]
                  operationId: alipay.trade.query
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/AlipayTradeQueryModel'
                  responses:
                    '200': {description: ok}
              /v3/alipay/trade/attachment/upload:
                post:
                  tags: [alipay.trade]
                  operationId: alipay.trade.attachment.upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [data, business_license_picture, shop_sign_board_picture]
                          properties:
                            data:
                              $ref: '#/components/schemas/ExtendParams'
                            business_license_picture: {type: string, format: binary}
                            shop_sign_board_picture: {type: string, format: binary}
                            shop_scene_picture: {type: string, format: binary}
                  responses:
                    '200': {description: ok}
            """,
        schemas: """
                AlipayTradeCreateModel:
                  type: object
                  required: [out_trade_no, subject, total_amount, trade_status, extend_params, goods, goods_detail, operator]
                  properties:
                    alipay_store_id: {type: string}
                    out_trade_no: {type: string, example: '20150320010101001'}
                    subject: {type: string}
                    total_amount: {type: string, example: '88.88'}
                    trade_status:
                      type: string
                      enum: [WAIT_BUYER_PAY, TRADE_SUCCESS]
                    status:
                      $ref: '#/components/schemas/AlipayTradeStatus'
                    extend_params:
                      $ref: '#/components/schemas/ExtendParams'
                    goods:
                      $ref: '#/components/schemas/Goods'
                    goods_detail:
                      type: array
                      items:
                        $ref: '#/components/schemas/Goods'
                    operator: {type: string}
                ExtendParams:
                  type: object
                  required: [hb_fq_num, timeout_express, status]
                  properties:
                    hb_fq_num: {type: string, example: '3'}
                    timeout_express: {type: integer, example: '1669388400000'}
                    status:
                      $ref: '#/components/schemas/AlipayTradeStatus'
                Goods:
                  type: object
                  required: [goods_name]
                  properties:
                    goods_name: {type: string}
                    price: {type: number}
                AlipayTradeQueryModel:
                  type: object
                  properties:
                    out_trade_no: {type: string}
                AlipayTradeCreateResponseModel:
                  type: object
                  required: [trade_no]
                  properties:
                    trade_no: {type: string}
                    goods:
                      $ref: '#/components/schemas/Goods'
                UnusedRecord:
                  type: object
                  required: [record_id]
                  properties:
                    record_id: {type: string}
                AlipayTradeStatus:
                  type: string
                  description: The status of a trade.
                  enum: [WAIT_BUYER_PAY, TRADE_CLOSED, TRADE_SUCCESS]
            """)

    /// The declaration of the type `name` (`public struct Name` or `public enum Name` up to its closing
    /// brace at the start of a line) in the generated files.
    static func declaration(of name: String, in files: [String: String]) -> String? {
        for text in files.values {
            for keyword in ["public struct ", "public enum "] {
                guard let start = text.range(of: "\n" + keyword + name + ":") else { continue }
                guard let end = text.range(of: "\n}\n", range: start.upperBound..<text.endIndex) else { return nil }
                return String(text[text.index(after: start.lowerBound)..<end.upperBound])
            }
        }
        return nil
    }
}
