#include "model/decode.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "model/fields.h"
#include "util/suggest.h"

namespace encat::model {
namespace {

using yaml::Node;

Pos pos(Node node) { return {node.line(), node.column(), node.span()}; }

// The position of a mapping pair's value, with its key's line.
Pos pos_of(Node key, Node value) {
  Pos at = pos(value);
  if (key) at.key_line = key.line();
  return at;
}

// The kind a wrong `kind` most likely means: a typo of a kind, or the
// catalog's Chinese name (扩展目录 → extension).
std::optional<std::string_view> kind_for(std::string_view text, const std::vector<std::string_view>& kinds) {
  static const std::pair<std::string_view, std::string_view> chinese[] = {
      {"统一目录", "unified"}, {"扩展目录", "extension"},   {"乡镇", "township"}, {"街道", "township"},
      {"部门", "department"},  {"监管", "supervision"},     {"案件", "cases"},    {"目标", "targets"},
      {"登记", "registry"},    {"法规", "laws"},         {"不予处罚", "lenient"}, {"首违不罚", "lenient"},
      {"执法力量", "staffing"}, {"人员", "staffing"},
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

YearCounts year_counts(Node node, std::vector<Pos>* years_at = nullptr) {
  YearCounts counts;
  counts.reserve(node.size());
  for (size_t i = 0; i < node.size(); ++i) {
    const std::optional<long long> year = node.key(i).integer();
    const std::optional<long long> count = count_value(node.value(i));
    // A year that is no int is no year an audit asks about (the schema wants 4 digits).
    if (year && count && *year >= std::numeric_limits<int>::min() && *year <= std::numeric_limits<int>::max()) {
      counts.push_back({static_cast<int>(*year), *count});
      if (years_at) years_at->push_back(pos(node.key(i)));
    }
  }
  return counts;
}

template <typename Enum>
std::optional<Enum> one_of(Node node) {
  const WordList words = words_of(Enum{});
  for (size_t i = 0; i < words.size; ++i)
    if (words[i] == node.text()) return static_cast<Enum>(i);
  return std::nullopt;
}

// Reads fields tolerantly, walking the field tables (fields.h): a scalar's
// text is taken whatever its type (so an unquoted code still decodes; the
// schema check already said to quote it), and what cannot be read is left
// empty.
class Decoder {
 public:
  explicit Decoder(TextStore& text) : m_text(text) {}

  // Every field of `table` from the mapping `map` into `record`.
  template <typename Record, typename Table>
  void fields(Node map, Record& record, Table table) {
    table([&](const FieldInfo& info, auto value, auto at, auto... more) {
      const Node node = map.get(info.key);
      at(record) = pos_of(map.get_key(info.key), node);
      read(info, node, value(record), more(record)...);
    });
  }

  // The mappings of a list, each read with `table`.
  template <typename Record, typename Table>
  std::vector<Record> records(Node list, Table table) {
    std::vector<Record> result;
    result.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_mapping()) continue;
      Record& record = result.emplace_back();
      record.at = pos(list[i]);
      fields(list[i], record, table);
    }
    return result;
  }

  std::string_view text(const FieldInfo& info, Node node) {
    return info.repeats ? m_text.intern(node.text()) : m_text.copy(node.text());
  }

  void read(const FieldInfo& info, Node node, std::string_view& value) { value = text(info, node); }

  void read(const FieldInfo&, Node node, std::optional<int>& value) {
    const std::optional<long long> number = node.integer();
    if (number && *number >= std::numeric_limits<int>::min() && *number <= std::numeric_limits<int>::max())
      value = static_cast<int>(*number);
  }
  void read(const FieldInfo& info, Node node, int& value) {
    std::optional<int> number;
    read(info, node, number);
    value = number.value_or(0);
  }

  void read(const FieldInfo& info, Node list, std::vector<std::string_view>& items, std::vector<Pos>& items_at) {
    items.reserve(list.size());
    items_at.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
      if (list[i].text().empty()) continue;
      items.push_back(text(info, list[i]));
      items_at.push_back(pos(list[i]));
    }
  }

  template <typename Enum>
  void read(const FieldInfo&, Node node, std::optional<Enum>& value) {
    value = one_of<Enum>(node);
  }
  template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
  void read(const FieldInfo&, Node node, Enum& value) {
    value = one_of<Enum>(node).value_or(default_value(Enum{}));
  }

