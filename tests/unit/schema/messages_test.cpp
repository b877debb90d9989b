// The E004 texts: what users read, pinned word for word.
#include <doctest/doctest.h>

#include "schema/schema.h"
#include "suite_helpers.h"

using namespace encat;
using namespace encat::schema;
using schema::testing::read_yaml_text;

namespace {

// A small catalog schema in the style of schemas/*.schema.json.
constexpr std::string_view kCatalogSchema = R"({
  "type": "object",
  "properties": {
    "kind": {"type": "string", "const": "unified"},
    "id": {"$ref": "#/definitions/id", "title": "标识"},
    "edition": {"title": "版本年份", "type": "integer", "minimum": 1949, "maximum": 2200},
    "matters": {"type": "array", "items": {"$ref": "#/definitions/matter"}},
    "inspections": {
      "type": "object",
      "propertyNames": {"pattern": "^[0-9]{4}$"},
      "additionalProperties": {"type": "integer", "minimum": 0}
    }
  },
  "required": ["kind", "id"],
  "additionalProperties": false,
  "definitions": {
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{1,63}$"},
    "matter": {
      "type": "object",
      "properties": {
        "code": {"$ref": "#/definitions/code", "title": "事项代码"},
        "name": {"title": "事项名称", "type": "string", "minLength": 1},
        "basis": {"title": "法律依据", "type": "array", "minItems": 1, "items": {"type": "string"}},
        "scope": {"title": "划转范围", "type": "string", "enum": ["全部", "部分"]},
        "traits": {"type": "array", "uniqueItems": true, "items": {"type": "string"}}
      },
      "required": ["code", "name", "basis", "scope"],
      "additionalProperties": false
    },
    "code": {"type": "string", "minLength": 1}
  }
})";

std::unique_ptr<Schema> compile_text(std::string_view json) {
  const auto document = read_yaml_text(json);
  auto compiled = compile(document->root());
  if (auto* error = std::get_if<std::string>(&compiled)) FAIL("does not compile: " << *error);
  return std::move(std::get<std::unique_ptr<Schema>>(compiled));
}

// Each finding as "line:col en | zh", then its notes indented.
std::vector<std::string> findings(std::string_view schema_json, std::string_view yaml) {
  const auto schema = compile_text(schema_json);
  const auto document = read_yaml_text(yaml);
  std::vector<Finding> out;
  validate(*schema, document->root(), out);
  CHECK(is_valid(*schema, document->root()) == out.empty());
  std::vector<std::string> lines;
  for (const Finding& f : out) {
    CHECK(f.code == Code::E004);
    lines.push_back(fmt::format("{}:{} {} | {}", f.location.line, f.location.column, f.message.en, f.message.zh));
    for (const Note& note : f.notes) lines.push_back(fmt::format("  {} | {}", note.text.en, note.text.zh));
  }
  return lines;
}

using Lines = std::vector<std::string>;

constexpr std::string_view kHeader = "kind: unified\nid: zj-unified-2022\n";

std::string catalog(std::string_view matters) { return std::string(kHeader) + "matters:\n" + std::string(matters); }

constexpr std::string_view kGoodMatter =
    "  - code: \"330275012000\"\n    name: 对档案服务企业的行政处罚\n    basis: [档案法]\n    scope: 全部\n";

}  // namespace

TEST_CASE("a valid document has no findings") { CHECK(findings(kCatalogSchema, catalog(kGoodMatter)).empty()); }

TEST_CASE("an unknown field is reported at its key, with a near property suggested") {
  const std::string doc =
      catalog("  - code: \"330275012000\"\n    name: 对档案服务企业的行政处罚\n    basis: [档案法]\n    scop: 全部\n");
  // `scope` is missing too, but that is the same problem: one finding.
  CHECK(findings(kCatalogSchema, doc) == Lines{
                                             "7:5 `/matters/0`: unknown field `scop` | `/matters/0`：未知字段 `scop`",
                                             "  did you mean `scope`? | 是否应为 `scope`？",
                                         });
  CHECK(findings(kCatalogSchema, std::string(kHeader) + "colour: red\n") ==
        Lines{"3:1 unknown field `colour` | 未知字段 `colour`"});
}

TEST_CASE("a missing field is reported at the mapping that lacks it, with the field's title") {
  const std::string doc =
      catalog(std::string(kGoodMatter) + "  - code: \"330275011000\"\n    name: 另一事项\n    scope: 部分\n");
  CHECK(findings(kCatalogSchema, doc) ==
        Lines{
            "8:5 `/matters/1`: missing required field `basis` | `/matters/1`：缺少必填字段 `basis`",
            "  `basis` is labelled `法律依据` in Chinese | `basis` 为 法律依据",
        });
  CHECK(findings(kCatalogSchema, "kind: unified\n") ==
        Lines{"1:1 missing required field `id` | 缺少必填字段 `id`", "  `id` is labelled `标识` in Chinese | `id` 为 标识"});
}

