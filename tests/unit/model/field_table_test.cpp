// The field tables are complete and agree with the schemas: every property a
// schema allows is a field of the model (else decoding would drop it and a
// rewrite would lose it), and each field's Chinese label is its schema title.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "model/fields.h"
#include "yaml/reader.h"

using namespace encat;

namespace {

struct Schema {
  std::shared_ptr<const yaml::Document> doc;
  yaml::Node root;

  explicit Schema(const std::string& kind) {
    const std::string path = std::string(ENCAT_SOURCE_DIR) + "/schemas/" + kind + ".schema.json";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    doc = yaml::read_source({path, bytes.str()}, yaml::Limits{}).document;
    REQUIRE(doc);
    root = doc->root();
  }
  // A schema with its `$ref` (to #/definitions/…) followed.
  yaml::Node resolve(yaml::Node node) const {
    while (node.get("$ref")) {
      const std::string_view ref = node.get("$ref").text();
      REQUIRE(ref.substr(0, 14) == "#/definitions/");
      node = root.get("definitions").get(ref.substr(14));
    }
    return node;
  }
  yaml::Node items_of(yaml::Node list) const { return resolve(resolve(list).get("items")); }
};

// The keys of a table, checking each label against the title of its property in `object`.
template <typename Table>
std::set<std::string> keys_of(Table table, const Schema& schema, yaml::Node object) {
  std::set<std::string> keys;
  table([&](const model::FieldInfo& info, auto, auto, auto...) {
    keys.insert(std::string(info.key));
    const yaml::Node property = object.get("properties").get(info.key);
    if (property) {
      CAPTURE(info.key);
      const yaml::Node title = property.get("title") ? property.get("title") : schema.resolve(property).get("title");
      // (A township's region is titled 乡镇（街道）区划代码 there: the same field.)
      CHECK((title.text() == info.zh || (info.key == "region" && title.text() == "乡镇（街道）区划代码")));
    }
  });
  return keys;
}

void check_covers(const std::set<std::string>& keys, yaml::Node object, std::set<std::string> also = {}) {
  const yaml::Node properties = object.get("properties");
  REQUIRE(properties.size() > 0);
  for (size_t i = 0; i < properties.size(); ++i) {
    const std::string key(properties.key(i).text());
    CAPTURE(key);
    CHECK((keys.count(key) || also.count(key)));
  }
}

}  // namespace

TEST_CASE("every property of every kind's schema is a field of the model, labelled with its schema title") {
  for (const std::string kind : {"unified", "extension", "township", "department", "supervision", "cases", "targets",
                                 "registry", "laws", "lenient", "staffing"}) {
    CAPTURE(kind);
    const Schema schema(kind);
    check_covers(keys_of(model::header_fields, schema, schema.root), schema.root,
                 {"kind", "matters", "counts", "targets", "regions", "laws", "years"});
    const yaml::Node matters = schema.root.get("properties").get("matters");
    const std::string& k = kind;
    if (k == "unified" || k == "extension" || k == "department") {
      const yaml::Node matter = schema.items_of(matters);
      check_covers(keys_of(model::matter_fields, schema, matter), matter);
      const yaml::Node basis = schema.items_of(matter.get("properties").get("basis"));
      check_covers(keys_of(model::basis_fields, schema, basis), basis);
    } else if (k == "township") {
      const yaml::Node entry = schema.items_of(matters);
      check_covers(keys_of(model::entry_fields, schema, entry), entry);
    } else if (k == "supervision") {
      const yaml::Node matter = schema.items_of(matters);
      check_covers(keys_of(model::supervision_fields, schema, matter), matter);
    } else if (k == "laws") {
      const yaml::Node law = schema.items_of(schema.root.get("properties").get("laws"));
      check_covers(keys_of(model::law_fields, schema, law), law);
    } else if (k == "lenient") {
      const yaml::Node entry = schema.items_of(matters);
      check_covers(keys_of(model::lenient_fields, schema, entry), entry);
    } else if (k == "staffing") {
      const yaml::Node year = schema.items_of(schema.root.get("properties").get("years"));
      check_covers(keys_of(model::staff_year_fields, schema, year), year);
    } else if (k == "targets") {
      const yaml::Node target = schema.items_of(schema.root.get("properties").get("targets"));
      check_covers(keys_of(model::target_fields, schema, target), target);
    }
  }
}
