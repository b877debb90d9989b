#include "model/workspace.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>
#include <tuple>

#include "model/decode.h"
#include "schema/schema.h"
#include "util/files.h"
#include "util/parallel.h"
#include "util/regex.h"

namespace encat::model {
namespace {


// A registry's `code_pattern` must compile: a schema problem (E004), found
// while loading like every E0xx, so the tools that leave out invalid files
// see it (rules.md: matter codes are then not checked against it, E103).
void check_code_pattern(const Catalog& c, std::vector<Finding>& findings) {
  if (c.kind != Kind::Registry || c.code_pattern.empty()) return;
  const Regex pattern(c.code_pattern);
  if (pattern.ok()) return;
  findings.push_back(make_finding(Code::E004, c.at(c.pos.code_pattern),
                                  text("`/code_pattern`：不是有效的正则表达式（PCRE2:{}）",
                                       "`/code_pattern`: not a valid regular expression ({})", pattern.error()))
                         .note(text("修正之前不检查事项代码格式（E103）", "matter codes are not checked (E103) until it is fixed")));
}

// A target of `.nan` compares as neither above nor below the schema's bounds,
// so the schema lets it through; it is no number in [0, 1] (E004).
void check_targets(const Catalog& c, std::vector<Finding>& findings) {
  for (size_t i = 0; i < c.targets.size(); ++i)
    for (size_t f = 0; f < figure_count; ++f)
      if (c.targets[i].values[f] && std::isnan(*c.targets[i].values[f]))
        findings.push_back(make_finding(Code::E004, c.at(c.targets[i].values_at[f]),
                                        text("`/targets/{}/{}`：应为 0 到 1 之间的数，实为 `.nan`",
                                             "`/targets/{}/{}`: expected a number from 0 to 1, found `.nan`", i,
                                             figure_name(static_cast<Figure>(f)))));
}

// format.md: a year's `frontline` and `township` are at most its `total`
// (a JSON Schema cannot compare two fields): E004, so the staffing figures
// never exceed 100 %.
void check_staffing(const Catalog& c, std::vector<Finding>& findings) {
  for (size_t i = 0; i < c.staffing.size(); ++i) {
    const StaffYear& y = c.staffing[i];
    if (!y.total) continue;
    for (const auto& [name, count, at] : {std::tuple{"frontline", y.frontline, y.frontline_at},
                                          std::tuple{"township", y.township, y.township_at}})
      if (count && *count > *y.total)
        findings.push_back(make_finding(Code::E004, c.at(at),
                                        text("`/years/{}/{}`：{} 人多于执法人员总数 `total`（{} 人）",
                                             "`/years/{}/{}`: {} is more than the `total` of {}", i, name, *count, *y.total)));
  }
}

// The first line after each run of blank lines (a rewrite keeps one there).
std::vector<std::uint32_t> lines_after_blank(std::string_view bytes) {
  std::vector<std::uint32_t> result;
  std::uint32_t line = 1;
  bool blank_run = false;
  for (size_t start = 0; start <= bytes.size(); ++line) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    const bool blank = bytes.substr(start, end - start).find_first_not_of(" \t\r") == std::string_view::npos;
    if (!blank && blank_run) result.push_back(line);
    blank_run = blank && line > 1;
    if (end == bytes.size()) break;
    start = end + 1;
  }
  return result;
}

}  // namespace

LoadedCatalog load_catalog(const yaml::Source& source, const LoadOptions& options) {
  const schema::SchemaSet& schemas = options.schemas ? *options.schemas : schema::SchemaSet::embedded();
  LoadedCatalog loaded;
  yaml::ReadResult read = yaml::read_source(source, options.limits);
  loaded.findings = std::move(read.findings);
  if (!read.document) return loaded;
  const std::optional<Kind> kind = document_kind(*read.document, loaded.findings);
  if (!kind) return loaded;
  // --schemas DIR may hold only some kinds; the others keep the built-in schema.
  const schema::Schema* schema = schemas.find(kind_name(*kind));
  if (!schema) schema = schema::SchemaSet::embedded().find(kind_name(*kind));
  // A finding inside a matter names the matter's code.
  static const schema::SubjectOf matter_code = [](yaml::Node root, std::string_view pointer) {
    return schema::item_field(root, pointer, "matters", "code");
  };
  if (schema) schema::validate(*schema, read.document->root(), loaded.findings, matter_code);
  loaded.catalog = decode(*read.document, *kind);
  loaded.catalog->after_blank = lines_after_blank(source.bytes);
  check_code_pattern(*loaded.catalog, loaded.findings);
  check_targets(*loaded.catalog, loaded.findings);
  check_staffing(*loaded.catalog, loaded.findings);
  return loaded;  // the document goes: the catalog holds what it needs
}