TEST_CASE("a number where a string is expected: suggest quoting it") {
  const std::string doc = catalog("  - code: 330275012000\n    name: 事项\n    basis: [档案法]\n    scope: 全部\n");
  CHECK(findings(kCatalogSchema, doc) == Lines{
                                             "4:11 `/matters/0/code`: expected a string, found an integer | "
                                             "`/matters/0/code`：应为字符串，实为整数",
                                             "  quote it: `\"330275012000\"` | 加引号：`\"330275012000\"`",
                                             "  `code` is labelled `事项代码` in Chinese | `code` 为 事项代码",
                                         });
}

TEST_CASE("a quoted number where an integer is expected: suggest removing the quotes") {
  CHECK(findings(kCatalogSchema, std::string(kHeader) + "edition: \"2022\"\n") ==
        Lines{"3:10 `/edition`: expected an integer, found a string | `/edition`：应为整数，实为字符串",
              "  remove the quotes: `2022` | 去掉引号：`2022`", "  `edition` is labelled `版本年份` in Chinese | `edition` 为 版本年份"});
}

TEST_CASE("a value outside an enum lists the allowed ones") {
  const std::string doc = catalog("  - code: \"330275012000\"\n    name: 事项\n    basis: [档案法]\n    scope: 全\n");
  CHECK(findings(kCatalogSchema, doc) ==
        Lines{
            "7:12 `/matters/0/scope`: `全` is not allowed; expected one of `全部`, `部分` | "
            "`/matters/0/scope`：`全` 不是允许的值，应为 `全部`、`部分` 之一",
            "  `scope` is labelled `划转范围` in Chinese | `scope` 为 划转范围",
        });
}

TEST_CASE("const, pattern, minimum, minItems and minLength say it plainly") {
  CHECK(findings(kCatalogSchema, "kind: township\nid: Bad_ID\nedition: 1900\n") ==
        Lines{
            "1:7 `/kind`: expected `unified`, found `township` | `/kind`：应为 `unified`，实为 `township`",
            "2:5 `/id`: `Bad_ID` should be 2-64 lower-case letters, digits, `.`, `_` or `-`, starting with a letter "
            "or digit | `/id`：`Bad_ID` 应为 2–64 个小写字母、数字或 `.` `_` `-`，以字母或数字开头",
            "  `id` is labelled `标识` in Chinese | `id` 为 标识",
            "3:10 `/edition`: expected at least 1949, found 1900 | `/edition`：应不小于 1949，实为 1900",
            "  `edition` is labelled `版本年份` in Chinese | `edition` 为 版本年份",
        });
  const std::string doc = catalog("  - code: \"330275012000\"\n    name: \"\"\n    basis: []\n    scope: 全部\n");
  CHECK(findings(kCatalogSchema, doc) == Lines{
                                             "5:11 `/matters/0/name`: must not be empty | `/matters/0/name`：不能为空",
                                             "  `name` is labelled `事项名称` in Chinese | `name` 为 事项名称",
                                             "6:12 `/matters/0/basis`: expected at least 1 item, found none | "
                                             "`/matters/0/basis`：应至少有 1 项，实为空列表",
                                             "  `basis` is labelled `法律依据` in Chinese | `basis` 为 法律依据",
                                         });
}

TEST_CASE("a wrong type gets one finding, not one per keyword below it") {
  CHECK(findings(kCatalogSchema, std::string(kHeader) + "matters:\n  a: 1\n  b: {c: 2}\n") ==
        Lines{"4:3 `/matters`: expected a list, found a mapping | `/matters`：应为列表，实为映射"});
  CHECK(findings(kCatalogSchema, catalog("  - 330275012000\n")) ==
        Lines{"4:5 `/matters/0`: expected a mapping, found an integer | `/matters/0`：应为映射，实为整数"});
}

TEST_CASE("findings come in document order") {
  const std::string doc =
      "id: Bad_ID\nkind: township\nmatters:\n  - code: 1\n    name: 事项\n    basis: [档案法]\n    scope: 全\n";
  const Lines lines = findings(kCatalogSchema, doc);
  std::vector<std::string> positions;
  for (const std::string& line : lines)
    if (line[0] != ' ') positions.push_back(line.substr(0, line.find(' ')));
  CHECK(positions == std::vector<std::string>{"1:5", "2:7", "4:11", "7:12"});
}