  void read(const FieldInfo&, Node list, std::uint8_t& traits, std::vector<Pos>& items_at) {
    const WordList words = trait_words();
    Pos at[8];
    for (size_t i = 0; i < list.size(); ++i)
      for (size_t bit = 0; bit < words.size; ++bit)
        if (list[i].text() == words[bit] && !(traits & (1u << bit))) {
          traits |= static_cast<std::uint8_t>(1u << bit);
          at[bit] = pos(list[i]);
        }
    for (size_t bit = 0; bit < words.size; ++bit)
      if (traits & (1u << bit)) items_at.push_back(at[bit]);
  }

  void read(const FieldInfo&, Node list, std::vector<Basis>& basis) {
    basis = records<Basis>(list, basis_fields);
  }

  void read(const FieldInfo&, Node node, YearCounts& counts, std::vector<Pos>& years_at) {
    counts = year_counts(node, &years_at);
  }

  void read(const FieldInfo&, Node node, std::optional<double>& value, std::string_view& written) {
    value = node.number();
    if (value) written = m_text.copy(node.text());
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
  for (const Kind each : all_kinds()) {
    const bool first = names.empty();
    names.push_back(kind_name(each));
    expected_zh += fmt::format("{}`{}`", first ? "" : "、", names.back());
    expected_en += fmt::format("{}`{}`", first ? "" : ", ", names.back());
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
      finding.note(text("是否应为 `{}`？", "did you mean `{}`?", *meant));
    findings.push_back(std::move(finding.note(one_of_kinds)));
    return std::nullopt;
  }
  return parse_kind(kind.text());
}

Catalog decode(const yaml::Document& doc, Kind kind) {
  Catalog c;
  c.file = doc.file();
  c.kind = kind;
  Decoder d(c.text);
  const Node root = doc.root();
  c.pos.root = pos(root);
  c.pos.kind = pos_of(root.get_key("kind"), root.get("kind"));
  d.fields(root, c, header_fields);
  const FieldInfo& body = kind == Kind::Cases      ? fields::counts
                          : kind == Kind::Targets  ? fields::targets
                          : kind == Kind::Registry ? fields::regions
                          : kind == Kind::Laws     ? fields::laws
                          : kind == Kind::Staffing ? fields::years
                                                   : fields::matters;
  const Node list = root.get(body.key);
  c.pos.body = pos_of(root.get_key(body.key), list);
  c.pos.matters = pos(root.get_key("matters"));
  switch (kind) {
    case Kind::Unified:
    case Kind::Department:
    case Kind::Extension: c.matters = d.records<Matter>(list, matter_fields); break;
    case Kind::Township: c.entries = d.records<TownshipEntry>(list, entry_fields); break;
    case Kind::Supervision: c.supervision = d.records<SupervisionMatter>(list, supervision_fields); break;
    case Kind::Cases:
      c.cases.reserve(list.size());
      for (size_t i = 0; i < list.size(); ++i)
      {
        model::CaseCounts& counts = c.cases.emplace_back();
        counts.code_at = pos(list.key(i));
        counts.by_year_at = pos_of(list.key(i), list.value(i));
        counts.code = c.text.copy(list.key(i).text());
        counts.by_year = year_counts(list.value(i), &counts.years_at);
      }
      break;
    case Kind::Targets: c.targets = d.records<Target>(list, target_fields); break;
    case Kind::Laws: c.laws = d.records<Law>(list, law_fields); break;
    case Kind::Lenient: c.lenient = d.records<LenientEntry>(list, lenient_fields); break;
    case Kind::Staffing: c.staffing = d.records<StaffYear>(list, staff_year_fields); break;
    case Kind::Registry:
      c.regions.reserve(list.size());
      for (size_t i = 0; i < list.size(); ++i) {
        const Node key = list.key(i), value = list.value(i);
        if (key.text().empty() || !value.is_scalar()) continue;  // (E004)
        c.regions.push_back({pos(key), pos_of(key, value), c.text.copy(key.text()), c.text.copy(value.text())});
      }
      break;
  }
  c.comments.reserve(doc.comments().size());
  for (const yaml::Comment& comment : doc.comments())
    c.comments.push_back({comment.line, comment.column, comment.trailing, c.text.copy(comment.text)});
  c.update_derived();
  return c;
}

}  // namespace encat::model
