#include "model/decode.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "util/suggest.h"

namespace encat::model {
namespace {

using yaml::Node;

constexpr std::string_view power_names[] = {"行政处罚", "行政强制", "行政检查", "其他"};
constexpr std::string_view scope_names[] = {"全部", "部分"};
constexpr std::string_view tier_names[] = {"必须下放", "可放可不放", "不下放"};
constexpr std::string_view status_names[] = {"有效", "暂停", "取消"};
constexpr std::string_view inspection_names[] = {"随机抽查", "重点监管", "无事不扰", "不适用"};
constexpr std::string_view trait_names[] = {"高频", "高综合", "高需求", "易发现", "易处置"};

template <typename Enum, size_t N>
std::optional<Enum> one_of(Node node, const std::string_view (&names)[N]) {
  const std::string_view text = node.text();
  for (size_t i = 0; i < N; ++i)
    if (names[i] == text) return static_cast<Enum>(i);
  return std::nullopt;
}

Pos pos(Node node) { return {node.line(), node.column()}; }

// The kind a wrong `kind` most likely means: a typo of a kind, or the
// catalog's Chinese name (扩展目录 → extension).
std::optional<std::string_view> kind_for(std::string_view text, const std::vector<std::string_view>& kinds) {
  static const std::pair<std::string_view, std::string_view> chinese[] = {
      {"统一目录", "unified"}, {"扩展目录", "extension"},   {"乡镇", "township"}, {"街道", "township"},
      {"部门", "department"},  {"监管", "supervision"},     {"案件", "cases"},    {"目标", "targets"},
      {"登记", "registry"},
  };
  for (const auto& [word, kind] : chinese)
    if (text.find(word) != std::string_view::npos) return kind;
  return closest_match(text, kinds);
}

// An integer count; one beyond the 64-bit range saturates (never 0: the
// schema's maximum makes it E004, and with E004 turned off it still counts as
// a huge number, not as none). Not an integer at all: nullopt (E004 too).
std::optional<long long> count_value(Node node) {
  if (const std::optional<long long> value = node.integer()) return value;
  if (node.type() != yaml::Type::Integer) return std::nullopt;
  const std::optional<double> approx = node.number();
  if (!approx || std::isnan(*approx)) return std::nullopt;
  return *approx < 0 ? std::numeric_limits<long long>::min() : std::numeric_limits<long long>::max();
}

YearCounts year_counts(Node node) {
  YearCounts counts;
  counts.reserve(node.size());
  for (size_t i = 0; i < node.size(); ++i) {
    const std::optional<long long> year = node.key(i).integer();
    const std::optional<long long> count = count_value(node.value(i));
    // A year that is no int is no year an audit asks about (the schema wants 4 digits).
    if (year && count && *year >= std::numeric_limits<int>::min() && *year <= std::numeric_limits<int>::max())
      counts.push_back({static_cast<int>(*year), *count});
  }
  return counts;
}

// Reads fields tolerantly: a scalar's text is taken whatever its type (so an
// unquoted code still decodes; the schema check already said to quote it).
class Decoder {
 public:
  explicit Decoder(Catalog& catalog) : m_text(catalog.text) {}

  std::string_view copy(Node node) { return m_text.copy(node.text()); }
  // For names that repeat through a file (domains, departments, laws).
  std::string_view intern(Node node) { return m_text.intern(node.text()); }

  std::vector<std::string_view> names(Node list, std::vector<Pos>* positions = nullptr) {
    std::vector<std::string_view> result;
    result.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
      if (list[i].text().empty()) continue;
      result.push_back(intern(list[i]));
      if (positions) positions->push_back(pos(list[i]));
    }
    return result;
  }