TEST_CASE("repeated items, field names and non-scalar keys") {
  const std::string doc = catalog(
      "  - code: \"330275012000\"\n    name: 事项\n    basis: [档案法]\n    scope: 全部\n    traits: [高频, 易发现, "
      "高频]\n");
  CHECK(findings(kCatalogSchema, doc) ==
        Lines{"8:23 `/matters/0/traits/2`: repeats `/matters/0/traits/0`; items must be unique | "
              "`/matters/0/traits/2`：与 `/matters/0/traits/0` 重复，各项不能重复"});
  CHECK(findings(kCatalogSchema, std::string(kHeader) + "inspections: {2022: 3, 20223: 1, 2024: -1}\n") ==
        Lines{"3:24 `/inspections`: field name `20223` should be a four-digit year | "
              "`/inspections`：字段名 `20223` 应为四位年份",
              "3:40 `/inspections/2024`: expected at least 0, found -1 | `/inspections/2024`：应不小于 0，实为 -1"});
  CHECK(findings(kCatalogSchema, std::string(kHeader) + "inspections: {[1, 2]: 3}\n") ==
        Lines{"3:15 `/inspections`: a mapping key must be a scalar, found a list | "
              "`/inspections`：映射的键应为标量，实为列表"});
}

TEST_CASE("anyOf and oneOf report the closest alternative, or one merged sentence") {
  constexpr std::string_view schema = R"({
    "properties": {
      "size": {"anyOf": [{"type": "string", "pattern": "^[0-9]+(KiB|MiB)$"}, {"type": "integer", "minimum": 1}]},
      "flag": {"oneOf": [{"type": "string"}, {"type": "boolean"}]},
      "level": {"anyOf": [{"const": "error"}, {"enum": ["warning", "off"]}]},
      "item": {"oneOf": [
        {"type": "string"},
        {"type": "object", "properties": {"law": {"type": "string"}}, "required": ["law"], "additionalProperties": false}
      ]}
    }
  })";
  CHECK(findings(schema, "size: 12 GiB\n") ==
        Lines{"1:7 `/size`: `12 GiB` does not match the pattern `^[0-9]+(KiB|MiB)$` | "
              "`/size`：`12 GiB` 不符合模式 `^[0-9]+(KiB|MiB)$`"});
  CHECK(findings(schema, "size: 0\n") ==
        Lines{"1:7 `/size`: expected at least 1, found 0 | `/size`：应不小于 1，实为 0"});
  CHECK(findings(schema, "flag: 1\n") ==
        Lines{"1:7 `/flag`: expected a string or a boolean, found an integer | `/flag`：应为字符串或布尔值，实为整数",
              "  quote it: `\"1\"` | 加引号：`\"1\"`"});
  CHECK(findings(schema, "level: fatal\n") ==
        Lines{"1:8 `/level`: `fatal` is not allowed; expected one of `error`, `warning`, `off` | "
              "`/level`：`fatal` 不是允许的值，应为 `error`、`warning`、`off` 之一"});
  CHECK(findings(schema, "item: {lwa: 档案法}\n") ==
        Lines{"1:8 `/item`: unknown field `lwa` | `/item`：未知字段 `lwa`", "  did you mean `law`? | 是否应为 `law`？"});
}

