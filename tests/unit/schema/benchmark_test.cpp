// A micro-benchmark, skipped by default; run it with
//   unit_schema -tc='benchmark*' --no-skip
// It reads a 3,400-matter department catalog once and validates it many
// times, comparing the cost of validating with the cost of reading.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>

#include "schema/schema.h"
#include "yaml/reader.h"

using namespace encat;

namespace {

std::string department_catalog(size_t matters) {
  std::string out =
      "kind: department\nid: tonglu-shichang-jianguan-2022\ntitle: 桐庐县市场监督管理局行政执法事项清单(2022年)\n"
      "region: \"330122\"\nedition: 2022\neffective: 2022-05-01\nissuer: 桐庐县市场监督管理局\n"
      "document: 桐市场〔2022〕10号\ndepartment: 市场监督管理局\nmatters:\n";
  static const char* const powers[] = {"行政处罚", "行政强制", "行政检查", "其他"};
  static const char* const traits[] = {"[高频, 易发现]", "[高综合]", "[高需求, 易处置, 高频]"};
  for (size_t i = 0; i < matters; ++i) {
    out += fmt::format(
        "  - code: \"3302{:08}\"\n"
        "    name: 对广告经营者未按规定办理登记手续的行政处罚(第{}项)\n"
        "    domain: 市场监管\n"
        "    power: {}\n"
        "    basis:\n"
        "      - law: 中华人民共和国广告法\n"
        "        articles: [第七十二条, 第五十条, 第二十一条第一款第(四)项]\n"
        "      - law: 市场主体登记管理条例\n"
        "    boundary: 市场监督管理局负责广告经营者的监督管理,依法查处广告经营者未按规定办理登记手续等违法行为。"
        "涉嫌犯罪的,依法移送公安机关。市场监督管理局应当建立健全随机抽查机制,依法公开抽查结果。\n"
        "    traits: {}\n"
        "    status: 有效\n",
        i, i, powers[i % 4], traits[i % 3]);
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("benchmark: validating a 3,400-matter department catalog" * doctest::skip()) {
  const std::string text = department_catalog(3400);
  const schema::Schema* schema = schema::SchemaSet::embedded().find("department");
  REQUIRE(schema != nullptr);

  double read_best = 1e9;
  std::shared_ptr<const yaml::Document> document;
  for (int round = 0; round < 5; ++round) {
    const auto start = std::chrono::steady_clock::now();
    yaml::ReadResult read = yaml::read_bytes("department.yaml", text, yaml::Limits{});
    read_best = std::min(read_best, seconds_since(start));
    REQUIRE(read.findings.empty());
    document = std::move(read.document);
  }

  std::vector<Finding> findings;
  schema::validate(*schema, document->root(), findings);
  REQUIRE(findings.empty());
  const int kRuns = std::getenv("ENCAT_BENCH_RUNS") ? std::atoi(std::getenv("ENCAT_BENCH_RUNS")) : 200;
  const auto start = std::chrono::steady_clock::now();
  for (int run = 0; run < kRuns; ++run) schema::validate(*schema, document->root(), findings);
  const double validate_each = seconds_since(start) / kRuns;
  CHECK(findings.empty());

  MESSAGE(fmt::format("{} bytes, {} nodes: read {:.2f} ms, validate {:.3f} ms ({:.2f}% of reading)", text.size(),
                      document->node_count(), read_best * 1e3, validate_each * 1e3, 100 * validate_each / read_best));
}