Workspace Workspace::load(const std::vector<std::string>& files, const LoadOptions& options) {
  return load_each(files.size(), options, [&](size_t i, Loaded& loaded) {
    loaded.path = files[i];
    FileBytes file = read_file(files[i], options.limits.max_file_size);
    if (file.status == FileBytes::Status::Unreadable) {
      loaded.io_error = file.error;
    } else if (file.status == FileBytes::Status::TooLarge) {
      loaded.file.findings = yaml::read_file(files[i], options.limits).findings;  // E006, without reading it
    } else {
      auto source = std::make_shared<yaml::Source>(yaml::Source{files[i], std::move(file.bytes)});
      loaded.file = load_catalog(*source, options);
      if (options.keep_sources) loaded.source = std::move(source);
    }
  });
}

Workspace Workspace::load(std::vector<yaml::Source> sources, const LoadOptions& options) {
  return load_each(sources.size(), options, [&](size_t i, Loaded& loaded) {
    auto source = std::make_shared<yaml::Source>(std::move(sources[i]));
    loaded.path = source->name;
    loaded.file = load_catalog(*source, options);
    if (options.keep_sources) loaded.source = std::move(source);
  });
}

Workspace Workspace::load_each(size_t count, const LoadOptions& options,
                               const std::function<void(size_t, Loaded&)>& load_one) {
  std::vector<Loaded> loaded(count);
  std::atomic<size_t> done{0};
  parallel_for(count, options.jobs ? options.jobs : hardware_jobs(), [&](size_t i) {
    load_one(i, loaded[i]);
    if (options.progress) options.progress(++done, count);
  });
  return assemble(std::move(loaded));
}

Workspace Workspace::assemble(std::vector<Loaded> loaded) {
  Workspace ws;
  ws.m_files.reserve(loaded.size());
  ws.m_catalogs.reserve(loaded.size());
  for (Loaded& file : loaded) {
    ws.m_files.push_back({file.path, file.file.catalog.has_value(), std::move(file.io_error), std::move(file.source)});
    std::move(file.file.findings.begin(), file.file.findings.end(), std::back_inserter(ws.m_findings));
    if (file.file.catalog) ws.m_catalogs.push_back(std::move(*file.file.catalog));
  }
  ws.index(true);
  sort_findings(ws.m_findings);
  return ws;
}