  Matter matter(Node node) {
    Matter m;
    m.at = pos(node);
    const Node code = node.get("code"), name = node.get("name"), domain = node.get("domain");
    m.code_at = pos(code);
    m.name_at = pos(name);
    m.domain_at = pos(domain);
    m.code = copy(code);
    m.name = copy(name);
    m.domain = intern(domain);
    m.boundary = copy(node.get("boundary"));
    m.scope_note = copy(node.get("scope_note"));
    m.note = copy(node.get("note"));
    m.source = intern(node.get("source"));
    m.from = names(node.get("from"), &m.from_at);
    m.power = one_of<Power>(node.get("power"), power_names);
    const Node scope = node.get("scope"), tier = node.get("township"), status = node.get("status");
    m.scope_at = pos(scope);
    m.scope = one_of<Scope>(scope, scope_names);
    m.scope_note_at = pos(node.get("scope_note"));
    m.tier_at = pos(tier);
    m.tier = one_of<Tier>(tier, tier_names).value_or(Tier::CountyOnly);
    m.status_at = pos(status);
    m.status = one_of<Status>(status, status_names).value_or(Status::Active);
    const Node traits = node.get("traits");
    for (size_t i = 0; i < traits.size(); ++i)
      if (const auto bit = one_of<unsigned>(traits[i], trait_names)) m.traits |= static_cast<std::uint8_t>(1u << *bit);
    const Node basis = node.get("basis");
    m.basis.reserve(basis.size());
    for (size_t i = 0; i < basis.size(); ++i) m.basis.push_back({intern(basis[i].get("law")), names(basis[i].get("articles"))});
    return m;
  }

  SupervisionMatter supervision(Node node) {
    SupervisionMatter s;
    const Node code = node.get("code"), name = node.get("name"), department = node.get("department"),
               inspection = node.get("inspection");
    s.at = pos(node);
    s.code_at = pos(code);
    s.name_at = pos(name);
    s.department_at = pos(department);
    s.inspection_at = pos(inspection);
    s.code = copy(code);
    s.name = copy(name);
    s.department = intern(department);
    s.note = copy(node.get("note"));
    const Node covers = node.get("covers");
    for (size_t i = 0; i < covers.size(); ++i) {
      if (covers[i].text().empty()) continue;
      s.covers.push_back(copy(covers[i]));
      s.covers_at.push_back(pos(covers[i]));
    }
    s.inspection = one_of<InspectionKind>(inspection, inspection_names);
    s.inspections = year_counts(node.get("inspections"));
    return s;
  }

  TownshipEntry entry(Node node) {
    const Node code = node.get("code");
    return {pos(code), copy(code), copy(node.get("note"))};
  }

  Target target(Node node) {
    Target t;
    t.at = pos(node);
    t.year = static_cast<int>(node.get("year").integer().value_or(0));
    for (size_t f = 0; f < figure_count; ++f) {
      const Node value = node.get(figure_name(static_cast<Figure>(f)));
      t.values[f] = value.number();
      t.values_at[f] = pos(value);
    }
    return t;
  }

  // The mappings of a list, each decoded with `item`.
  template <typename Item>
  std::vector<Item> list(Node node, Item (Decoder::*item)(Node)) {
    std::vector<Item> items;
    items.reserve(node.size());
    for (size_t i = 0; i < node.size(); ++i)
      if (node[i].is_mapping()) items.push_back((this->*item)(node[i]));
    return items;
  }

 private:
  TextStore& m_text;
};

}  // namespace

