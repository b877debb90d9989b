#include "import/import.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "import/text32.h"
#include "model/fields.h"
#include "rules/rules.h"
#include "tabular/xlsx.h"
#include "write/yaml_writer.h"

namespace encat::import {

using namespace detail;

namespace {

namespace f = model::fields;

// The columns a table may have.
enum class Field : unsigned char {
  Index, Code, Name, Domain, Power, Basis, Scope, Boundary, From, Tier, Traits, Status, Note, Source,
  Claimed, Covers, Inspection, Inspections, Count
};
constexpr size_t field_count = static_cast<size_t>(Field::Count);

struct Label {
  Field field;
  std::string_view name;
};

// The header names of each column, the label of model/fields.h (what
// encat-publish writes) first, then the synonyms of real attachments.
const std::vector<Label>& labels(model::Kind kind) {
  static const std::vector<Label> matters = {
      {Field::Index, "序号"},        {Field::Code, f::code.zh},         {Field::Code, "事项编码"},
      {Field::Code, "职权编码"},     {Field::Code, "编码"},             {Field::Code, "代码"},
      {Field::Code, "权力编码"},     {Field::Name, f::name.zh},
      {Field::Name, "职权名称"},     {Field::Name, "名称"},             {Field::Name, "权力名称"},
      {Field::Name, "权力事项名称"}, {Field::Name, "执法事项名称"},     {Field::Domain, f::domain.zh},
      {Field::Domain, "领域"},       {Field::Domain, "所属领域"},       {Field::Domain, "所属执法领域"},
      {Field::Power, f::power.zh},   {Field::Power, "职权类别"},        {Field::Power, "权力类型"},
      {Field::Power, "事项类型"},    {Field::Basis, f::basis.zh},       {Field::Basis, "实施依据"},
      {Field::Basis, "设定依据"},    {Field::Basis, "执法依据"},        {Field::Basis, "法律法规依据"},
      {Field::Basis, "依据"},        {Field::Scope, f::scope.zh},       {Field::Boundary, f::boundary.zh},
      {Field::Boundary, "职责边界"}, {Field::From, f::from.zh},         {Field::From, "原实施部门"},
      {Field::From, "原实施单位"},   {Field::From, "划出单位"},         {Field::Tier, f::township.zh},
      {Field::Tier, "下放类型"},     {Field::Traits, f::traits.zh},     {Field::Status, f::status.zh},
      {Field::Status, "事项状态"},   {Field::Note, f::note.zh},         {Field::Source, f::source.zh},
  };
  static const std::vector<Label> supervision = {
      {Field::Index, "序号"},
      {Field::Code, f::supervision_code.zh},
      {Field::Code, "监管事项编码"},
      {Field::Code, f::code.zh},
      {Field::Code, "事项编码"},
      {Field::Code, "编码"},
      {Field::Code, "代码"},
      {Field::Name, f::supervision_name.zh},
      {Field::Name, f::name.zh},
      {Field::Name, "名称"},
      {Field::Claimed, f::claimed_by.zh},
      {Field::Claimed, "监管部门"},
      {Field::Claimed, "责任部门"},
      {Field::Covers, f::covers.zh},
      {Field::Covers, "对应执法事项代码"},
      {Field::Covers, "关联执法事项"},
      {Field::Inspection, f::inspection.zh},
      {Field::Inspection, "监管方式"},
      {Field::Inspections, f::inspections.zh},
      {Field::Inspections, "检查次数"},
      {Field::Note, f::note.zh},
  };
  return kind == model::Kind::Supervision ? supervision : matters;
}

// The header keys of labels(kind), made once, and the longest.
struct LabelKeys {
  std::vector<std::pair<std::string, Field>> keys;
  size_t longest = 0;
  explicit LabelKeys(model::Kind kind) {
    for (const Label& label : labels(kind)) {
      keys.emplace_back(header_key(label.name), label.field);
      longest = std::max(longest, keys.back().first.size());
    }
  }
};

std::optional<Field> field_of(model::Kind kind, std::string_view header) {
  static const LabelKeys matters(model::Kind::Unified), supervision(model::Kind::Supervision);
  const LabelKeys& known = kind == model::Kind::Supervision ? supervision : matters;
  thread_local std::string key;
  if (!header_key_within(header, key, known.longest) || key.empty()) return std::nullopt;
  for (const auto& [name, field] : known.keys)
    if (name == key) return field;
  return std::nullopt;
}

template <typename Enum>
std::string allowed(Enum) {
  const model::WordList words = model::words_of(Enum{});
  std::string out;
  for (size_t i = 0; i < words.size; ++i) out += fmt::format("{}`{}`", i ? "、" : "", words[i]);
  return out;
}

template <typename Enum>
std::optional<Enum> parse_word(std::string_view text) {
  const model::WordList words = model::words_of(Enum{});
  for (size_t i = 0; i < words.size; ++i)
    if (words[i] == text) return static_cast<Enum>(i);
  return std::nullopt;
}

// Splits a list cell (划出部门, 事项特征, 对应执法事项) at 、，,；;／/ and line breaks.
std::vector<std::string> split_list(std::string_view text, bool spaces) {
  std::vector<std::string> out;
  std::u32string current;
  auto flush = [&] {
    const std::u32string item = trim32(current);
    if (!item.empty()) out.push_back(to8(item));
    current.clear();
  };
  for (char32_t c : to32(text)) {
    if (c == U'、' || c == U'，' || c == ',' || c == U'；' || c == ';' || c == U'／' || c == '/' || c == '\n' ||
        (spaces && is_space32(c)))
      flush();
    else
      current.push_back(c);
  }
  flush();
  return out;
}

bool code_ok(std::string_view code, model::Kind kind) {
  const bool supervision = kind == model::Kind::Supervision;
  const size_t lo = supervision ? 1 : 6, hi = supervision ? 40 : 32;
  if (code.size() < lo || code.size() > hi) return false;
  for (char c : code) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum && !(supervision && c == '-')) return false;
  }
  return true;
}

// A number cell's stored value as the digits a code has: `330217001000`,
// also from `3.30217001E11` or `330217001000.0`.
std::string number_digits(const std::string& text) {
  if (text.find_first_of(".eE") == std::string::npos) return text;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (!end || *end || !std::isfinite(value) || value < 0 || value >= 1e17 || std::floor(value) != value) return text;
  return fmt::format("{:.0f}", value);
}

// The power a matter's name says (…的行政处罚; 查封、扣押 are 行政强制), or none.
std::optional<model::Power> power_of_name(std::string_view name) {
  auto ends = [&](std::string_view tail) {
    return name.size() >= tail.size() && name.substr(name.size() - tail.size()) == tail;
  };
  if (ends("行政处罚") || ends("处罚")) return model::Power::Penalty;
  if (ends("行政强制") || ends("查封") || ends("扣押") || ends("扣留") || ends("暂扣") || ends("强制执行"))
    return model::Power::Coercion;
  if (ends("行政检查") || ends("监督检查") || ends("检查") || ends("抽查")) return model::Power::Inspection;
  return std::nullopt;
}

