// Compiling schemas: --schemas DIR, mistakes in a schema, and the URI
// handling behind `$id` and `$ref`.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "schema/schema.h"
#include "schema/uri.h"
#include "suite_helpers.h"

using namespace encat;
using namespace encat::schema;
using schema::testing::read_yaml_text;

namespace {

std::string compile_error(std::string_view json) {
  const auto document = read_yaml_text(json);
  auto compiled = compile(document->root());
  if (auto* error = std::get_if<std::string>(&compiled)) return *error;
  return "(compiles)";
}

}  // namespace

TEST_CASE("mistakes in a schema are plain errors naming the place") {
  CHECK(compile_error(R"({"type": "text"})") ==
        "#/type: expected one of the type names (null, boolean, integer, number, string, array, object)");
  CHECK(compile_error(R"({"properties": {"a": {"minLength": -1}}})") ==
        "#/properties/a/minLength: expected a non-negative integer");
  CHECK(compile_error(R"({"pattern": "([a-z]"})").rfind("#/pattern: bad regular expression `([a-z]`: ", 0) == 0);
  CHECK(compile_error(R"({"items": {"$ref": "#/definitions/missing"}})") ==
        "#/items: `$ref` `#/definitions/missing`: nothing at `#/definitions/missing`");
  CHECK(compile_error(R"({"$ref": "http://example.com/schema.json"})") ==
        "#: `$ref` `http://example.com/schema.json`: unknown document `http://example.com/schema.json` "
        "(remote references are not fetched)");
  CHECK(compile_error(
            R"({"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"allOf": [{"$ref": "#/definitions/a"}]}}})") ==
        "#/definitions/a: the schema refers to itself without descending into the value (a `$ref` loop)");
  CHECK(compile_error(R"({"anyOf": []})") == "#/anyOf: expected a non-empty array of schemas");
  CHECK(compile_error(R"({"properties": {"a": 3}})") ==
        "#/properties/a: a schema must be an object or a boolean, not integer");
  CHECK(compile_error(R"({"multipleOf": 0})") == "#/multipleOf: expected a number above 0");
  // Recursion through a value is fine.
  CHECK(compile_error(R"({"properties": {"child": {"$ref": "#"}}})") == "(compiles)");
}

TEST_CASE("--schemas DIR reads <kind>.schema.json files") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("encat-schema-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "unified.schema.json") << R"({"type": "object", "required": ["kind"]})";
  std::ofstream(dir / "notes.txt") << "not a schema";
  auto loaded = SchemaSet::from_dir(dir.string());
  REQUIRE(std::holds_alternative<SchemaSet>(loaded));
  const SchemaSet& set = std::get<SchemaSet>(loaded);
  CHECK(set.kinds() == std::vector<std::string_view>{"unified"});
  REQUIRE(set.find("unified") != nullptr);
  const auto document = read_yaml_text("id: x\n");
  CHECK_FALSE(is_valid(*set.find("unified"), document->root()));

  std::ofstream(dir / "township.schema.json") << R"({"type": "nonsense"})";
  auto broken = SchemaSet::from_dir(dir.string());
  REQUIRE(std::holds_alternative<std::string>(broken));
  CHECK(std::get<std::string>(broken).find("township.schema.json: #/type: ") != std::string::npos);
  std::ofstream(dir / "township.schema.json") << R"({"type": )";
  broken = SchemaSet::from_dir(dir.string());
  REQUIRE(std::holds_alternative<std::string>(broken));
  CHECK(std::get<std::string>(broken).find("township.schema.json:") != std::string::npos);
  fs::remove_all(dir);

  CHECK(std::holds_alternative<std::string>(SchemaSet::from_dir("/nonexistent/encat")));
}

TEST_CASE("URI references resolve as RFC 3986 says") {
  CHECK(resolve_uri("http://a/b/c/d;p?q", "g") == "http://a/b/c/g");
  CHECK(resolve_uri("http://a/b/c/d;p?q", "./g/") == "http://a/b/c/g/");
  CHECK(resolve_uri("http://a/b/c/d;p?q", "../../g") == "http://a/g");
  CHECK(resolve_uri("http://a/b/c/d;p?q", "#s") == "http://a/b/c/d;p?q#s");
  CHECK(resolve_uri("http://a/b/c/d;p?q", "//g") == "http://g");
  CHECK(resolve_uri("http://localhost:1234/", "folder/") == "http://localhost:1234/folder/");
  CHECK(resolve_uri("", "#/definitions/a") == "#/definitions/a");
  CHECK(split_fragment("http://x/y#/a") == std::pair<std::string_view, std::string_view>{"http://x/y", "/a"});
  CHECK(percent_decode("percent%25field") == std::optional<std::string>("percent%field"));
  CHECK_FALSE(percent_decode("bad%2").has_value());
  CHECK(pointer_tokens("/tilda~0field/slash~1field/0") ==
        std::optional<std::vector<std::string>>({"tilda~field", "slash/field", "0"}));
  CHECK_FALSE(pointer_tokens("a/b").has_value());
  CHECK_FALSE(pointer_tokens("/a~2").has_value());
  CHECK(escape_pointer_token("a/b~c") == "a~1b~0c");
}