TEST_CASE("not, oneOf with several matches, contains, dependencies and false schemas: one short sentence") {
  constexpr std::string_view schema = R"({
    "properties": {
      "a": {"not": {"type": "null"}},
      "b": {"oneOf": [{"type": "integer"}, {"minimum": 0}]},
      "c": {"contains": {"const": "x"}},
      "d": {"dependencies": {"scope_note": ["scope"]}},
      "e": {"items": [{"type": "string"}], "additionalItems": false},
      "f": false,
      "g": {"maxLength": 3, "maxItems": 1, "maxProperties": 1, "multipleOf": 0.5, "exclusiveMaximum": 10}
    }
  })";
  CHECK(findings(schema, "a: ~\n") ==
        Lines{"1:4 `/a`: must not match the schema under `not` | `/a`：不应符合 `not` 下的模式"});
  CHECK(findings(schema, "b: 3\n") == Lines{"1:4 `/b`: matches alternatives 1 and 2 of `oneOf`; expected exactly one | "
                                            "`/b`：同时符合 `oneOf` 的第 1、2 个分支，只能符合其一"});
  CHECK(findings(schema, "c: [y, z]\n") ==
        Lines{"1:4 `/c`: no item matches the `contains` schema | `/c`：没有一项符合 `contains` 的要求"});
  CHECK(findings(schema, "d: {scope_note: 仅限…}\n") ==
        Lines{"1:4 `/d`: field `scope_note` requires field `scope` | `/d`：有字段 `scope_note` 时必须有字段 `scope`"});
  CHECK(findings(schema, "e: [a, b, c]\n") ==
        Lines{"1:8 `/e/1`: unexpected item: at most 1 item is allowed | `/e/1`：多余的项：最多允许 1 项"});
  CHECK(findings(schema, "f: 1\n") == Lines{"1:1 field `f` is not allowed | 不允许字段 `f`"});
  CHECK(findings(schema, "g: 档案服务\n") ==
        Lines{"1:4 `/g`: expected at most 3 characters, found 4 | `/g`：应至多 3 个字符，实为 4 个"});
  CHECK(findings(schema, "g: [1, 2]\n") ==
        Lines{"1:4 `/g`: expected at most 1 item, found 2 | `/g`：应至多有 1 项，实为 2 项"});
  CHECK(findings(schema, "g: {x: 1, y: 2}\n") ==
        Lines{"1:4 `/g`: expected at most 1 field, found 2 | `/g`：应至多有 1 个字段，实为 2 个"});
  CHECK(findings(schema, "g: 10.25\n") ==
        Lines{"1:4 `/g`: expected less than 10, found 10.25 | `/g`：应小于 10，实为 10.25",
              "1:4 `/g`: expected a multiple of 0.5, found 10.25 | `/g`：应为 0.5 的倍数，实为 10.25"});
}

TEST_CASE("pointers escape `~` and `/`, and long values are cut") {
  constexpr std::string_view schema = R"({"additionalProperties": {"type": "string", "enum": ["a"]}})";
  CHECK(findings(schema, "\"a/b~c\": 1\n") ==
        Lines{"1:10 `/a~1b~0c`: expected a string, found an integer | `/a~1b~0c`：应为字符串，实为整数",
              "  quote it: `\"1\"` | 加引号：`\"1\"`"});
  CHECK(
      findings(schema, "x: 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二\n") ==
      Lines{"1:4 `/x`: expected `a`, found "
            "`一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…` | "
            "`/x`：应为 `a`，实为 `一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…`"});
}

TEST_CASE("a repeat in a long list is found at its first repeat") {
  constexpr std::string_view schema = R"({"uniqueItems": true})";
  for (size_t n : {40, 300}) {
    std::string list = "[";
    for (size_t i = 0; i < n; ++i) list += (i ? ", " : "") + std::to_string(i == n - 3 ? 7 : i == n - 1 ? 5 : i);
    list += "]";
    INFO(n);
    const Lines lines = findings(schema, list + "\n");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find(fmt::format("`/{}`: repeats `/7`; items must be unique", n - 3)) != std::string::npos);
  }
  CHECK(findings(schema, "[{a: 1, b: [1.0, x]}, {b: [1, x], a: 1.0}]\n") ==
        Lines{"1:23 `/1`: repeats `/0`; items must be unique | `/1`：与 `/0` 重复，各项不能重复"});
}

TEST_CASE("a scalar where a list is expected: suggest the list") {
  const std::string doc = catalog("  - code: \"330275012000\"\n    name: 事项\n    basis: 档案法\n    scope: 全部\n");
  CHECK(findings(kCatalogSchema, doc) == Lines{
                                             "6:12 `/matters/0/basis`: expected a list, found a string | "
                                             "`/matters/0/basis`：应为列表，实为字符串",
                                             "  write it as a list: `[档案法]` | 写成列表：`[档案法]`",
                                             "  `basis` is labelled `法律依据` in Chinese | `basis` 为 法律依据",
                                         });
}

TEST_CASE("with item_field as its SubjectOf a finding inside a matter names the matter's code") {
  const auto schema = compile_text(kCatalogSchema);
  const auto document =
      read_yaml_text(catalog(std::string(kGoodMatter) +
                             "  - code: 330275011000\n    name: 事项\n    basis: [档案法]\n    scope: 全\n") +
                     "edition: 1900\n");
  std::vector<Finding> out;
  validate(*schema, document->root(), out,
           [](yaml::Node root, std::string_view pointer) { return item_field(root, pointer, "matters", "code"); });
  REQUIRE(out.size() == 3);
  CHECK(out[0].matter == "330275011000");  // the code itself, though it is not quoted
  CHECK(out[1].matter == "330275011000");
  CHECK(out[2].matter.empty());  // /edition
}