// `2022年14次、2023年9次`, `2022:14`, `2022年：14` → year counts.
std::optional<model::YearCounts> parse_inspections(std::string_view text) {
  model::YearCounts out;
  for (const std::string& item : split_list(text, false)) {
    const std::u32string s = to32(item);
    size_t k = 0;
    long long year = 0, count = 0;
    size_t digits = 0;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9' && digits < 5) year = year * 10 + (s[k++] - '0'), ++digits;
    if (digits != 4) return std::nullopt;
    while (k < s.size() && (s[k] == U'年' || s[k] == ':' || s[k] == U'：' || is_space32(s[k]))) ++k;
    digits = 0;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9' && digits < 10) count = count * 10 + (s[k++] - '0'), ++digits;
    if (!digits) return std::nullopt;
    if (k < s.size() && s[k] == U'次') ++k;
    if (k != s.size()) return std::nullopt;
    out.push_back({static_cast<int>(year), count});
  }
  return out;
}

// A record read from one row, with the cells it came from.
struct RecordRow {
  uint32_t row = 0;
  uint32_t columns[field_count] = {};
};

struct Texts {  // owned text of one record (the catalog's views point into its TextStore later)
  std::string code, name, domain, boundary, scope_note, note, source, department;
  std::vector<BasisText> basis;
  std::vector<std::string> from, covers;
  std::optional<model::Power> power;
  std::optional<model::Scope> scope;
  std::optional<model::Tier> tier;
  std::optional<model::Status> status;
  std::optional<model::InspectionKind> inspection;
  model::YearCounts inspections;
  bool has_inspections = false;
  std::uint8_t traits = 0;
};

class Reader {
 public:
  Reader(const tabular::Sheet& sheet, const std::string& file, bool xlsx, const Options& options, Imported& out)
      : m_sheet(sheet), m_file(file), m_xlsx(xlsx), m_options(options), m_out(out) {}

  // The header row (1-based) and its columns, or 0.
  uint32_t find_header() {
    for (uint32_t r = 1; r <= m_sheet.rows.size(); ++r)
      if (header_columns(r, m_columns)) return r;
    std::fill(std::begin(m_columns), std::end(m_columns), 0u);
    return 0;
  }

  void read(uint32_t header) {
    m_header = header;
    note_columns();
    read_above();
    if (const auto [heading, kind] = change_heading(); heading) {
      not_one_catalog(heading, text("这是调整公告的一部分（`{}`），不是一个目录的表：encat-import 只读一个目录的表",
                                    "this is one part of an adjustment notice (`{}`), not a catalog's table: encat-import "
                                    "reads one catalog's table",
                                    kind));
      return;
    }
    if (const uint32_t part = second_part()) {
      not_one_catalog(part, text("表格由几部分组成（调整公告或一个县的乡镇公告），这一行起是另一部分：encat-import 只读一个目录的表",
                                 "the table holds several parts (an adjustment notice or a county's townships notice) "
                                 "and another starts at this row: encat-import reads one catalog's table"));
      return;
    }
    for (uint32_t r = header + 1; r <= m_sheet.rows.size(); ++r) read_row(r);
    close_domain();
    if (m_read == 0 && m_errors == 0) {
      Finding finding = make_finding(Code::T002, {m_file, 0, 0, 0},
                                     text("表头行（第 {} 行）下面没有事项行", "no matter rows follow the header row (row {})", m_header));
      if (m_xlsx) finding.note(text("读取的工作表：{}", "the sheet read: {}", m_sheet.name));
      ++m_errors;
      m_out.findings.push_back(std::move(finding));
    }
  }

  const std::vector<Texts>& records() const { return m_records; }
  const std::vector<RecordRow>& record_rows() const { return m_rows; }
  // Header fields found in the rows above the header, and the row each was in.
  std::string title, issuer, document, effective;
  uint32_t title_row = 0;
  uint32_t header_row() const { return m_header; }
  uint32_t column(Field field) const { return m_columns[static_cast<size_t>(field)]; }

  Location at(uint32_t row, uint32_t col) const { return {m_file, row, col, 0}; }
  Note cell_note(uint32_t row, uint32_t col) const {
    const std::string ref = tabular::cell_ref(row, col ? col : 1);
    if (m_xlsx) return Note{text("工作表 {}，单元格 {}", "sheet {}, cell {}", m_sheet.name, ref), at(row, col)};
    return Note{text("单元格 {}", "cell {}", ref), at(row, col)};
  }

 private:
  const tabular::Cell* raw(uint32_t row, uint32_t col) const { return col ? m_sheet.cell(row, col) : nullptr; }

  // The cell's value, or that of the merged range it is in (a merged domain column fills down).
  const tabular::Cell* value(uint32_t row, uint32_t col) const {
    const tabular::Cell* cell = raw(row, col);
    if (cell && !cell->text.empty()) return cell;
    if (const tabular::Range* range = col ? m_sheet.merged_at(row, col) : nullptr)
      if (const tabular::Cell* top = m_sheet.cell(range->first_row, range->first_col)) return top;
    return cell;
  }

  std::string text_of(uint32_t row, Field field) const {
    const tabular::Cell* cell = value(row, column(field));
    if (!cell) return std::string();
    // A cell of the row being read was cleaned by read_row already.
    if (m_cleaned_row) {
      const std::vector<tabular::Cell>& cells = m_sheet.rows[m_cleaned_row - 1];
      if (!cells.empty() && cell >= cells.data() && cell < cells.data() + cells.size())
        return m_cleaned[static_cast<size_t>(cell - cells.data())];
    }
    return clean(cell->text);
  }

  void error(Code code, uint32_t row, uint32_t col, Text message) {
    Finding finding = make_finding(code, at(row, col), std::move(message));
    finding.note(cell_note(row, col));
    if (finding.severity == Severity::Error) ++m_errors;
    m_out.findings.push_back(std::move(finding));
  }
  void bad_cell(uint32_t row, Field field, Text message) {
    error(Code::T003, row, column(field) ? column(field) : column(Field::Code), std::move(message));
  }

