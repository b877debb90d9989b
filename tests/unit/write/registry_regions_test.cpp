// A registry's `regions` (code → name) and `specialist_departments` are
// written back canonically, comments beside their lines, and read back equal.
#include <doctest/doctest.h>

#include "../loading.h"
#include "write/yaml_writer.h"

using namespace encat;

TEST_CASE("a registry's regions and specialist departments are written canonically, comments kept") {
  const std::string source =
      "kind: registry\n"
      "id: zhejiang-registry\n"
      "title: 浙江省执法领域与部门\n"
      "specialist_departments: [市场监督管理局,   生态环境局]\n"
      "regions:\n"
      "  \"330881\": 江山市   # 县级市\n"
      "  # 街道\n"
      "  \"330881001\": 双塔街道\n"
      "  \"330881102\": \"贺村镇\"\n";
  const model::Catalog registry = test::load_clean(source);
  const std::string written = write::to_yaml(registry);
  CHECK(written ==
        "kind: registry\n"
        "id: zhejiang-registry\n"
        "title: 浙江省执法领域与部门\n"
        "specialist_departments: [市场监督管理局, 生态环境局]\n"
        "regions:\n"
        "  \"330881\": 江山市  # 县级市\n"
        "  # 街道\n"
        "  \"330881001\": 双塔街道\n"
        "  \"330881102\": 贺村镇\n");
  CHECK(test::load_clean(written) == registry);
  CHECK(write::to_yaml(test::load_clean(written)) == written);
}

TEST_CASE("an empty regions mapping stays written") {
  const model::Catalog registry = test::load_clean("kind: registry\nid: zhejiang-registry\ntitle: 登记表\nregions: {}\n");
  CHECK(write::to_yaml(registry) == "kind: registry\nid: zhejiang-registry\ntitle: 登记表\nregions: {}\n");
}