std::optional<Kind> document_kind(const yaml::Document& doc, std::vector<Finding>& findings) {
  const Node root = doc.root();
  const Note shape{text("目录文件是以 `kind` 和 `id` 开头的映射", "a catalog file is a mapping that starts with `kind` and `id`"),
                   std::nullopt};
  if (!root || root.is_null()) {
    findings.push_back(make_finding(Code::E005, {doc.file(), 1, 1},
                                    text("文件中没有内容，缺少 `kind`", "the file has no content, so no `kind`"))
                           .note(shape));
    return std::nullopt;
  }
  if (!root.is_mapping()) {
    findings.push_back(make_finding(Code::E005, root.location(),
                                    text("文档是{0}而不是映射，缺少 `kind`", "the document is {1} (not a mapping), so it has no `kind`",
                                         yaml::type_phrase(root.type()).zh, yaml::type_phrase(root.type()).en))
                           .note(shape));
    return std::nullopt;
  }
  const Node kind = root.get("kind");
  std::vector<std::string_view> names;
  std::string expected_zh, expected_en;
  for (size_t i = 0; i <= static_cast<size_t>(Kind::Registry); ++i) {
    names.push_back(kind_name(static_cast<Kind>(i)));
    expected_zh += fmt::format("{}`{}`", i ? "、" : "", names.back());
    expected_en += fmt::format("{}`{}`", i ? ", " : "", names.back());
  }
  const Note one_of_kinds{{fmt::format("应为以下之一：{}", expected_zh), fmt::format("expected one of {}", expected_en)},
                          std::nullopt};
  if (!kind) {
    findings.push_back(make_finding(Code::E005, root.location(), text("缺少 `kind`", "missing `kind`")).note(one_of_kinds));
    return std::nullopt;
  }
  if (!kind.is_string()) {
    findings.push_back(make_finding(Code::E005, kind.location(),
                                    text("`kind` 应为字符串，实为{}", "`kind` should be a string, found {1}",
                                         yaml::type_phrase(kind.type()).zh, yaml::type_phrase(kind.type()).en))
                           .note(one_of_kinds));
    return std::nullopt;
  }
  if (!parse_kind(kind.text())) {
    Finding finding = make_finding(Code::E005, kind.location(), text("未知的 `kind`：`{}`", "unknown `kind` `{}`", kind.text()));
    if (const std::optional<std::string_view> meant = kind_for(kind.text(), names))
      finding.note(text("是否应为 `{}`?", "did you mean `{}`?", *meant));
    findings.push_back(std::move(finding.note(one_of_kinds)));
    return std::nullopt;
  }
  return parse_kind(kind.text());
}

Catalog decode(const yaml::Document& doc, Kind kind) {
  Catalog c;
  c.file = doc.file();
  c.kind = kind;
  Decoder d(c);
  const Node root = doc.root();
  auto header = [&](std::string_view name, Pos& at) {
    const Node value = root.get(name);
    at = pos(value);
    return d.copy(value);
  };
  c.pos.root = pos(root);
  c.pos.kind = pos(root.get("kind"));
  c.id = header("id", c.pos.id);
  c.title = d.copy(root.get("title"));
  c.region = header("region", c.pos.region);
  c.issuer = d.copy(root.get("issuer"));
  c.document_number = d.copy(root.get("document"));
  c.supersedes = header("supersedes", c.pos.supersedes);
  c.approval = d.copy(root.get("approval"));
  c.pos.edition = pos(root.get("edition"));
  if (const std::optional<long long> edition = root.get("edition").integer()) c.edition = static_cast<int>(*edition);
  c.effective_text = header("effective", c.pos.effective);
  c.effective = parse_date(c.effective_text);
  c.pos.matters = pos(root.get_key("matters"));

  const Node matters = root.get("matters");
  switch (kind) {
    case Kind::Unified:
    case Kind::Department:
    case Kind::Extension:
      c.extends = header("extends", c.pos.extends);
      c.department = header("department", c.pos.department);
      c.matters = d.list(matters, &Decoder::matter);
      c.index.build(c.matters);
      break;
    case Kind::Township:
      c.county = header("county", c.pos.county);
      c.draws_from = d.names(root.get("draws_from"), &c.pos.draws_from);
      c.entries = d.list(matters, &Decoder::entry);
      c.index.build(c.entries);
      break;
    case Kind::Supervision:
      c.supervision = d.list(matters, &Decoder::supervision);
      c.index.build(c.supervision);
      break;
    case Kind::Cases: {
      const Node counts = root.get("counts");
      c.cases.reserve(counts.size());
      for (size_t i = 0; i < counts.size(); ++i)
        c.cases.push_back({pos(counts.key(i)), d.copy(counts.key(i)), year_counts(counts.value(i))});
      break;
    }
    case Kind::Targets:
      c.targets = d.list(root.get("targets"), &Decoder::target);
      break;
    case Kind::Registry:
      c.code_pattern = header("code_pattern", c.pos.code_pattern);
      c.domains = d.names(root.get("domains"));
      c.departments = d.names(root.get("departments"));
      break;
  }
  return c;
}

}  // namespace encat::model
