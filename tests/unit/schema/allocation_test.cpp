// Validating a valid document allocates nothing (the engine runs on every
// node of every file). This file counts allocations for the whole program.
#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "schema/schema.h"
#include "suite_helpers.h"

namespace {
std::atomic<size_t> g_allocations{0};
}

void* operator new(std::size_t size) {
  ++g_allocations;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  ++g_allocations;
  return std::malloc(size ? size : 1);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

using namespace encat;
using schema::testing::read_yaml_text;

namespace {

size_t allocations_while_validating(const schema::Schema& schema, yaml::Node node) {
  std::vector<Finding> findings;
  const size_t before = g_allocations.load();
  schema::validate(schema, node, findings);
  const size_t after = g_allocations.load();
  CHECK(findings.empty());
  return after - before;
}

}  // namespace

TEST_CASE("validating a valid catalog allocates nothing") {
  const schema::Schema* schema = schema::SchemaSet::embedded().find("unified");
  REQUIRE(schema != nullptr);
  const auto document = read_yaml_text(
      "kind: unified\nid: zj-unified-2022\ntitle: 浙江省综合行政执法事项统一目录(2022年)\nregion: \"330000\"\n"
      "edition: 2022\neffective: 2022-03-01\nmatters:\n"
      "  - code: \"330275012000\"\n    name: 对档案服务企业在服务过程中丢失国有档案的行政处罚\n    domain: 档案\n"
      "    power: 行政处罚\n    basis:\n      - law: 中华人民共和国档案法\n        articles: [第四十八条, "
      "第四十九条第二款]\n"
      "    scope: 全部\n    boundary: 档案主管部门负责监管。\n    from: [档案局]\n    township: 可放可不放\n"
      "    traits: [高频, 易发现]\n    status: 有效\n");
  CHECK(allocations_while_validating(*schema, document->root()) == 0);
}

TEST_CASE("validating with every kind of keyword allocates nothing when valid") {
  const auto schema_document = read_yaml_text(R"({
    "type": "object",
    "properties": {
      "a": {"anyOf": [{"type": "string"}, {"type": "integer", "multipleOf": 2}]},
      "b": {"oneOf": [{"type": "string"}, {"type": "array", "items": [{"const": 1}], "additionalItems": {"type": "integer"}}]},
      "c": {"not": {"type": "null"}, "minLength": 2, "maxLength": 9, "pattern": "^[a-z]+$"},
      "d": {"if": {"minimum": 10}, "then": {"maximum": 20}, "else": {"exclusiveMinimum": 0}},
      "e": {"type": "array", "uniqueItems": true, "contains": {"const": "x"}, "minItems": 1, "maxItems": 40},
      "f": {"type": "object", "propertyNames": {"pattern": "^[0-9]{4}$"}, "additionalProperties": {"type": "integer"},
            "minProperties": 1, "maxProperties": 3},
      "g": {"patternProperties": {"^x-": {"type": "boolean"}}, "dependencies": {"p": ["q"], "q": {"required": ["p"]}}},
      "h": {"enum": [[1, 2], {"k": "v"}, "s", 1.5, null]},
      "i": {"$ref": "#/definitions/tree"}
    },
    "required": ["a", "b"],
    "definitions": {"tree": {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#/definitions/tree"}}}}}
  })");
  auto compiled = schema::compile(schema_document->root());
  REQUIRE(std::holds_alternative<std::unique_ptr<schema::Schema>>(compiled));
  const schema::Schema& schema = *std::get<std::unique_ptr<schema::Schema>>(compiled);
  std::string many_items = "[x";
  for (int i = 0; i < 36; ++i) many_items += ", v" + std::to_string(i);
  many_items += "]";
  const auto document = read_yaml_text(
      "a: 4\nb: [1, 2, 3]\nc: abc\nd: 15\ne: " + many_items +
      "\nf: {2022: 1, \"2023\": 2}\ng: {x-a: true, p: 1, q: 2}\nh: {k: v}\ni: {kids: [{kids: []}, {}]}\n");
  CHECK(allocations_while_validating(schema, document->root()) == 0);
}