  void note_columns() {
    std::set<uint32_t> used;
    for (uint32_t c : m_columns)
      if (c) used.insert(c);
    for (const tabular::Cell& cell : m_sheet.rows[m_header - 1]) {
      const std::string name = one_line(clean(cell.text));
      if (name.empty()) continue;
      const std::optional<Field> field = field_of(m_options.kind, cell.text);
      if (!used.count(cell.col) && !field)
        m_out.notes.push_back(text("第 {} 列（`{}`）不是{}的字段，已忽略", "column {} (`{}`) is no field of a {} catalog; ignored",
                                   tabular::column_name(cell.col), name,
                                   m_options.kind == model::Kind::Supervision ? "监管事项清单" : "执法事项目录"));
      else if (!used.count(cell.col))
        m_out.notes.push_back(text("第 {} 列（`{}`）与第 {} 列重复，已忽略", "column {} (`{}`) repeats column {}; ignored",
                                   tabular::column_name(cell.col), name, tabular::column_name(column(*field))));
    }
  }

  // Title, 发文机关, 文号, 施行日期 from the rows above the header.
  void read_above() {
    for (uint32_t r = 1; r < m_header; ++r) {
      std::vector<const tabular::Cell*> cells;
      for (const tabular::Cell& cell : m_sheet.rows[r - 1])
        if (!blank(cell.text)) cells.push_back(&cell);
      if (cells.empty()) continue;
      bool fact = false;
      for (const tabular::Cell* cell : cells) fact = read_facts(*cell) || fact;
      if (!fact && title.empty() && cells.size() == 1) {
        title = full_width_punctuation(one_line(clean(cells[0]->text)));
        title_row = r;
      }
    }
  }

  // `发文机关：…`, `文号：…`, `施行日期：2022年7月1日` (several in one cell too).
  bool read_facts(const tabular::Cell& cell) {
    static const std::pair<std::string_view, int> facts[] = {
        {"发文机关", 0}, {"发布机关", 0}, {"印发机关", 0}, {"发文单位", 0}, {"文号", 1},     {"发文字号", 1},
        {"文件编号", 1}, {"施行日期", 2}, {"生效日期", 2}, {"实施日期", 2}, {"执行日期", 2},
    };
    const std::u32string s = to32(one_line(clean(cell.text)));
    // Where each label starts.
    std::vector<std::pair<size_t, std::pair<size_t, int>>> found;  // start → (label length, which)
    for (const auto& [label, which] : facts) {
      const std::u32string l = to32(label);
      for (size_t at = s.find(l); at != std::u32string::npos; at = s.find(l, at + 1)) {
        size_t after = at + l.size();
        while (after < s.size() && is_space32(s[after])) ++after;
        if (after < s.size() && (s[after] == U'：' || s[after] == ':')) found.push_back({at, {after + 1 - at, which}});
      }
    }
    std::sort(found.begin(), found.end());
    bool any = false;
    for (size_t i = 0; i < found.size(); ++i) {
      const size_t begin = found[i].first + found[i].second.first;
      const size_t end = i + 1 < found.size() ? found[i + 1].first : s.size();
      if (end < begin) continue;
      const std::string value = to8(trim32(std::u32string_view(s).substr(begin, end - begin)));
      if (value.empty()) continue;
      any = true;
      switch (found[i].second.second) {
        case 0:
          if (issuer.empty()) issuer = full_width_punctuation(value);
          break;
        case 1:
          if (document.empty()) document = value;
          break;
        default:
          if (effective.empty()) {
            if (const std::optional<std::string> date = find_date(value))
              effective = *date;
            else
              error(Code::T003, cell.row, cell.col,
                    text("施行日期 `{}` 不是日期（可写作 2022年7月1日 或 2022-07-01）",
                         "the effective date `{}` is no date (write 2022年7月1日 or 2022-07-01)", value));
          }
      }
    }
    if (!any) {
      // A 文号 alone: 浙政办发〔2022〕38号.
      const std::string value = one_line(clean(cell.text));
      const std::u32string v = to32(value);
      const size_t open = v.find(U'〔');
      if (open != std::u32string::npos && !v.empty() && v.back() == U'号' && v.find(U'〕') != std::u32string::npos &&
          v.size() < 40) {
        if (document.empty()) document = value;
        any = true;
      }
    }
    return any;
  }

  // The columns row r names when it is a header row (both a code and a name column), else false.
  bool header_columns(uint32_t r, uint32_t (&columns)[field_count]) const {
    std::fill(std::begin(columns), std::end(columns), 0u);
    for (const tabular::Cell& cell : m_sheet.rows[r - 1]) {
      const std::optional<Field> field = field_of(m_options.kind, cell.text);
      if (field && !columns[static_cast<size_t>(*field)]) columns[static_cast<size_t>(*field)] = cell.col;
    }
    return columns[static_cast<size_t>(Field::Code)] && columns[static_cast<size_t>(Field::Name)];
  }

  // The first row of a second part of the table, or 0: a header row below
  // the header with other columns (an adjustment notice's table per kind of
  // change), or one after a paragraph (a townships notice's group), starts a
  // part; the part starts at the heading or paragraph row just above it.
  uint32_t second_part() const {
    uint32_t previous = 0;  // the last row with text below the header, when it has one cell
    for (uint32_t r = m_header + 1; r <= m_sheet.rows.size(); ++r) {
      size_t filled = 0;
      for (const tabular::Cell& cell : m_sheet.rows[r - 1])
        if (!blank(cell.text)) ++filled;
      if (filled == 0) continue;
      uint32_t columns[field_count];
      if (filled >= 2 && header_columns(r, columns)) {
        if (!std::equal(std::begin(columns), std::end(columns), std::begin(m_columns))) return previous ? previous : r;
        if (previous && paragraph(*only_cell(previous))) return previous;
      }
      previous = filled == 1 ? r : 0;
    }
    return 0;
  }

  const tabular::Cell* only_cell(uint32_t r) const {
    for (const tabular::Cell& cell : m_sheet.rows[r - 1])
      if (!blank(cell.text)) return &cell;
    return nullptr;
  }

  // A sentence on a row of its own (`对双塔街道，以其自身名义行使…`): not a
  // domain, total or note row, nor the title repeated.
  bool paragraph(const tabular::Cell& cell) const {
    const std::string t = one_line(clean(cell.text));
    if (t == title || domain_row(cell.text) || total_row(cell.text)) return false;
    for (std::string_view lead : {"注：", "注:", "说明：", "说明:", "备注：", "备注:"})
      if (t.rfind(lead, 0) == 0) return false;
    return t.find("，") != std::string::npos || t.find("。") != std::string::npos;
  }

  // A heading above the header naming a kind of change (`一、新增事项（共 42
  // 项）`): the sheet is one part of an adjustment notice (its xlsx has a
  // sheet per kind of change). The row and the kind, or row 0.
  std::pair<uint32_t, std::string> change_heading() const {
    static const std::string_view kinds[] = {"新增事项", "取消事项", "调整事项", "代码变更",
                                             "新增赋权事项", "收回赋权事项", "新增赋权", "收回赋权"};
    for (uint32_t r = 1; r < m_header; ++r) {
      const tabular::Cell* cell = only_cell(r);
      if (!cell) continue;
      std::optional<DomainRow> heading = domain_row(cell->text);
      if (heading && std::find(std::begin(kinds), std::end(kinds), heading->domain) != std::end(kinds))
        return {r, std::move(heading->domain)};
    }
    return {0, {}};
  }

