// The pieces the three-way merge writes with: where each record lies in its
// source (body_layout), a record alone (record_yaml) and a header alone
// (header_yaml), each as to_yaml would write it.
#include <doctest/doctest.h>

#include "model/workspace.h"
#include "write/body_layout.h"
#include "write/yaml_writer.h"
#include "../loading.h"

using namespace encat;

namespace {

model::Catalog load(const std::string& yaml) { return test::load_clean(yaml); }

const std::string head =
    "# 头\n"
    "kind: township\n"
    "id: js-hecun-2022\n"
    "title: 贺村镇目录\n"
    "region: \"330881102\"\n"
    "county: \"330881\"\n"
    "edition: 2022\n"
    "effective: 2022-10-01\n"
    "draws_from: [zj-unified-2022]\n"
    "matters:\n";

}  // namespace

TEST_CASE("body_layout cuts the body by record: comments above a record go with it, what follows stays above") {
  const std::string first = "  # 甲组\n  - code: \"330275001000\"  # 甲\n    note: 备注\n\n";
  const std::string second = "  - code: \"330275002000\"\n  # 末尾\n";
  const std::string text = head + first + second;
  const model::Catalog c = load(text);
  const write::BodyLayout layout = write::body_layout(c, text);
  REQUIRE(layout.usable);
  CHECK(layout.dash_column == 2);
  REQUIRE(layout.starts.size() == 2);
  CHECK(text.substr(0, layout.starts[0]) == head);
  CHECK(text.substr(layout.starts[0], layout.starts[1] - layout.starts[0]) == first);
  CHECK(text.substr(layout.starts[1], layout.suffix_begin - layout.starts[1]) == second);
  CHECK(layout.suffix_begin == text.size());
  CHECK(text.substr(layout.content_begin[0], layout.content_end[0] - layout.content_begin[0]) ==
        "  - code: \"330275001000\"  # 甲\n    note: 备注\n");
  CHECK(text.substr(layout.content_begin[1], layout.content_end[1] - layout.content_begin[1]) ==
        "  - code: \"330275002000\"\n");
}

TEST_CASE("body_layout gives up on a flow list and on a header field after the body") {
  const std::string flow = head + "  [{code: \"330275001000\"}]\n";
  CHECK_FALSE(write::body_layout(load(flow), flow).usable);
  const std::string late = "kind: township\nid: js-hecun-2022\ntitle: 贺村镇目录\nregion: \"330881102\"\nmatters:\n"
                           "  - code: \"330275001000\"\ncounty: \"330881\"\nedition: 2022\neffective: 2022-10-01\n"
                           "draws_from: [zj-unified-2022]\n";
  CHECK_FALSE(write::body_layout(load(late), late).usable);
}

TEST_CASE("record_yaml writes a record as to_yaml does, at the column asked for; header_yaml the header alone") {
  const std::string text = head + "  - code: \"330275001000\"\n    note: |\n      一\n      二\n";
  const model::Catalog c = load(text);
  CHECK(write::record_yaml(c.entries[0]) == "  - code: \"330275001000\"\n    note: |\n      一\n      二\n");
  CHECK(write::record_yaml(c.entries[0], 0) == "- code: \"330275001000\"\n  note: |\n    一\n    二\n");
  CHECK(write::record_yaml(c.entries[0], 4) == "    - code: \"330275001000\"\n      note: |\n        一\n        二\n");
  CHECK(write::header_yaml(c, 10) == head.substr(0, head.size() - std::string("matters:\n").size()));
  CHECK(write::header_yaml(c, 1).rfind("kind: township\n", 0) == 0);  // the comment of line 1 is not before line 1
}
