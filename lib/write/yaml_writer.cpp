#include "write/yaml_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "model/fields.h"
#include "util/char_width.h"
#include "util/utf8.h"
#include "yaml/document.h"

namespace encat::write {
namespace {

using model::FieldInfo;
using model::Pos;
using model::Quoting;

constexpr size_t max_flow_width = 100;  // display columns of a line with a flow list

// Display columns of text: East Asian wide and full-width characters count two.
// Terminal columns (East Asian Width: a Chinese character takes two).
size_t display_width(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    width += static_cast<size_t>(char_width(decode_code_point(text.substr(i), length)));
    i += length;
  }
  return width;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether `text` can be written without quotes and read back as the same
// string by a YAML 1.2 reader (ours) and a YAML 1.1 one (PyYAML, older tools).
bool plain_is_safe(std::string_view text, bool in_flow) {
  if (text.empty() || yaml::resolve_plain(text) != yaml::Type::String) return false;
  // YAML 1.1 booleans, and anything that could be a 1.1 number (`1_000`, `1:20`).
  static constexpr std::string_view yaml11_words[] = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                                      "on", "On", "ON", "off", "Off", "OFF", "<<", "="};
  if (std::find(std::begin(yaml11_words), std::end(yaml11_words), text) != std::end(yaml11_words)) return false;
  // (A date stays plain, as format.md writes it: a string to the 1.2 core schema.)
  if (std::all_of(text.begin(), text.end(), [](char c) { return is_digit(c) || std::string_view("+-._:eE").find(c) != std::string_view::npos; }) &&
      !model::parse_date(text))
    return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  if (text.front() == ' ' || text.back() == ' ' || text.back() == ':') return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  if (in_flow && text.find_first_of(",[]{}") != std::string_view::npos) return false;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    const char32_t c = decode_code_point(text.substr(i), length);
    i += length;
    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) return false;
  }
  return true;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    const char32_t c = decode_code_point(text.substr(i), length);
    const std::string_view bytes = text.substr(i, length);
    i += length;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\0': out += "\\0"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case 0x85: out += "\\u0085"; break;  // (yaml-cpp reads `\N` wrongly)
      case 0x2028: out += "\\u2028"; break;
      case 0x2029: out += "\\u2029"; break;
      case 0xFEFF: out += "\\uFEFF"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
        else out += bytes;
    }
  }
  return out + '"';
}

std::string scalar(std::string_view text, Quoting quoting, bool in_flow) {
  if (quoting == Quoting::Always || !plain_is_safe(text, in_flow)) return double_quoted(text);
  return std::string(text);
}

// Multi-line text that reads back exactly as a literal block (`|`, `|-`,
// `|+`): no line starts or ends with a blank (editors strip those), and no
// control character other than the line breaks.
bool literal_is_safe(std::string_view text) {
  if (text.find('\n') == std::string_view::npos || text.front() == '\n' || text.front() == ' ') return false;
  const size_t content_end = text.find_last_not_of('\n') + 1;
  // More than one final line break needs `|+`, whose blank lines a following
  // blank line would join: double quotes say it exactly.
  if (text.size() - content_end > 1) return false;
  for (size_t i = 0; i < content_end;) {
    size_t length = 1;
    const char32_t c = decode_code_point(text.substr(i), length);
    if ((c < 0x20 && c != '\n') || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) return false;
    if (c == '\n' && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) return false;
    i += length;
  }
  return text[content_end - 1] != ' ' && text[content_end - 1] != '\t';
}