  // The T002 of a table that is not one catalog's, at row r's first cell with text.
  void not_one_catalog(uint32_t r, Text message) {
    const tabular::Cell* first = only_cell(r);
    const uint32_t col = first ? first->col : 1;
    Finding finding = make_finding(Code::T002, at(r, col), std::move(message));
    finding.note(cell_note(r, col));
    finding.note(text("导出目录本身的表再导入：`encat-publish --catalog ID --columns full --all`",
                      "export the catalog's own table and import that: `encat-publish --catalog ID --columns full --all`"));
    ++m_errors;
    m_out.findings.push_back(std::move(finding));
  }

  // Whether row r repeats the header (a header on every page of an export).
  bool repeats_header(uint32_t r) const {
    const tabular::Cell* code = raw(r, column(Field::Code));
    const tabular::Cell* name = raw(r, column(Field::Name));
    return code && name && field_of(m_options.kind, code->text) == Field::Code &&
           field_of(m_options.kind, name->text) == Field::Name;
  }

  void close_domain() {
    if (m_domain_row && m_domain_count >= 0 && m_domain_count != static_cast<long long>(m_in_domain))
      count_mismatch(m_domain_row, m_domain_col,
                     text("领域行写明 {} 项，其下读到 {} 行", "the domain row says {} matters, {} rows follow it",
                          m_domain_count, m_in_domain));
    m_domain_row = 0;
  }

  void count_mismatch(uint32_t row, uint32_t col, Text message) {
    Finding finding = make_finding(Code::T005, at(row, col), std::move(message));
    finding.note(cell_note(row, col));
    m_out.findings.push_back(std::move(finding));
  }

  void read_row(uint32_t r) {
    const auto& cells = m_sheet.rows[r - 1];
    std::vector<const tabular::Cell*> filled;
    std::string joined;
    m_cleaned.assign(cells.size(), std::string());
    m_cleaned_row = r;
    for (size_t k = 0; k < cells.size(); ++k) {
      const tabular::Cell& cell = cells[k];
      if (cell.text.empty()) continue;
      m_cleaned[k] = clean(cell.text);
      if (!m_cleaned[k].empty()) {
        filled.push_back(&cell);
        joined += m_cleaned[k];
      }
    }
    if (filled.empty()) return;
    if (repeats_header(r)) return;
    const bool alone = filled.size() == 1;
    if (alone)
      if (const std::optional<DomainRow> domain = domain_row(filled[0]->text)) {
        close_domain();
        m_domain = full_width_punctuation(domain->domain);
        m_domain_row = r;
        m_domain_col = filled[0]->col;
        m_domain_count = domain->count;
        m_in_domain = 0;
        return;
      }
    const tabular::Cell* code_cell = raw(r, column(Field::Code));
    const bool has_code = code_cell && !blank(code_cell->text);
    // 合计 / 共计 / 总计 / 小计 first (its count may stand in the code column), or the summary.
    if (const std::optional<TotalRow> total = total_row(alone ? filled[0]->text : joined)) {
      check_total(*total, r, filled[0]->col);
      return;
    }
    if (alone && !has_code) {
      const std::string t = clean(filled[0]->text);
      for (std::string_view lead : {"注：", "注:", "说明：", "说明:", "备注：", "备注:", "注 ："})
        if (t.rfind(lead, 0) == 0) return;
    }
    read_record(r);
  }

  void check_total(const TotalRow& total, uint32_t r, uint32_t col) {
    if (total.subtotal) {
      if (total.count >= 0 && total.count != static_cast<long long>(m_in_domain))
        count_mismatch(r, col, text("小计为 {} 项，本领域读到 {} 行", "the subtotal says {}, the domain has {} rows",
                                    total.count, m_in_domain));
      return;
    }
    if (total.count >= 0 && total.count != static_cast<long long>(m_read))
      count_mismatch(r, col, text("合计为 {} 项，读到 {} 行事项", "the total says {} matters, {} rows were read",
                                  total.count, m_read));
    if (total.domains >= 0 && m_domains_known && total.domains != static_cast<long long>(m_domains.size()))
      count_mismatch(r, col, text("合计为 {} 个领域，读到 {} 个", "the total says {} domains, {} were read", total.domains,
                                  m_domains.size()));
  }

