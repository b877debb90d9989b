// The official JSON-Schema-Test-Suite (Debian: json-schema-test-suite), draft 7,
// read with our YAML reader. Every case of every file run here must pass.
//
// Run (tests/draft7/): additionalItems, additionalProperties, allOf, anyOf,
//   boolean_schema, const, contains, default, definitions, dependencies, enum,
//   exclusiveMaximum, exclusiveMinimum, if-then-else, items, maxItems,
//   maxLength, maxProperties, maximum, minItems, minLength, minProperties,
//   minimum, multipleOf, not, oneOf, pattern, patternProperties, properties,
//   propertyNames, ref, required, type, uniqueItems — and refRemote, with the
//   suite's remotes/ registered as known documents (nothing is fetched).
//   ref.json and definitions.json `$ref` the draft-07 metaschema; it is read
//   from Debian's python3-jsonschema and registered the same way.
// Out of scope: optional/ (bignum, content, ecmascript-regex,
//   zeroTerminatedFloats, format/*) and `format` in general (an annotation).
//   This version of the suite (2.0.0) has no top-level format.json. The lists
//   below name every file of the suite exactly (a test checks both ways).
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "schema/schema.h"
#include "suite_helpers.h"

using namespace encat;
using namespace encat::schema;
using schema::testing::read_json_file;

namespace {

namespace fs = std::filesystem;

const std::string kSuite = JSON_SCHEMA_TEST_SUITE_DIR;
const std::string kMetaschema = "/usr/lib/python3/dist-packages/jsonschema/schemas/draft7.json";

const std::vector<std::string> kRun = {
    "additionalItems",
    "additionalProperties",
    "allOf",
    "anyOf",
    "boolean_schema",
    "const",
    "contains",
    "default",
    "definitions",
    "dependencies",
    "enum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "if-then-else",
    "items",
    "maxItems",
    "maxLength",
    "maxProperties",
    "maximum",
    "minItems",
    "minLength",
    "minProperties",
    "minimum",
    "multipleOf",
    "not",
    "oneOf",
    "pattern",
    "patternProperties",
    "properties",
    "propertyNames",
    "ref",
    "refRemote",
    "required",
    "type",
    "uniqueItems",
};
// Every other file of this version of the suite, by its path under tests/draft7/ without `.json`:
// optional/ and `format` are out of scope (see the top of this file).
const std::vector<std::string> kOutOfScope = {
    "optional/bignum",
    "optional/content",
    "optional/ecmascript-regex",
    "optional/format/date",
    "optional/format/date-time",
    "optional/format/email",
    "optional/format/hostname",
    "optional/format/idn-email",
    "optional/format/idn-hostname",
    "optional/format/ipv4",
    "optional/format/ipv6",
    "optional/format/iri",
    "optional/format/iri-reference",
    "optional/format/json-pointer",
    "optional/format/regex",
    "optional/format/relative-json-pointer",
    "optional/format/time",
    "optional/format/uri",
    "optional/format/uri-reference",
    "optional/format/uri-template",
    "optional/zeroTerminatedFloats",
};

// The documents `$ref` may name: the metaschema and the suite's remotes.
struct KnownDocuments {
  std::vector<std::shared_ptr<const yaml::Document>> documents;
  CompileOptions options;

  KnownDocuments() {
    add("http://json-schema.org/draft-07/schema", kMetaschema);
    const fs::path remotes = fs::path(kSuite) / "remotes";
    for (const auto& entry : fs::recursive_directory_iterator(remotes))
      if (entry.is_regular_file() && entry.path().extension() == ".json")
        add("http://localhost:1234/" + fs::relative(entry.path(), remotes).generic_string(), entry.path().string());
  }
  void add(const std::string& uri, const std::string& path) {
    documents.push_back(read_json_file(path));
    options.documents.emplace_back(uri, documents.back()->root());
  }
};

struct Tally {
  size_t files = 0;
  size_t cases = 0;
};

void run_file(const std::string& name, const KnownDocuments& known, Tally& tally) {
  const std::string path = kSuite + "/tests/draft7/" + name + ".json";
  const auto document = read_json_file(path);
  const yaml::Node groups = document->root();
  REQUIRE(groups.is_sequence());
  ++tally.files;
  for (size_t g = 0; g < groups.size(); ++g) {
    const yaml::Node group = groups[g];
    INFO(name << ".json: " << group.get("description").text());
    auto compiled = compile(group.get("schema"), known.options);
    if (auto* error = std::get_if<std::string>(&compiled)) FAIL("does not compile: " << *error);
    const Schema& schema = *std::get<std::unique_ptr<Schema>>(compiled);
    const yaml::Node tests = group.get("tests");
    for (size_t t = 0; t < tests.size(); ++t) {
      const yaml::Node test = tests[t];
      INFO("case: " << test.get("description").text());
      const bool expected = test.get("valid").text() == "true";
      std::vector<Finding> findings;
      validate(schema, test.get("data"), findings);
      std::string said;
      for (const Finding& f : findings) said += f.message.en + "\n";
      INFO("findings:\n" << said);
      CHECK(findings.empty() == expected);
      CHECK(is_valid(schema, test.get("data")) == expected);
      for (const Finding& f : findings) {
        CHECK(f.code == Code::E004);
        CHECK_FALSE(f.message.en.empty());
        CHECK_FALSE(f.message.zh.empty());
        CHECK(f.location.line > 0);
      }
      ++tally.cases;
    }
  }
}

}  // namespace

TEST_CASE("JSON-Schema-Test-Suite draft7: every case of the keyword files passes") {
  REQUIRE_MESSAGE(fs::exists(kSuite + "/tests/draft7"), "install json-schema-test-suite");
  REQUIRE_MESSAGE(fs::exists(kMetaschema), "install python3-jsonschema (it has the draft-07 metaschema)");
  const KnownDocuments known;
  Tally tally;
  for (const std::string& name : kRun) run_file(name, known, tally);
  CHECK(tally.files == kRun.size());
  CHECK(tally.cases >= 400);  // 423 in the suite's 2.0.0
  MESSAGE("ran " << tally.cases << " cases from " << tally.files << " files");
}

// Exact both ways: a file a Debian update adds (or renames) fails here, named, until it is run or
// declared out of scope; a listed file the suite no longer has fails too.
TEST_CASE("JSON-Schema-Test-Suite draft7: every file of the suite is either run or declared out of scope") {
  const fs::path root = kSuite + "/tests/draft7";
  REQUIRE_MESSAGE(fs::exists(root), "install json-schema-test-suite");
  std::set<std::string> present;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      fs::path name = fs::relative(entry.path(), root);
      present.insert(name.replace_extension().generic_string());
    }
  std::set<std::string> known;
  for (const auto* list : {&kRun, &kOutOfScope})
    for (const std::string& name : *list) {
      INFO(name << ".json is listed twice");
      CHECK(known.insert(name).second);
    }
  for (const std::string& name : present)
    CHECK_MESSAGE(known.count(name) == 1, "tests/draft7/" << name
                                          << ".json is new in the suite: run it (kRun) or list it as out of scope");
  for (const std::string& name : known)
    CHECK_MESSAGE(present.count(name) == 1, "tests/draft7/" << name
                                            << ".json is listed but the suite has no such file: remove it from the list");
  CHECK(present.size() == known.size());
}
