// The laws, lenient and staffing files of format.md in canonical form,
// shared by the tests of their schema, writer and diff.
#pragma once

#include <string>

namespace encat::testing {

inline const std::string laws_canonical = R"(kind: laws
id: zhejiang-laws
title: 浙江省行政执法依据法规库
laws:
  - name: 中华人民共和国环境噪声污染防治法
    level: 法律
    status: 已废止
    effective: 1997-03-01
    repealed: 2022-06-05
    replaced_by: 中华人民共和国噪声污染防治法
  - name: 中华人民共和国噪声污染防治法
    level: 法律
    status: 现行有效
    effective: 2022-06-05
)";

inline const std::string lenient_canonical = R"(kind: lenient
id: jiangshan-lenient-2022
title: 江山市综合行政执法领域轻微违法行为不予行政处罚清单(2022年)
region: "330881"
edition: 2022
effective: 2022-05-01
document: 江综执〔2022〕8号
matters:
  - code: "330217125000"
    conduct: 未取得施工许可证擅自施工,工程尚未实施主体结构施工
    conditions: 首次被发现,主动改正,未造成危害后果
    measure: 不予处罚
)";

inline const std::string staffing_canonical = R"(kind: staffing
id: jiangshan-staffing
title: 江山市行政执法力量统计
region: "330881"
years:
  - year: 2021
    total: 600
    frontline: 480
  - year: 2022
    total: 612
    frontline: 520
    township: 330
)";

}  // namespace encat::testing