  void read_record(uint32_t r) {
    ++m_read;
    ++m_in_domain;
    const size_t errors_before = m_error_count();
    Texts t;
    RecordRow where;
    where.row = r;
    std::copy(std::begin(m_columns), std::end(m_columns), std::begin(where.columns));
    const model::Kind kind = m_options.kind;

    // 事项代码
    const tabular::Cell* code_cell = value(r, column(Field::Code));
    t.code = code_cell ? one_line(clean(code_cell->text)) : std::string();
    if (code_cell && code_cell->number && !t.code.empty()) {
      t.code = number_digits(t.code);
      Finding finding = make_finding(
          Code::T004, at(r, column(Field::Code)),
          text("事项代码 `{}` 以数字而非文本存储，开头的 0 可能已丢失", "the code `{}` is stored as a number: leading zeros may be lost",
               t.code),
          t.code);
      finding.note(cell_note(r, column(Field::Code)));
      finding.note(text("在 Excel 中把该列设为“文本”格式后重新输入代码", "format the column as Text in Excel and enter the codes again"));
      m_out.findings.push_back(std::move(finding));
    }
    if (t.code.empty())
      bad_cell(r, Field::Code, text("事项代码为空", "the code is empty"));
    else if (!code_ok(t.code, kind))
      bad_cell(r, Field::Code,
               kind == model::Kind::Supervision
                   ? text("监管事项代码 `{}` 不符合格式：1–40 个字母、数字或 `-`",
                          "the supervision code `{}` does not match its pattern: 1–40 letters, digits or `-`", t.code)
                   : text("事项代码 `{}` 不符合格式：6–32 个字母或数字", "the code `{}` does not match its pattern: 6–32 letters or digits",
                          t.code));

    // 事项名称
    t.name = full_width_punctuation(one_line(text_of(r, Field::Name)));
    if (t.name.empty() && kind != model::Kind::Township)
      bad_cell(r, Field::Name, text("事项名称为空", "the name is empty"));

    t.note = full_width_punctuation(text_of(r, Field::Note));
    if (kind == model::Kind::Township) {
      // Its details come from its sources; the domain counts for the summary only.
      std::string domain = one_line(text_of(r, Field::Domain));
      if (domain.empty()) domain = m_domain;
      if (domain.empty())
        m_domains_known = false;
      else
        m_domains.insert(full_width_punctuation(domain));
      finish(std::move(t), where, errors_before);
      return;
    }
    if (kind == model::Kind::Supervision) {
      read_supervision(r, t);
      finish(std::move(t), where, errors_before);
      return;
    }

    // 执法领域: the column, else the domain row above.
    t.domain = full_width_punctuation(one_line(text_of(r, Field::Domain)));
    if (t.domain.empty()) t.domain = m_domain;
    if (t.domain.empty())
      bad_cell(r, column(Field::Domain) ? Field::Domain : Field::Code,
               text("不知道该事项的执法领域：上方没有领域行（如 `一、档案（共 13 项）`），也没有执法领域列",
                    "the matter's domain is not known: no domain row above it (`一、档案（共 13 项）`) and no 执法领域 column"));
    if (!t.domain.empty()) {
      m_domains.insert(t.domain);
    }

    // 职权类型: the column, else what the name says.
    const std::string power = one_line(text_of(r, Field::Power));
    if (!power.empty()) {
      t.power = parse_word<model::Power>(power);
      if (!t.power)
        bad_cell(r, Field::Power, text("职权类型 `{}` 无法识别，可选：{}", "the power `{}` is not one of {}", power,
                                       allowed(model::Power{})));
    } else {
      t.power = power_of_name(t.name);
      if (!t.power) t.power = m_options.power;
      if (!t.power && !t.name.empty())
        bad_cell(r, column(Field::Power) ? Field::Power : Field::Name,
                 text("职权类型无法从事项名称看出：请加一列“职权类型”（{}），或用 `--power` 给出其余事项的职权类型",
                      "the power cannot be told from the name: add a 职权类型 column ({}), or give the others' power "
                      "with `--power`",
                      allowed(model::Power{})));
    }

    // 法律依据
    const std::string basis = text_of(r, Field::Basis);
    if (!basis.empty()) {
      if (std::optional<std::vector<BasisText>> split = split_basis(basis))
        t.basis = std::move(*split);
      else
        bad_cell(r, Field::Basis,
                 text("法律依据 `{}` 无法拆分为法律和条款：请写作《法律名称》第…条、第…条，每部法律一行",
                      "the legal basis `{}` cannot be split into laws and articles: write 《law》第…条、第…条, one law a line",
                      one_line(basis)));
    } else {
      bad_cell(r, column(Field::Basis) ? Field::Basis : Field::Code,
               text("法律依据为空", "the legal basis is empty"));
    }

    if (kind != model::Kind::Department) {
      // 划转范围: 全部, 部分（仅限…）
      const std::string scope = one_line(text_of(r, Field::Scope));
      if (scope.empty()) {
        bad_cell(r, column(Field::Scope) ? Field::Scope : Field::Code,
                 text("划转范围为空（应为 `全部` 或 `部分（仅限…）`）", "the transfer scope is empty (`全部` or `部分（仅限…）`)"));
      } else {
        read_scope(r, scope, t);
      }
      t.from = split_list(full_width_punctuation(text_of(r, Field::From)), false);
      if (t.from.empty())
        bad_cell(r, column(Field::From) ? Field::From : Field::Code,
                 text("划出部门为空", "the department the matter moved from (划出部门) is empty"));
      const std::string tier = one_line(text_of(r, Field::Tier));
      if (!tier.empty()) {
        t.tier = parse_word<model::Tier>(tier);
        if (!t.tier)
          bad_cell(r, Field::Tier, text("下放类别 `{}` 无法识别，可选：{}", "the township tier `{}` is not one of {}", tier,
                                        allowed(model::Tier{})));
      }
    } else {
      for (Field unused : {Field::Scope, Field::From, Field::Tier})
        // 下放类别 shows the default 不下放 for every department matter: nothing to keep.
        if (!text_of(r, unused).empty() && !(unused == Field::Tier && text_of(r, unused) == "不下放") &&
            !m_noted_unused[static_cast<size_t>(unused)]) {
          m_noted_unused[static_cast<size_t>(unused)] = true;
          m_out.notes.push_back(text("部门目录没有第 {} 列的字段，其内容已忽略", "a department catalog has no field for column {}; its values were ignored",
                                     tabular::column_name(column(unused))));
        }
    }
    t.boundary = full_width_punctuation(text_of(r, Field::Boundary));

    const std::string traits = text_of(r, Field::Traits);
    for (const std::string& word : split_list(traits, true)) {
      const model::WordList all = model::trait_words();
      size_t i = 0;
      while (i < all.size && all[i] != word) ++i;
      if (i == all.size) {
        std::string words;
        for (size_t k = 0; k < all.size; ++k) words += fmt::format("{}`{}`", k ? "、" : "", all[k]);
        bad_cell(r, Field::Traits, text("事项特征 `{}` 无法识别，可选：{}", "the trait `{}` is not one of {}", word, words));
      } else {
        t.traits |= static_cast<std::uint8_t>(1u << i);
      }
    }
    const std::string status = one_line(text_of(r, Field::Status));
    if (!status.empty()) {
      t.status = parse_word<model::Status>(status);
      if (!t.status)
        bad_cell(r, Field::Status, text("状态 `{}` 无法识别，可选：{}", "the status `{}` is not one of {}", status,
                                        allowed(model::Status{})));
    }
    t.source = one_line(text_of(r, Field::Source));
    finish(std::move(t), where, errors_before);
  }

  void read_scope(uint32_t r, const std::string& scope, Texts& t) {
    const std::u32string s = to32(scope);
    const std::u32string full = U"全部", part = U"部分";
    std::u32string rest;
    if (s.rfind(full, 0) == 0) {
      t.scope = model::Scope::Full;
      rest = trim32(std::u32string_view(s).substr(full.size()));
    } else if (s.rfind(part, 0) == 0) {
      t.scope = model::Scope::Partial;
      rest = trim32(std::u32string_view(s).substr(part.size()));
    } else {
      bad_cell(r, Field::Scope, text("划转范围 `{}` 无法识别：应为 `全部` 或 `部分（仅限…）`",
                                     "the transfer scope `{}` is neither `全部` nor `部分（仅限…）`", scope));
      return;
    }
    // The note: in parentheses after the word, or after `：`.
    if (!rest.empty() && (rest.front() == U'（' || rest.front() == '(') && (rest.back() == U'）' || rest.back() == ')'))
      rest = trim32(std::u32string_view(rest).substr(1, rest.size() - 2));
    else if (!rest.empty() && (rest.front() == U'：' || rest.front() == ':' || rest.front() == U'，' || rest.front() == ','))
      rest = trim32(std::u32string_view(rest).substr(1));
    t.scope_note = full_width_punctuation(to8(rest));
  }