bool contains(const std::vector<std::uint32_t>& sorted, std::uint32_t value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

class Writer {
 public:
  // `part`: the whole catalog, or its header only (kind and header fields),
  // or nothing but the records given to write_record. Only the comments and
  // blank lines of the source lines [comments_from, comments_before) are
  // written.
  enum class Part { Whole, Header, Records };
  explicit Writer(const model::Catalog& catalog, Part part = Part::Whole, std::uint32_t comments_before = UINT32_MAX,
                  std::uint32_t comments_from = 0)
      : m_catalog(catalog), m_part(part) {
    const auto& comments = catalog.comments;
    auto comment_at = [&](std::uint32_t line) {
      return static_cast<size_t>(std::lower_bound(comments.begin(), comments.end(), line,
                                                  [](const model::Comment& c, std::uint32_t l) { return c.line < l; }) -
                                 comments.begin());
    };
    auto blank_at = [&](std::uint32_t line) {
      return static_cast<size_t>(std::lower_bound(catalog.after_blank.begin(), catalog.after_blank.end(), line) -
                                 catalog.after_blank.begin());
    };
    m_comments_begin = comment_at(comments_from);
    m_comments_end = std::max(m_comments_begin, comment_at(comments_before));
    m_blanks_begin = blank_at(comments_from);
    m_blanks_end = std::max(m_blanks_begin, blank_at(comments_before));
    for (size_t i = m_comments_begin; i < m_comments_end; ++i) m_comment_lines.push_back(comments[i].line);
  }

  // One record as an item of the body's block list (`  - `), without comments.
  template <typename Record, typename Table>
  std::string write_record(const Record& record, Table table) {
    start_item(record.at);
    fields(record, table, 4);
    if (m_item_starts) begin_line(0, 0, 0, "  - {}");  // (a record without a field)
    m_item_starts = false;
    return join();
  }

  std::string write() {
    const model::Catalog& c = m_catalog;
    begin_line(0, model::line_of_key(c.pos.kind), 0, fmt::format("kind: {}", model::kind_name(c.kind)));
    fields(c, model::header_fields, 0);
    if (m_part == Part::Header) return join();
    switch (c.kind) {
      case model::Kind::Unified:
      case model::Kind::Extension:
      case model::Kind::Department: records(model::fields::matters, c.matters, model::matter_fields); break;
      case model::Kind::Township: records(model::fields::matters, c.entries, model::entry_fields); break;
      case model::Kind::Supervision: records(model::fields::matters, c.supervision, model::supervision_fields); break;
      case model::Kind::Targets: records(model::fields::targets, c.targets, model::target_fields); break;
      case model::Kind::Cases: counts(); break;
      case model::Kind::Registry: regions(); break;
      case model::Kind::Laws: records(model::fields::laws, c.laws, model::law_fields); break;
      case model::Kind::Lenient: records(model::fields::matters, c.lenient, model::lenient_fields); break;
      case model::Kind::Staffing: records(model::fields::years, c.staffing, model::staff_year_fields); break;
    }
    return join();
  }

 private:
  struct Line {
    size_t begin, end;  // the text, in m_text
    unsigned indent;
    std::uint32_t field_line;  // the source line of the field written here (trailing comments)
    std::uint32_t item_line;   // the source line of the list item that starts here (leading comments)
  };

  // A new output line. `item_line` is set for the first line of a list item
  // (written after `- `).
  void begin_line(unsigned indent, std::uint32_t field_line, std::uint32_t item_line, const std::string& text) {
    m_lines.push_back({m_text.size(), m_text.size() + text.size(), indent, field_line, item_line});
    m_text += text;
  }

  void start_item(Pos at) {
    m_item_starts = true;
    m_item_line = at.line;
  }

  // The prefix of a field's line: the indentation, or `- ` for the first
  // field of a list item.
  std::string prefix(unsigned indent) {
    if (m_item_starts) return std::string(indent - 2, ' ') + "- ";
    return std::string(indent, ' ');
  }
  void field_line(unsigned indent, Pos at, const std::string& text) {
    begin_line(m_item_starts ? indent - 2 : indent, model::line_of_key(at), m_item_starts ? m_item_line : 0, prefix(indent) + text);
    m_item_starts = false;
  }

  // Whether a comment lies in the source lines (after, through]: a list with
  // one inside is written one item per line, so the comment keeps its place.
  bool comment_within(std::uint32_t after, std::uint32_t through) const {
    const auto it = std::upper_bound(m_comment_lines.begin(), m_comment_lines.end(), after);
    return it != m_comment_lines.end() && *it <= through;
  }

  template <typename Record, typename Table>
  void fields(const Record& record, Table table, unsigned indent) {
    table([&](const FieldInfo& info, auto value, auto at, auto... more) {
      write_field(info, value(record), at(record), more(record)..., indent);
    });
  }

  void write_field(const FieldInfo& info, std::string_view value, Pos at, unsigned indent) {
    if (value.empty()) return;
    if (value.find('\n') != std::string_view::npos && info.quoting == Quoting::AsNeeded && literal_is_safe(value)) {
      const size_t content_end = value.find_last_not_of('\n') + 1;
      const size_t breaks = value.size() - content_end;
      field_line(indent, at, fmt::format("{}: |{}", info.key, breaks == 0 ? "-" : ""));
      const std::string body(indent + 2, ' ');
      std::string_view rest = value.substr(0, content_end);
      while (true) {
        const size_t end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        begin_line(indent + 2, 0, 0, line.empty() ? std::string() : body + std::string(line));
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
      }
      return;
    }
    field_line(indent, at, fmt::format("{}: {}", info.key, scalar(value, info.quoting, false)));
  }

  void write_field(const FieldInfo& info, const std::optional<int>& value, Pos at, unsigned indent) {
    if (value) field_line(indent, at, fmt::format("{}: {}", info.key, *value));
  }
  void write_field(const FieldInfo& info, int value, Pos at, unsigned indent) {
    field_line(indent, at, fmt::format("{}: {}", info.key, value));
  }

  template <typename Enum>
  void write_field(const FieldInfo& info, const std::optional<Enum>& value, Pos at, unsigned indent) {
    if (value) field_line(indent, at, fmt::format("{}: {}", info.key, model::words_of(*value)[static_cast<size_t>(*value)]));
  }
  // An enumerated field with a default: written where it was read or where it is not the default.
  template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
  void write_field(const FieldInfo& info, Enum value, Pos at, unsigned indent) {
    if (at || value != model::default_value(value))
      field_line(indent, at, fmt::format("{}: {}", info.key, model::words_of(value)[static_cast<size_t>(value)]));
  }

  void write_field(const FieldInfo& info, std::uint8_t traits, Pos at, const std::vector<Pos>& items_at, unsigned indent) {
    if (!traits) return;
    std::vector<std::string_view> words;
    const model::WordList all = model::trait_words();
    for (size_t bit = 0; bit < all.size; ++bit)
      if (traits & (1u << bit)) words.push_back(all[bit]);
    write_list(info, words, at, items_at, indent);
  }

  void write_field(const FieldInfo& info, const std::vector<std::string_view>& items, Pos at,
                   const std::vector<Pos>& items_at, unsigned indent) {
    write_list(info, items, at, items_at, indent);
  }

  void write_list(const FieldInfo& info, const std::vector<std::string_view>& items, Pos at,
                  const std::vector<Pos>& items_at, unsigned indent) {
    if (items.empty()) return;
    if (!comment_within(model::line_of_key(at), last_line(items_at))) {
      std::string flow = fmt::format("{}: [", info.key);
      for (size_t i = 0; i < items.size(); ++i) flow += (i ? ", " : "") + scalar(items[i], info.quoting, true);
      flow += ']';
      if (indent + display_width(flow) <= max_flow_width) return field_line(indent, at, flow);
    }
    field_line(indent, at, fmt::format("{}:", info.key));
    for (size_t i = 0; i < items.size(); ++i)
      begin_line(indent + 2, i < items_at.size() ? items_at[i].line : 0, i < items_at.size() ? items_at[i].line : 0,
                 std::string(indent + 2, ' ') + "- " + scalar(items[i], info.quoting, false));
  }

  void write_field(const FieldInfo& info, const std::vector<model::Basis>& basis, Pos at, unsigned indent) {
    if (basis.empty()) return;
    field_line(indent, at, fmt::format("{}:", info.key));
    for (const model::Basis& law : basis) {
      start_item(law.at);
      fields(law, model::basis_fields, indent + 4);
    }
  }

  void write_field(const FieldInfo& info, const model::YearCounts& counts, Pos at, const std::vector<Pos>& years_at,
                   unsigned indent) {
    if (!counts.empty()) write_counts(fmt::format("{}:", info.key), counts, at, years_at, indent);
  }

  // The last source line of a list's items (0 for one built from values).
  static std::uint32_t last_line(const std::vector<Pos>& items_at) {
    std::uint32_t last = 0;
    for (const Pos& at : items_at) last = std::max(last, at.line);
    return last;
  }

  void write_counts(const std::string& key, const model::YearCounts& counts, Pos at, const std::vector<Pos>& years_at,
                    unsigned indent) {
    std::string flow = key + " {";
    for (size_t i = 0; i < counts.size(); ++i) flow += fmt::format("{}{}: {}", i ? ", " : "", counts[i].first, counts[i].second);
    flow += '}';
    if (indent + display_width(flow) <= max_flow_width && !comment_within(model::line_of_key(at), last_line(years_at)))
      return field_line(indent, at, flow);
    field_line(indent, at, key);
    for (size_t i = 0; i < counts.size(); ++i) {
      const std::uint32_t line = i < years_at.size() ? years_at[i].line : 0;
      begin_line(indent + 2, line, line,
                 fmt::format("{}{}: {}", std::string(indent + 2, ' '), counts[i].first, counts[i].second));
    }
  }

  void write_field(const FieldInfo& info, const std::optional<double>& value, Pos at, std::string_view written,
                   unsigned indent) {
    if (!value) return;
    std::string text(written);
    if (text.empty()) {
      text = fmt::format("{}", *value);
      if (text.find_first_of(".en") == std::string::npos) text += ".0";
    }
    field_line(indent, at, fmt::format("{}: {}", info.key, text));
  }

  template <typename Record, typename Table>
  void records(const FieldInfo& info, const std::vector<Record>& list, Table table) {
    const Pos& at = m_catalog.pos.body;
    if (list.empty()) {
      if (at) begin_line(0, model::line_of_key(at), 0, fmt::format("{}: []", info.key));
      return;
    }
    begin_line(0, model::line_of_key(at), 0, fmt::format("{}:", info.key));
    for (const Record& record : list) {
      start_item(record.at);
      fields(record, table, 4);
    }
  }

  void counts() {
    const model::Catalog& c = m_catalog;
    if (c.cases.empty()) {
      if (c.pos.body) begin_line(0, model::line_of_key(c.pos.body), 0, "counts: {}");
      return;
    }
    begin_line(0, model::line_of_key(c.pos.body), 0, "counts:");
    for (const model::CaseCounts& code : c.cases) {
      const std::string key = double_quoted(code.code) + ":";
      if (code.by_year.empty()) begin_line(2, code.code_at.line, code.code_at.line, "  " + key + " {}");
      else write_counts(key, code.by_year, code.by_year_at, code.years_at, 2);
      m_lines.back().item_line = code.code_at.line;
    }
  }

  // A registry's `regions`: code → name, one per line, codes quoted.
  void regions() {
    const model::Catalog& c = m_catalog;
    if (c.regions.empty()) {
      if (c.pos.body) begin_line(0, model::line_of_key(c.pos.body), 0, "regions: {}");
      return;
    }
    begin_line(0, model::line_of_key(c.pos.body), 0, "regions:");
    for (const model::Region& region : c.regions)
      begin_line(2, region.code_at.line, region.code_at.line,
                 "  " + double_quoted(region.code) + ": " + scalar(region.name, Quoting::AsNeeded, false));
  }

  std::string join();

  const model::Catalog& m_catalog;
  Part m_part = Part::Whole;
  size_t m_comments_begin = 0, m_comments_end = 0;  // the comments written
  size_t m_blanks_begin = 0, m_blanks_end = 0;      // the blank lines kept
  std::vector<std::uint32_t> m_comment_lines;  // sorted (comments are in source order)
  std::vector<Line> m_lines;
  std::string m_text;  // the lines' text, one after the other
  bool m_item_starts = false;    // the next field is the first of a list item
  std::uint32_t m_item_line = 0;  // that item's source line (0 for one built from values)
};

// Puts the comments and blank lines back. A trailing comment goes at the end
// of the output line of the field on its source line; a full-line comment (or
// a trailing one whose line wrote nothing) before the output line of the
// first source line after it; comments before the first key stay first, and
// what precedes nothing written goes last. A blank line goes where the source
// line after it went, if that line was written or is a comment.
std::string Writer::join() {
  const model::Catalog& c = m_catalog;
  using Index = std::vector<std::pair<std::uint32_t, size_t>>;  // (source line, output line), sorted
  Index starts, fields;
  for (size_t i = 0; i < m_lines.size(); ++i) {
    if (m_lines[i].item_line) starts.push_back({m_lines[i].item_line, i});
    if (m_lines[i].field_line) {
      starts.push_back({m_lines[i].field_line, i});
      fields.push_back({m_lines[i].field_line, i});
    }
  }
  std::sort(starts.begin(), starts.end());
  std::sort(fields.begin(), fields.end());
  // The first output line of the first source line after `line`.
  auto next_output = [&](std::uint32_t line) -> std::optional<size_t> {
    const auto it = std::upper_bound(starts.begin(), starts.end(), std::make_pair(line, SIZE_MAX));
    if (it == starts.end()) return std::nullopt;
    return it->second;
  };
  auto written = [&](std::uint32_t line) {
    const auto it = std::lower_bound(starts.begin(), starts.end(), std::make_pair(line, size_t{0}));
    return it != starts.end() && it->first == line;
  };

  // Where each comment and blank line goes: before output line i (head:
  // before everything, foot: after it), "" for a blank line; and trailing
  // comments by output line. Both in the order they are met, sorted stably.
  const size_t head = 0, foot = m_lines.size() + 1;  // output line i is slot i + 1
  std::vector<std::pair<size_t, std::string_view>> before, trailing;
  const std::uint32_t first_line = c.pos.root.line;
  auto place = [&](std::uint32_t line, std::string_view text) {
    if (line < first_line) return before.push_back({head, text});
    const std::optional<size_t> target = next_output(line);
    before.push_back({target ? *target + 1 : foot, text});
  };
  size_t blank = m_blanks_begin;  // the next of c.after_blank
  auto blanks_through = [&](std::uint32_t line) {
    for (; blank < m_blanks_end && c.after_blank[blank] <= line; ++blank)
      if (c.after_blank[blank] > 1 && (written(c.after_blank[blank]) || contains(m_comment_lines, c.after_blank[blank])))
        place(c.after_blank[blank] - 1, "");
  };
  for (size_t i = m_comments_begin; i < m_comments_end; ++i) {
    const model::Comment& comment = c.comments[i];
    blanks_through(comment.line);
    if (comment.trailing) {
      auto it = std::upper_bound(fields.begin(), fields.end(), std::make_pair(comment.line, SIZE_MAX));
      if (it != fields.begin() && (--it)->first == comment.line) {
        trailing.push_back({it->second, comment.text});
        continue;
      }
    }
    place(comment.line, comment.text);
  }
  blanks_through(UINT32_MAX);
  auto by_slot = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(before.begin(), before.end(), by_slot);
  std::stable_sort(trailing.begin(), trailing.end(), by_slot);

  std::string out;
  out.reserve(m_text.size() + m_lines.size() + 64);
  bool last_blank = true;  // no blank line first in the file
  auto next_before = before.begin();
  auto put_before = [&](size_t slot, unsigned indent) {
    for (; next_before != before.end() && next_before->first == slot; ++next_before) {
      if (next_before->second.empty()) {
        if (!last_blank) out += '\n';
        last_blank = true;
        continue;
      }
      out.append(indent, ' ').append(next_before->second) += '\n';
      last_blank = false;
    }
  };
  auto next_trailing = trailing.begin();
  put_before(head, 0);
  for (size_t i = 0; i < m_lines.size(); ++i) {
    const Line& line = m_lines[i];
    put_before(i + 1, line.indent);
    out.append(m_text, line.begin, line.end - line.begin);
    for (bool first = true; next_trailing != trailing.end() && next_trailing->first == i; ++next_trailing, first = false)
      out.append(first ? "  " : " ").append(next_trailing->second);
    out += '\n';
    last_blank = line.begin == line.end;
  }
  put_before(foot, 0);
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace

std::string to_yaml(const model::Catalog& catalog) { return Writer(catalog).write(); }

std::string header_yaml(const model::Catalog& catalog, std::uint32_t comments_before) {
  return Writer(catalog, Writer::Part::Header, comments_before).write();
}

namespace {
const model::Catalog& no_catalog() {
  static const model::Catalog empty;
  return empty;
}
// Moves an item written with its `-` at column 2 to `dash_column`.
std::string reindent(std::string text, unsigned dash_column) {
  if (dash_column == 2) return text;
  std::string out;
  out.reserve(text.size() + 64);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    std::string_view line(text.data() + start, end - start);
    if (line != "\n") {
      if (dash_column > 2) out.append(dash_column - 2, ' ');
      else line.remove_prefix(std::min<size_t>(2 - dash_column, line.find_first_not_of(' ')));
    }
    out.append(line);
    start = end;
  }
  return out;
}
}  // namespace

namespace {
template <typename Record, typename Table>
std::string one_record(const Record& record, Table table, unsigned dash_column, const model::Catalog* comments_of,
                       std::uint32_t first_line, std::uint32_t last_line) {
  if (!comments_of) return reindent(Writer(no_catalog(), Writer::Part::Records, 0).write_record(record, table), dash_column);
  return reindent(Writer(*comments_of, Writer::Part::Records, last_line + 1, first_line).write_record(record, table),
                  dash_column);
}
}  // namespace

std::string record_yaml(const model::Matter& record, unsigned dash_column, const model::Catalog* comments_of,
                        std::uint32_t first_line, std::uint32_t last_line) {
  return one_record(record, model::matter_fields, dash_column, comments_of, first_line, last_line);
}
std::string record_yaml(const model::TownshipEntry& record, unsigned dash_column, const model::Catalog* comments_of,
                        std::uint32_t first_line, std::uint32_t last_line) {
  return one_record(record, model::entry_fields, dash_column, comments_of, first_line, last_line);
}
std::string record_yaml(const model::SupervisionMatter& record, unsigned dash_column,
                        const model::Catalog* comments_of, std::uint32_t first_line, std::uint32_t last_line) {
  return one_record(record, model::supervision_fields, dash_column, comments_of, first_line, last_line);
}
std::string record_yaml(const model::Target& record, unsigned dash_column, const model::Catalog* comments_of,
                        std::uint32_t first_line, std::uint32_t last_line) {
  return one_record(record, model::target_fields, dash_column, comments_of, first_line, last_line);
}

std::string record_yaml(const model::Law& record, unsigned dash_column, const model::Catalog* comments_of,
                        std::uint32_t first_line, std::uint32_t last_line) {
  return one_record(record, model::law_fields, dash_column, comments_of, first_line, last_line);
}
std::string record_yaml(const model::LenientEntry& record, unsigned dash_column, const model::Catalog* comments_of,
                        std::uint32_t first_line, std::uint32_t last_line) {
  return one_record(record, model::lenient_fields, dash_column, comments_of, first_line, last_line);
}
std::string record_yaml(const model::StaffYear& record, unsigned dash_column, const model::Catalog* comments_of,
                        std::uint32_t first_line, std::uint32_t last_line) {
  return one_record(record, model::staff_year_fields, dash_column, comments_of, first_line, last_line);
}

std::optional<std::string> checked(const model::Catalog& catalog, std::string canonical,
                                   const model::LoadOptions& options) {
  const model::LoadedCatalog again = model::load_catalog({catalog.file, canonical}, options);
  if (!again.catalog || !again.findings.empty() || !(*again.catalog == catalog) || to_yaml(*again.catalog) != canonical)
    return std::nullopt;
  return canonical;
}

}  // namespace encat::write