void Workspace::index(bool report) {
  m_by_id.clear();
  m_superseded_from.clear();
  for (const Catalog& catalog : m_catalogs) {
    if (catalog.id.empty()) continue;
    const auto [it, inserted] = m_by_id.emplace(catalog.id, &catalog);
    if (!inserted && report) {
      m_findings.push_back(
          make_finding(Code::E007, catalog.at(catalog.pos.id),
                       text("`id` `{}` 已由另一个文件声明", "`id` `{}` is already declared by another file", catalog.id))
              .note(note_at(it->second->at(it->second->pos.id), "首次声明于", "first declared at")));
    }
  }
  std::unordered_map<const Catalog*, std::vector<const Catalog*>> successors;  // catalog → those superseding it
  for (const Catalog& catalog : m_catalogs) {
    if (catalog.supersedes.empty()) continue;
    const Catalog* earlier = find(catalog.supersedes);
    if (earlier && earlier != &catalog && same_series(*earlier, catalog)) successors[earlier].push_back(&catalog);
  }
  // Depth-first over the successors with an explicit stack; a cycle (E201)
  // adds nothing for the member it returns to.
  enum : unsigned char { fresh, open, done };
  std::unordered_map<const Catalog*, unsigned char> state;
  std::vector<std::pair<const Catalog*, size_t>> stack;
  static const std::vector<const Catalog*> none;
  auto next_of = [&](const Catalog* c) -> const std::vector<const Catalog*>& {
    const auto it = successors.find(c);
    return it == successors.end() ? none : it->second;
  };
  for (const Catalog& root : m_catalogs) {
    if (state[&root] != fresh) continue;
    state[&root] = open;
    stack.push_back({&root, 0});
    while (!stack.empty()) {
      auto& [at, i] = stack.back();
      const std::vector<const Catalog*>& next = next_of(at);
      if (i < next.size()) {
        const Catalog* child = next[i++];
        if (state[child] == fresh) {
          state[child] = open;
          stack.push_back({child, 0});
        }
        continue;
      }
      std::optional<int> earliest;
      for (const Catalog* child : next) {
        if (child->effective && (!earliest || child->effective->year < *earliest)) earliest = child->effective->year;
        const auto later = m_superseded_from.find(child);
        if (state[child] == done && later != m_superseded_from.end() && (!earliest || later->second < *earliest))
          earliest = later->second;
      }
      if (earliest) m_superseded_from[at] = *earliest;
      state[at] = done;
      stack.pop_back();
    }
  }
}

std::vector<Finding> Workspace::reading_findings(const SeverityOverrides& severities) const {
  std::vector<Finding> result;
  for (const Finding& finding : m_findings)
    if (is_reading_code(finding.code)) result.push_back(finding);
  apply_severities(result, severities);
  return result;
}

std::vector<Finding> Workspace::leave_out(const std::vector<Finding>& reasons) {
  std::set<std::string_view> files;
  for (const SourceFile& file : m_files)
    if (!file.loaded) files.insert(file.path);
  for (const Finding& finding : reasons)
    if (finding.severity == Severity::Error) files.insert(finding.location.file);
  std::vector<Finding> shown;
  for (const Finding& finding : reasons)
    if (finding.severity != Severity::Off && files.count(finding.location.file)) shown.push_back(finding);
  sort_findings(shown);
  const size_t before = m_catalogs.size();
  m_catalogs.erase(std::remove_if(m_catalogs.begin(), m_catalogs.end(),
                                  [&](const Catalog& c) { return files.count(c.file) != 0; }),
                   m_catalogs.end());
  if (m_catalogs.size() != before) index(false);  // the indexes pointed into the moved catalogs
  return shown;
}

size_t Workspace::unreadable_count() const {
  return static_cast<size_t>(
      std::count_if(m_files.begin(), m_files.end(), [](const SourceFile& f) { return f.io_error.has_value(); }));
}

const Catalog* Workspace::find(std::string_view id) const {
  const auto it = m_by_id.find(id);
  return it == m_by_id.end() ? nullptr : it->second;
}

bool Workspace::in_force(const Catalog& catalog, int year) const {
  if (!is_catalog(catalog.kind) || !catalog.effective || catalog.effective->year > year) return false;
  const auto it = m_superseded_from.find(&catalog);
  return it == m_superseded_from.end() || it->second > year;
}

std::variant<const Catalog*, Workspace::ChoiceProblem> Workspace::choose(Kind kind,
                                                                        const std::optional<std::string>& id) const {
  using Reason = ChoiceProblem::Reason;
  if (id) {
    const Catalog* named = find(*id);
    if (!named) return ChoiceProblem{Reason::NotLoaded, *id, nullptr, {}};
    if (named->kind != kind) return ChoiceProblem{Reason::WrongKind, *id, named, {}};
    return named;
  }
  const Catalog* found = nullptr;
  std::vector<std::string> ids;
  for (const Catalog& c : m_catalogs)
    if (c.kind == kind) {
      found = &c;
      ids.emplace_back(c.id);
    }
  if (ids.size() > 1) return ChoiceProblem{Reason::Several, {}, nullptr, std::move(ids)};
  return found;
}

}  // namespace encat::model