  void read_supervision(uint32_t r, Texts& t) {
    t.department = full_width_punctuation(one_line(text_of(r, Field::Claimed)));
    for (const std::string& code : split_list(text_of(r, Field::Covers), true)) {
      if (!code_ok(code, model::Kind::Unified))
        bad_cell(r, Field::Covers, text("对应执法事项代码 `{}` 不符合格式：6–32 个字母或数字",
                                        "the covered code `{}` does not match its pattern: 6–32 letters or digits", code));
      t.covers.push_back(code);
    }
    const std::string inspection = one_line(text_of(r, Field::Inspection));
    if (inspection.empty()) {
      bad_cell(r, column(Field::Inspection) ? Field::Inspection : Field::Code,
               text("检查方式为空，可选：{}", "the inspection kind is empty; one of {}", allowed(model::InspectionKind{})));
    } else {
      t.inspection = parse_word<model::InspectionKind>(inspection);
      if (!t.inspection)
        bad_cell(r, Field::Inspection, text("检查方式 `{}` 无法识别，可选：{}", "the inspection kind `{}` is not one of {}",
                                            inspection, allowed(model::InspectionKind{})));
    }
    const std::string inspections = one_line(text_of(r, Field::Inspections));
    if (!inspections.empty()) {
      if (std::optional<model::YearCounts> counts = parse_inspections(inspections)) {
        t.inspections = std::move(*counts);
        t.has_inspections = true;
      } else {
        bad_cell(r, Field::Inspections, text("年度检查次数 `{}` 无法识别：应写作 2022年14次、2023年9次",
                                             "the inspections `{}` cannot be read: write 2022年14次、2023年9次", inspections));
      }
    }
  }

  size_t m_error_count() const { return m_errors; }

  void finish(Texts t, const RecordRow& where, size_t errors_before) {
    if (m_error_count() != errors_before) return;  // the row was not read
    m_records.push_back(std::move(t));
    m_rows.push_back(where);
  }

  const tabular::Sheet& m_sheet;
  const std::string& m_file;
  bool m_xlsx;
  const Options& m_options;
  Imported& m_out;
  uint32_t m_columns[field_count] = {};
  uint32_t m_header = 0;
  std::vector<Texts> m_records;
  std::vector<RecordRow> m_rows;
  size_t m_errors = 0;  // error-level findings so far (a row with one more was not read)
  bool m_noted_unused[field_count] = {};
  // The domain row in force, and how many rows were read under it.
  std::string m_domain;
  uint32_t m_domain_row = 0, m_domain_col = 0;
  long long m_domain_count = -1;
  size_t m_in_domain = 0;
  size_t m_read = 0;
  std::set<std::string> m_domains;
  bool m_domains_known = true;
  // The cells of row m_cleaned_row cleaned, in its order (0: none yet).
  std::vector<std::string> m_cleaned;
  uint32_t m_cleaned_row = 0;
};

std::string names_recognised(model::Kind kind, Field field) {
  std::string out;
  for (const Label& label : labels(kind))
    if (label.field == field) out += fmt::format("{}{}", out.empty() ? "" : "、", label.name);
  return out;
}

// A tabular problem as a finding.
Finding problem_finding(const tabular::Problem& problem, std::string_view bytes, const std::string& file) {
  Code code = Code::T001;
  switch (problem.kind) {
    case tabular::ProblemKind::Encoding: code = Code::E002; break;
    case tabular::ProblemKind::TooLarge:
    case tabular::ProblemKind::Unsafe: code = Code::E006; break;
    default: break;
  }
  const unsigned line = problem.row ? problem.row : static_cast<unsigned>(std::min<uint64_t>(problem.line, 1u << 30));
  Finding finding = make_finding(code, {file, line, problem.row ? problem.col : 0, 0}, problem.message);
  if (!problem.part.empty() || !problem.sheet.empty()) {
    std::string where_zh, where_en;
    if (!problem.sheet.empty()) where_zh += fmt::format("工作表 {}", problem.sheet), where_en += fmt::format("sheet {}", problem.sheet);
    if (problem.row && problem.col) {
      const std::string ref = tabular::cell_ref(problem.row, problem.col);
      where_zh += fmt::format("{}单元格 {}", where_zh.empty() ? "" : "，", ref);
      where_en += fmt::format("{}cell {}", where_en.empty() ? "" : ", ", ref);
    }
    if (!problem.part.empty()) {
      where_zh += fmt::format("{}部件 `{}`", where_zh.empty() ? "" : "，", problem.part);
      where_en += fmt::format("{}part `{}`", where_en.empty() ? "" : ", ", problem.part);
      if (problem.line) {
        where_zh += fmt::format(" 第 {} 行", problem.line);
        where_en += fmt::format(" line {}", problem.line);
      }
    }
    finding.note(Text{where_zh, where_en});
  } else if (problem.row && problem.col) {
    finding.note(text("单元格 {}", "cell {}", tabular::cell_ref(problem.row, problem.col)));
  }
  if (code == Code::E002 && tabular::looks_like_gb18030(bytes))
    finding.note(text("文件看起来是 GB18030（GBK）编码：请转换为 UTF-8，或加 `--encoding gb18030`",
                      "looks like GB18030; convert it or pass --encoding gb18030"));
  return finding;
}

// The field of a record that a finding at YAML line `line` is about: the
// one whose key is the last at or before it.
template <typename Record, typename Table>
std::string_view field_at_line(const Record& record, Table table, unsigned line) {
  std::string_view key;
  unsigned best = 0;
  table([&](const model::FieldInfo& info, auto, auto at, auto...) {
    const unsigned l = model::line_of_key(at(record));
    if (l && l <= line && l >= best) {
      best = l;
      key = info.key;
    }
  });
  return key;
}

std::optional<Field> field_of_key(std::string_view key, model::Kind kind) {
  if (kind == model::Kind::Supervision) {
    if (key == "code") return Field::Code;
    if (key == "name") return Field::Name;
    if (key == "department") return Field::Claimed;
    if (key == "covers") return Field::Covers;
    if (key == "inspection") return Field::Inspection;
    if (key == "inspections") return Field::Inspections;
    if (key == "note") return Field::Note;
    return std::nullopt;
  }
  static const std::pair<std::string_view, Field> keys[] = {
      {"code", Field::Code},         {"name", Field::Name},   {"domain", Field::Domain},   {"power", Field::Power},
      {"basis", Field::Basis},       {"scope", Field::Scope}, {"scope_note", Field::Scope}, {"boundary", Field::Boundary},
      {"from", Field::From},         {"township", Field::Tier}, {"traits", Field::Traits}, {"status", Field::Status},
      {"note", Field::Note},         {"source", Field::Source},
  };
  for (const auto& [k, field] : keys)
    if (k == key) return field;
  return std::nullopt;
}

