import Testing

@testable import GenSDKModel

@Suite struct MethodNamesTests {
    private func names(_ operationIds: [String], reserved: Set<String> = ["client"]) -> [String] {
        MethodNames.make(for: operationIds, reserved: reserved)
    }

    @Test func namesThatDoNotCollideAreKept() {
        #expect(
            names(["alipay.ebpp.bill.add", "alipay.ebpp.bill.get", "alipay.x.import"]) == ["add", "get", "`import`"])
    }

    @Test func everyCollidingMethodIsNamedByItsDistinguishingWords() {
        #expect(
            names(["alipay.commerce.closelyrzone.query", "alipay.commerce.encrydata.query", "alipay.commerce.x.create"])
                == ["closelyrzoneQuery", "encrydataQuery", "create"])
    }

    @Test func sharedWordsAreTiesThatTakeOneMoreWord() {
        let operationIds = [
            "alipay.commerce.ec.department.info.query",
            "alipay.commerce.ec.employee.info.query",
            "alipay.commerce.ec.user.enterprise.query",
        ]
        #expect(names(operationIds) == ["departmentInfoQuery", "employeeInfoQuery", "enterpriseQuery"])
    }

    @Test func anOperationIdEndingAnotherIsNamedByAllItsWords() {
        #expect(names(["a.query", "b.a.query"]) == ["aQuery", "bAQuery"])
        #expect(
            names(["alipay.commerce.encrydata.query", "alipay.commerce.ec.encrydata.query"]) == [
                "commerceEncrydataQuery", "ecEncrydataQuery",
            ])
    }

    @Test func wordsAreSplitOnEverySeparatorAndCase() {
        #expect(names(["shop-order.query", "shop_refund.query"]) == ["orderQuery", "refundQuery"])
        #expect(names(["a.batch_query", "b.batchQuery"]) == ["aBatchQuery", "bBatchQuery"])
        #expect(names(["alipay.3d.query", "alipay.4d.query"]) == ["_3dQuery", "_4dQuery"])
    }

    @Test func identicalOperationIdsFallBackToNumbers() {
        #expect(names(["x.query", "x.query"]) == ["query", "query2"])
        #expect(names(["x.query", "y.query", "x.query"]) == ["xQuery", "yQuery", "xQuery2"])
        #expect(names(["x.import", "x.import"]) == ["`import`", "import2"])
    }

    @Test func reservedNamesAreNumberedUnlessTheyCollide() {
        #expect(names(["alipay.x.client"]) == ["client2"])
        #expect(names(["alipay.x.client", "alipay.y.client"]) == ["xClient", "yClient"])
    }

    @Test func namesDoNotDependOnOrder() {
        let operationIds = [
            "alipay.commerce.ec.department.info.query",
            "alipay.commerce.ec.employee.info.query",
            "alipay.commerce.closelyrzone.query",
            "alipay.commerce.closelyrzone.create",
            "info.query",
        ]
        let names = names(operationIds)
        #expect(names == ["departmentInfoQuery", "employeeInfoQuery", "closelyrzoneQuery", "create", "infoQuery"])
        let expected = Dictionary(uniqueKeysWithValues: zip(operationIds, names))
        for permutation in permutations(of: operationIds) {
            #expect(Dictionary(uniqueKeysWithValues: zip(permutation, self.names(permutation))) == expected)
        }
    }

    private func permutations(of items: [String]) -> [[String]] {
        guard let first = items.first else { return [[]] }
        return permutations(of: Array(items.dropFirst())).flatMap { rest in
            (0...rest.count).map { index in
                var permutation = rest
                permutation.insert(first, at: index)
                return permutation
            }
        }
    }
}
