// The schemas compiled into the programs (schemas/*.schema.json): they
// compile, they are valid draft-07 schemas, and their examples pass them.
#include "schema/embedded.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <thread>
#include <functional>

#include "schema/schema.h"
#include "schema/uri.h"
#include "suite_helpers.h"

using namespace encat;
using namespace encat::schema;
using schema::testing::read_json_file;
using schema::testing::read_yaml_text;

namespace {

std::string said(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) out += f.location.str() + " " + f.message.en + "\n";
  return out;
}

}  // namespace

TEST_CASE("every embedded schema compiles") {
  REQUIRE_FALSE(embedded_schemas().empty());
  for (const EmbeddedFile& embedded : embedded_schemas()) {
    INFO(embedded.name);
    yaml::Limits limits;
    limits.max_depth = 256;
    const yaml::ReadResult read = yaml::read_bytes(std::string(embedded.name), embedded.content, limits);
    REQUIRE(read.findings.empty());
    REQUIRE(bool(read.document));
    auto compiled = compile(read.document->root());
    const std::string* error = std::get_if<std::string>(&compiled);
    CHECK_MESSAGE(error == nullptr, (error ? *error : ""));
  }
  const SchemaSet& set = SchemaSet::embedded();
  CHECK(set.kinds().size() == embedded_schemas().size());
  for (std::string_view kind : set.kinds()) {
    INFO(kind);
    CHECK(set.find(kind) != nullptr);
  }
  CHECK(set.find("nonsense") == nullptr);
}

TEST_CASE("threads that find an embedded schema at once all get the one compiled schema") {
  const SchemaSet& set = SchemaSet::embedded();
  for (std::string_view kind : set.kinds()) {
    INFO(kind);
    std::vector<const Schema*> found(8, nullptr);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < found.size(); ++i) threads.emplace_back([&, i] { found[i] = set.find(kind); });
    for (std::thread& t : threads) t.join();
    CHECK(found.front() != nullptr);
    CHECK(std::count(found.begin(), found.end(), found.front()) == 8);
  }
}

TEST_CASE("every embedded schema is valid against the draft-07 metaschema") {
  const std::string metaschema_path = "/usr/lib/python3/dist-packages/jsonschema/schemas/draft7.json";
  REQUIRE_MESSAGE(std::filesystem::exists(metaschema_path), "install python3-jsonschema");
  const auto metaschema_document = read_json_file(metaschema_path);
  auto compiled = compile(metaschema_document->root());
  REQUIRE(std::holds_alternative<std::unique_ptr<Schema>>(compiled));
  const Schema& metaschema = *std::get<std::unique_ptr<Schema>>(compiled);
  for (const EmbeddedFile& embedded : embedded_schemas()) {
    const auto document = read_yaml_text(embedded.content);
    std::vector<Finding> findings;
    validate(metaschema, document->root(), findings);
    INFO(embedded.name << ":\n" << said(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("every `examples` value in the embedded schemas matches its schema") {
  size_t checked = 0;
  for (const EmbeddedFile& embedded : embedded_schemas()) {
    const auto document = read_yaml_text(embedded.content);
    CompileOptions options;
    options.documents.emplace_back("urn:encat:schema", document->root());
    // Every mapping with `examples`, found by walking the whole document.
    std::function<void(yaml::Node, const std::string&)> walk = [&](yaml::Node node, const std::string& pointer) {
      if (node.is_mapping()) {
        if (const yaml::Node examples = node.get("examples"); examples.is_sequence()) {
          const auto wrapper = read_yaml_text("{\"$ref\": \"urn:encat:schema#" + pointer + "\"}");
          auto compiled = compile(wrapper->root(), options);
          REQUIRE(std::holds_alternative<std::unique_ptr<Schema>>(compiled));
          for (size_t i = 0; i < examples.size(); ++i) {
            std::vector<Finding> findings;
            validate(*std::get<std::unique_ptr<Schema>>(compiled), examples[i], findings);
            INFO(embedded.name << " " << pointer << "/examples/" << i << ":\n" << said(findings));
            CHECK(findings.empty());
            ++checked;
          }
        }
        for (size_t i = 0; i < node.size(); ++i) {
          const std::string_view key = node.key(i).text();
          if (key != "examples" && key != "enum" && key != "const" && key != "default")
            walk(node.value(i), pointer + "/" + escape_pointer_token(key));
        }
      } else if (node.is_sequence()) {
        for (size_t i = 0; i < node.size(); ++i) walk(node[i], pointer + "/" + std::to_string(i));
      }
    };
    walk(document->root(), "");
  }
  MESSAGE("checked " << checked << " examples");
}