// The checks of encat-validate on the written catalog, their findings at the table's rows.
void check_written(Imported& out, const Reader& reader, const std::string& file, const Options& options,
                   const model::LoadOptions& load) {
  const std::string yaml_name = file + ".yaml";
  std::vector<yaml::Source> sources;
  sources.push_back({yaml_name, out.yaml});
  model::LoadOptions one = load;
  one.jobs = 1;
  one.progress = nullptr;
  model::Workspace ws = model::Workspace::load(std::move(sources), one);
  std::vector<Finding> found = ws.findings();
  std::vector<Finding> rule_findings = rules::check(ws, {nullptr, 1});
  for (Finding& finding : rule_findings)
    if (finding.code != Code::E201) found.push_back(std::move(finding));  // other catalogs are not loaded here
  const model::Catalog* catalog = ws.catalogs().empty() ? nullptr : &ws.catalogs().front();
  if (catalog && write::to_yaml(*catalog) != out.yaml)
    throw std::logic_error("the imported catalog is not in canonical form");

  // Record i's first line in the YAML, for mapping back.
  std::vector<unsigned> lines;
  if (catalog) {
    if (options.kind == model::Kind::Township)
      for (const auto& e : catalog->entries) lines.push_back(e.at.line);
    else if (options.kind == model::Kind::Supervision)
      for (const auto& m : catalog->supervision) lines.push_back(m.at.line);
    else
      for (const auto& m : catalog->matters) lines.push_back(m.at.line);
  }
  const auto& rows = reader.record_rows();
  auto map = [&](const Location& in) -> std::pair<Location, std::optional<Note>> {
    Location at{file, 0, 0, 0};
    if (in.file != yaml_name) return {in, std::nullopt};
    const auto it = std::upper_bound(lines.begin(), lines.end(), in.line);
    if (it == lines.begin() || in.line == 0) {
      at.line = reader.title_row;
      return {at, std::nullopt};
    }
    const size_t i = static_cast<size_t>(it - lines.begin()) - 1;
    if (i >= rows.size()) return {at, std::nullopt};
    std::string_view key;
    if (options.kind == model::Kind::Township)
      key = field_at_line(catalog->entries[i], model::entry_fields, in.line);
    else if (options.kind == model::Kind::Supervision)
      key = field_at_line(catalog->supervision[i], model::supervision_fields, in.line);
    else
      key = field_at_line(catalog->matters[i], model::matter_fields, in.line);
    const std::optional<Field> field = field_of_key(key, options.kind);
    at.line = rows[i].row;
    at.column = field && rows[i].columns[static_cast<size_t>(*field)] ? rows[i].columns[static_cast<size_t>(*field)]
                                                                        : rows[i].columns[static_cast<size_t>(Field::Code)];
    return {at, reader.cell_note(at.line, at.column)};
  };
  for (Finding& finding : found) {
    const bool header = finding.location.file == yaml_name &&
                        (lines.empty() || finding.location.line < lines.front() || finding.location.line == 0);
    auto [at, cell] = map(finding.location);
    for (Note& note : finding.notes) {
      if (!note.location) continue;
      const auto [other, unused] = map(*note.location);
      const std::string from = note.location->str(), to = other.str();
      for (std::string* s : {&note.text.zh, &note.text.en})
        for (size_t p = s->find(from); p != std::string::npos; p = s->find(from, p + to.size())) s->replace(p, from.size(), to);
      note.location = other;
    }
    finding.location = at;
    if (cell) finding.notes.insert(finding.notes.begin(), *cell);
    if (header) {
      finding.note(text("目录头部字段取自命令行（`--title`、`--region`、`--edition`、`--effective`、`--document`、`--issuer`、"
                        "`--supersedes`、`--approval`、`--extends`、`--county`、`--draws-from`、`--department`），"
                        "否则取自表格表头上方的标题行和文号、施行日期行",
                        "header fields come from the flags (`--title`, `--region`, `--edition`, `--effective`, `--document`, "
                        "`--issuer`, `--supersedes`, `--approval`, `--extends`, `--county`, `--draws-from`, `--department`), "
                        "else from the title and 文号/施行日期 rows above the table's header"));
    }
    out.findings.push_back(std::move(finding));
  }
}

// The catalog of the records read.
model::Catalog build(const Reader& reader, const std::string& file, const Options& options) {
  model::Catalog c;
  c.file = file;
  c.kind = options.kind;
  model::TextStore& store = c.text;
  auto keep = [&](const std::string& s) { return store.copy(s); };
  auto pick = [&](const std::optional<std::string>& flag, const std::string& table) {
    return keep(flag ? *flag : table);
  };
  const HeaderFlags& h = options.header;
  c.id = keep(options.id);
  c.title = pick(h.title, reader.title);
  c.region = pick(h.region, {});
  c.issuer = pick(h.issuer, reader.issuer);
  c.document_number = pick(h.document, reader.document);
  c.effective_text = pick(h.effective, reader.effective);
  c.supersedes = pick(h.supersedes, {});
  c.approval = pick(h.approval, {});
  if (options.kind == model::Kind::Extension) c.extends = pick(h.extends, {});
  if (options.kind == model::Kind::Department) c.department = pick(h.department, {});
  if (options.kind == model::Kind::Township) {
    c.county = keep(h.county ? *h.county : c.region.size() == 9 ? std::string(c.region.substr(0, 6)) : std::string());
    for (const std::string& id : h.draws_from) c.draws_from.push_back(keep(id));
  }
  if (h.edition) {
    c.edition = h.edition;
  } else {
    // The year of the title's `（2022年）`, else of the effective date.
    const std::u32string t = to32(c.title);
    for (size_t at = t.find(U'年'); at != std::u32string::npos; at = t.find(U'年', at + 1)) {
      if (at < 4) continue;
      int year = 0;
      bool digits = true;
      for (size_t k = at - 4; k < at; ++k) {
        if (t[k] < '0' || t[k] > '9') digits = false;
        else year = year * 10 + int(t[k] - '0');
      }
      if (digits && (at < 5 || t[at - 5] < '0' || t[at - 5] > '9')) c.edition = year;
    }
    if (!c.edition && c.effective_text.size() >= 4) {
      const std::string year(c.effective_text.substr(0, 4));
      if (std::all_of(year.begin(), year.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) c.edition = std::stoi(year);
    }
  }

  for (const Texts& t : reader.records()) {
    if (options.kind == model::Kind::Township) {
      model::TownshipEntry e;
      e.code = keep(t.code);
      e.note = keep(t.note);
      c.entries.push_back(e);
      continue;
    }
    if (options.kind == model::Kind::Supervision) {
      model::SupervisionMatter m;
      m.code = keep(t.code);
      m.name = keep(t.name);
      m.department = store.intern(t.department);
      for (const std::string& code : t.covers) m.covers.push_back(keep(code));
      m.covers_at.resize(m.covers.size());
      m.inspection = t.inspection;
      m.inspections = t.inspections;
      m.inspections_years_at.resize(m.inspections.size());
      m.note = keep(t.note);
      c.supervision.push_back(std::move(m));
      continue;
    }
    model::Matter m;
    m.code = keep(t.code);
    m.name = keep(t.name);
    m.domain = store.intern(t.domain);
    m.power = t.power;
    for (const BasisText& b : t.basis) {
      model::Basis basis;
      basis.law = store.intern(b.law);
      for (const std::string& a : b.articles) basis.articles.push_back(store.intern(a));
      basis.articles_at.resize(basis.articles.size());
      m.basis.push_back(std::move(basis));
    }
    if (options.kind != model::Kind::Department) {
      m.scope = t.scope;
      m.scope_note = keep(t.scope_note);
      for (const std::string& d : t.from) m.from.push_back(store.intern(d));
      m.from_at.resize(m.from.size());
      if (t.tier) m.tier = *t.tier;
    }
    m.boundary = keep(t.boundary);
    m.traits = t.traits;
    if (t.status) m.status = *t.status;
    m.note = keep(t.note);
    m.source = store.intern(t.source);
    c.matters.push_back(std::move(m));
  }
  c.update_derived();
  return c;
}

}  // namespace

