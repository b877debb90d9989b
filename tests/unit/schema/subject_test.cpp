// What a finding is about comes from the caller: the engine names nothing by
// itself (it knows nothing of matters), and item_field maps a pointer into a
// list's items to one of their fields.
#include <doctest/doctest.h>

#include "schema/schema.h"
#include "suite_helpers.h"

using namespace encat;
using namespace encat::schema;
using schema::testing::read_yaml_text;

namespace {

constexpr std::string_view kSchema = R"({
  "type": "object",
  "properties": {
    "matters": {"type": "array", "items": {"type": "object", "properties": {"scope": {"enum": ["全部", "部分"]}}}},
    "laws": {"type": "array", "items": {"type": "object", "properties": {"status": {"enum": ["有效", "已废止"]}}}}
  }
})";

constexpr std::string_view kDocument =
    "matters:\n  - code: \"330275012000\"\n    scope: 半\n"
    "laws:\n  - title: 档案法\n    status: 废\n";

std::unique_ptr<Schema> compile_text(std::string_view json) {
  const auto document = read_yaml_text(json);
  auto compiled = compile(document->root());
  REQUIRE(std::holds_alternative<std::unique_ptr<Schema>>(compiled));
  return std::move(std::get<std::unique_ptr<Schema>>(compiled));
}

std::vector<std::string> subjects(const SubjectOf& subject_of) {
  const auto schema = compile_text(kSchema);
  const auto document = read_yaml_text(kDocument);
  std::vector<Finding> out;
  validate(*schema, document->root(), out, subject_of);
  std::vector<std::string> matters;
  for (const Finding& finding : out) matters.push_back(finding.matter);
  return matters;
}

}  // namespace

TEST_CASE("without a SubjectOf the engine names no matter, even under /matters") {
  CHECK(subjects({}) == std::vector<std::string>{"", ""});
}

TEST_CASE("the caller's SubjectOf names what each finding is about from its pointer") {
  std::vector<std::string> pointers;
  const SubjectOf title_of_law = [&](yaml::Node root, std::string_view pointer) {
    pointers.emplace_back(pointer);
    return item_field(root, pointer, "laws", "title");
  };
  CHECK(subjects(title_of_law) == std::vector<std::string>{"", "档案法"});
  CHECK(pointers == std::vector<std::string>{"/matters/0/scope", "/laws/0/status"});
}

TEST_CASE("without a SubjectOf the engine names no matter") {
  const auto schema = compile_text(kSchema);
  const auto document = read_yaml_text(kDocument);
  std::vector<Finding> out;
  validate(*schema, document->root(), out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].matter == "");
  CHECK(out[1].matter == "");
}

TEST_CASE("item_field: the field of the list item a pointer is in") {
  const auto document = read_yaml_text("matters:\n  - code: a\n  - code: b\n    basis: [x]\n  - name: c\nmatter: {code: d}\n");
  const yaml::Node root = document->root();
  CHECK(item_field(root, "/matters/1/basis/0", "matters", "code") == "b");
  CHECK(item_field(root, "/matters/0", "matters", "code") == "a");
  CHECK(item_field(root, "/matters/2", "matters", "code") == "");    // the item has no such field
  CHECK(item_field(root, "/matters/3", "matters", "code") == "");    // no such item
  CHECK(item_field(root, "/matters/1x", "matters", "code") == "");   // not an index
  CHECK(item_field(root, "/matters/", "matters", "code") == "");
  CHECK(item_field(root, "/matters", "matters", "code") == "");      // the list itself
  CHECK(item_field(root, "/matter/code", "matters", "code") == "");  // another key
  CHECK(item_field(root, "/mattersx/0", "matters", "code") == "");
  CHECK(item_field(root, "", "matters", "code") == "");
  CHECK(item_field(root, "/matters/1/basis", "matters", "basis") == "");  // not a scalar
}
