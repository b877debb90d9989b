// The canonical writer over every catalog we have: the sample province and
// every clean input of the test suite. decode(fmt(x)) equals decode(x);
// fmt(fmt(x)) is fmt(x) byte for byte; every comment of x is in fmt(x),
// beside the same node.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "model/fields.h"
#include "model/workspace.h"
#include "write/yaml_writer.h"

using namespace encat;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::optional<model::Catalog> load_clean(const std::string& name, const std::string& bytes) {
  model::LoadedCatalog loaded = model::load_catalog({name, bytes}, model::LoadOptions{});
  if (!loaded.findings.empty()) return std::nullopt;
  return std::move(loaded.catalog);
}

// Which node starts on each source line: "matters[3]" where an item starts,
// else "matters[3].basis" for the field whose key is there.
class NodeLines {
 public:
  explicit NodeLines(const model::Catalog& c) {
    add(model::line_of_key(c.pos.kind), "kind");
    fields(c, model::header_fields, "");
    const std::string body = c.kind == model::Kind::Cases     ? "counts"
                             : c.kind == model::Kind::Targets ? "targets"
                             : c.kind == model::Kind::Laws     ? "laws"
                             : c.kind == model::Kind::Staffing ? "years"
                                                              : "matters";
    add(model::line_of_key(c.pos.body), body);
    records(c.matters, model::matter_fields, body);
    records(c.entries, model::entry_fields, body);
    records(c.supervision, model::supervision_fields, body);
    records(c.targets, model::target_fields, body);
    records(c.laws, model::law_fields, body);
    records(c.lenient, model::lenient_fields, body);
    records(c.staffing, model::staff_year_fields, body);
    for (size_t i = 0; i < c.cases.size(); ++i) {
      add(c.cases[i].code_at.line, fmt::format("counts[{}]", i), true);
      for (size_t y = 0; y < c.cases[i].years_at.size(); ++y)
        add(c.cases[i].years_at[y].line, fmt::format("counts[{}][{}]", i, y));
    }
  }

  // The node a comment belongs to: on its line (trailing), else the first after it.
  std::string anchor(const model::Comment& comment, std::uint32_t first_line) const {
    if (!comment.trailing && comment.line < first_line) return "head";
    auto it = comment.trailing ? m_lines.find(comment.line) : m_lines.upper_bound(comment.line);
    if (it == m_lines.end()) it = m_lines.upper_bound(comment.line);
    return it == m_lines.end() ? "foot" : it->second.first;
  }

 private:
  void add(std::uint32_t line, const std::string& path, bool item = false) {
    if (!line) return;
    auto [it, inserted] = m_lines.emplace(line, std::make_pair(path, item));
    // An item start wins; else the deepest node on the line (added last).
    if (!inserted && (item || !it->second.second)) it->second = {path, item};
  }
  template <typename Record, typename Table>
  void fields(const Record& record, Table table, const std::string& prefix) {
    table([&](const model::FieldInfo& info, auto value, auto at, auto... more) {
      const std::string path = prefix + std::string(info.key);
      add(model::line_of_key(at(record)), path);
      if constexpr (std::is_same_v<std::decay_t<decltype(value(record))>, std::vector<model::Basis>>)
        records(value(record), model::basis_fields, path);
      if constexpr (sizeof...(more) == 1 && std::is_same_v<std::decay_t<decltype((more(record), ...))>, std::vector<model::Pos>>) {
        const auto& items_at = (more(record), ...);
        for (size_t i = 0; i < items_at.size(); ++i) add(items_at[i].line, fmt::format("{}[{}]", path, i));
      }
    });
  }
  template <typename Record, typename Table>
  void records(const std::vector<Record>& list, Table table, const std::string& path) {
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string item = fmt::format("{}[{}]", path, i);
      add(list[i].at.line, item, true);
      fields(list[i], table, item + ".");
    }
  }
  std::map<std::uint32_t, std::pair<std::string, bool>> m_lines;  // line → (path, is an item start)
};

std::vector<std::string> anchors(const model::Catalog& c) {
  const NodeLines lines(c);
  std::vector<std::string> result;
  for (const model::Comment& comment : c.comments)
    result.push_back(std::string(comment.text) + " @ " + lines.anchor(comment, c.pos.root.line));
  return result;
}

std::vector<fs::path> yaml_files_under(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied)) {
    if (!entry.is_regular_file()) continue;
    const std::string ext = entry.path().extension().string();
    if (ext == ".yaml" || ext == ".yml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void check_round_trip(const std::string& name, const std::string& bytes) {
  const std::optional<model::Catalog> original = load_clean(name, bytes);
  if (!original) return;
  CAPTURE(name);
  const std::string once = write::to_yaml(*original);
  const std::optional<model::Catalog> again = load_clean(name, once);
  REQUIRE_MESSAGE(again.has_value(), once);
  CHECK(*again == *original);
  CHECK(write::to_yaml(*again) == once);
  CHECK(anchors(*again) == anchors(*original));
}

}  // namespace

TEST_CASE("every sample catalog round-trips: equal, idempotent, every comment beside its node") {
  size_t checked = 0;
  for (const fs::path& file : yaml_files_under(fs::path(ENCAT_SOURCE_DIR) / "catalogs")) {
    const std::string bytes = read(file);
    REQUIRE(load_clean(file.string(), bytes));
    check_round_trip(file.string(), bytes);
    ++checked;
  }
  CHECK(checked >= 15);
}

TEST_CASE("every clean catalog among the test inputs round-trips the same way") {
  size_t checked = 0;
  for (const fs::path& file : yaml_files_under(fs::path(ENCAT_SOURCE_DIR) / "tests")) {
    if (fs::file_size(file) > (4u << 20)) continue;
    const std::string bytes = read(file);
    if (!load_clean(file.string(), bytes)) continue;
    check_round_trip(file.string(), bytes);
    ++checked;
  }
  CHECK(checked >= 50);
}

TEST_CASE("the sample catalogs are in canonical form") {
  for (const fs::path& file : yaml_files_under(fs::path(ENCAT_SOURCE_DIR) / "catalogs")) {
    CAPTURE(file.string());
    const std::string bytes = read(file);
    CHECK(write::to_yaml(*load_clean(file.string(), bytes)) == bytes);
  }
}