bool importable(model::Kind kind) {
  return model::has_matters(kind) || kind == model::Kind::Township || kind == model::Kind::Supervision;
}

namespace {

// Whether `file` is named `*.EXTENSION` (`extension` lower-case, with its dot), in any case.
bool named(const std::string& file, std::string_view extension) {
  if (file.size() <= extension.size()) return false;
  const std::string_view tail = std::string_view(file).substr(file.size() - extension.size());
  for (size_t i = 0; i < tail.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(tail[i])) != extension[i]) return false;
  return true;
}

}  // namespace

tabular::Workbook read_table(std::string_view bytes, const std::string& file, tabular::CsvEncoding encoding,
                             const tabular::Limits& limits) {
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\3\4", 4)) return tabular::read_xlsx(bytes, file, limits);
  const bool cfb = bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  if (!cfb && named(file, ".xlsx")) return tabular::read_xlsx(bytes, file, limits);
  if (cfb || named(file, ".xls")) {
    tabular::Workbook book;
    tabular::Problem problem;
    problem.kind = tabular::ProblemKind::Unsafe;
    problem.file = file;
    problem.message = text("`{}` 是旧版 Excel（.xls）或加密的 .xlsx 文件：请另存为 .xlsx（不加密）或 CSV UTF-8",
                           "`{}` is a legacy Excel (.xls) or an encrypted .xlsx file: save it as .xlsx (unencrypted) or CSV UTF-8",
                           file);
    book.problems.push_back(std::move(problem));
    return book;
  }
  tabular::CsvOptions options;
  options.encoding = encoding;
  options.limits = limits;
  return tabular::read_csv(bytes, file, options);
}

Imported import_workbook(const tabular::Workbook& book, std::string_view bytes, const std::string& file,
                         const Options& options, const model::LoadOptions& load) {
  Imported out;
  if (!book.ok()) {
    for (const tabular::Problem& problem : book.problems) out.findings.push_back(problem_finding(problem, bytes, file));
    out.unreadable = true;
    sort_findings(out.findings);
    return out;
  }
  const bool xlsx = !book.sheets.empty() && !book.sheets.front().name.empty();
  // The sheet: the one named, else the first visible one with a header row.
  const tabular::Sheet* sheet = nullptr;
  uint32_t header = 0;
  std::optional<Reader> reader;
  if (!options.sheet.empty()) {
    std::string names;
    for (const tabular::Sheet& s : book.sheets) {
      if (s.name == options.sheet) sheet = &s;
      names += fmt::format("{}`{}`", names.empty() ? "" : "、", s.name);
    }
    if (!sheet) {
      Finding finding = make_finding(Code::T001, {file, 0, 0, 0},
                                     text("没有名为 `{}` 的工作表", "there is no sheet named `{}`", options.sheet));
      finding.note(text("工作表有：{}", "the sheets are: {}", names.empty() ? std::string("（无）") : names));
      out.findings.push_back(std::move(finding));
      out.unreadable = true;
      return out;
    }
    reader.emplace(*sheet, file, xlsx, options, out);
    header = reader->find_header();
  } else {
    for (const tabular::Sheet& s : book.sheets) {
      if (s.hidden) continue;
      reader.emplace(s, file, xlsx, options, out);
      header = reader->find_header();
      if (!sheet) sheet = &s;
      if (header) {
        sheet = &s;
        break;
      }
    }
    if (sheet && !header) reader.emplace(*sheet, file, xlsx, options, out);
  }
  if (!sheet || !header) {
    // A table with no text at all (blank lines, empty cells) has no header to look for.
    bool empty = true;
    for (const tabular::Sheet& s : book.sheets)
      for (size_t r = 0; empty && r < s.rows.size(); ++r)
        for (const tabular::Cell& cell : s.rows[r])
          if (!blank(cell.text)) empty = false;
    if (empty) {
      out.findings.push_back(make_finding(Code::T002, {file, 0, 0, 0},
                                          text("表格是空的：没有一个单元格有文字", "the table is empty: no cell has any text")));
      return out;
    }
    Finding finding = make_finding(Code::T002, {file, 0, 0, 0},
                                   text("找不到表头行：没有一行同时有事项代码列和事项名称列",
                                        "no header row: no row names both a code column and a name column"));
    if (xlsx && sheet) finding.note(text("读取的工作表：{}", "the sheet read: {}", sheet->name));
    finding.note(text("可识别的代码列名：{}；名称列名：{}", "code columns recognised: {}; name columns recognised: {}",
                      names_recognised(options.kind, Field::Code), names_recognised(options.kind, Field::Name)));
    out.findings.push_back(std::move(finding));
    sort_findings(out.findings);
    return out;
  }
  reader->read(header);
  out.records = reader->records().size();
  const bool failed = std::any_of(out.findings.begin(), out.findings.end(),
                                  [](const Finding& x) { return x.severity == Severity::Error; });
  if (!failed) {
    const model::Catalog catalog = build(*reader, file, options);
    out.yaml = write::to_yaml(catalog);
    check_written(out, *reader, file, options, load);
  }
  sort_findings(out.findings);
  if (std::any_of(out.findings.begin(), out.findings.end(), [](const Finding& x) { return x.severity == Severity::Error; }))
    out.yaml.clear();
  return out;
}

Imported import_bytes(std::string_view bytes, const std::string& file, const Options& options,
                      const model::LoadOptions& load) {
  const tabular::Workbook book = read_table(bytes, file, options.encoding, options.limits);
  return import_workbook(book, bytes, file, options, load);
}

}  // namespace encat::import
