// A report as values: a title, a few labelled facts, an optional notice of
// input left out, sections of tables and findings, and a one-line summary.
// Built once (e.g. audit::audit_report) and rendered to text, markdown, JSON
// or HTML by render/report.h; tables hold typed cells, not formatted strings,
// so that CSV and XLSX can keep numbers as numbers.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "diag/finding.h"

namespace encat::report {

// How a value stands against what was expected (✓ / ✗ in text).
enum class Status : unsigned char { None, Met, Missed };

struct Cell {
  enum class Kind : unsigned char {
    Text,      // words
    Code,      // an identifier from a catalog (a code, an id): `code` in markdown
    Codes,     // several identifiers
    Integer,   // a count
    Fraction,  // numerator/denominator
    Percent,   // a share; none = n/a
    Ratio,     // a share with its fraction and its target: 25.6% (100/391) ≥22.0% ✓
  };
  Kind kind = Kind::Text;
  Text text;                       // Text (in both languages), Code (the same in both)
  std::vector<std::string> codes;  // Codes
  long long numerator = 0;         // Integer (the count), Fraction, Ratio
  long long denominator = 0;       // Fraction, Ratio
  std::optional<double> value;     // Percent, Ratio: none when n/a
  int digits = 1;                  // Percent, Ratio: decimals shown (encat-audit --precision)
  std::optional<double> target;    // Ratio: the target it was compared with, if any
  Status status = Status::None;
  Text na;            // Percent: what HTML says when there is no value (empty: n/a)
  bool mark_only = false;  // Text: only a status mark (mark()); HTML draws it as such
  // HTML only:
  std::string detail;     // an identifier in small type under the value (a catalog's id under its title)
  Text label;             // a small label before the value ("2022 年：")
  Text hint;              // the cell's tooltip (why it is empty)
  std::vector<Cell> more; // further values in the same cell, each under the one before
  int span = 1;           // the columns it takes

  static Cell words(Text text);
  static Cell words(std::string text);  // a value from a catalog: the same in both languages
  static Cell code(std::string code);
  static Cell code_list(std::vector<std::string> codes);
  static Cell integer(long long count);
  static Cell fraction(long long numerator, long long denominator);
  static Cell percent(std::optional<double> value, Status status = Status::None);
  // The value is numerator/denominator (n/a when the denominator is 0).
  static Cell ratio(long long numerator, long long denominator, std::optional<double> target, Status status);
  // Met or missed alone: ✓, ✗, or — (n/a when there is a target but no value).
  static Cell mark(std::optional<double> target, Status status);

  friend bool operator==(const Cell& a, const Cell& b);
  friend bool operator!=(const Cell& a, const Cell& b) { return !(a == b); }
};

enum class Align : unsigned char { Left, Right, Center };

struct Column {
  Text heading;
  Text short_heading;  // for narrow output (a terminal); empty: the heading
  Align align = Align::Left;
  bool marks = true;  // cells show their ✓ ✗ beside their value; false: only by their class (HTML), another column marks them
  bool stacked = false;  // HTML: ratios as their value (coloured by status when not `marks`; grey with `na`) over their fraction
  bool sortable = false;  // HTML: a click on the heading sorts the rows (the page's script; cells carry data-sort)
  std::string name = {};  // HTML: a class of the heading and of the column's cells
  std::vector<std::pair<std::string, std::string>> data = {};  // HTML: data-* of the heading and of the column's cells
  Text hint = {};         // HTML: the heading's tooltip
};

// What HTML marks a row with: its group (adjacent rows of one group share
// their first cell, drawn once across them) and data-* attributes for
// scripts and tests (data-figure="matter_share").
struct RowKeys {
  std::string group;
  std::vector<std::pair<std::string, std::string>> data;
  std::string kind = {};  // the row's class ("total")
};

// HTML: a heading over a run of columns, in a row above theirs; a group
// without a heading leaves its columns' headings across both rows.
struct ColumnGroup {
  Text heading;
  size_t columns = 1;
};

struct Table {
  std::vector<Column> columns;
  std::vector<ColumnGroup> groups = {};  // none, or covering every column
  std::vector<std::vector<Cell>> rows;  // a cell per column
  std::vector<RowKeys> keys;            // none, or one per row (HTML)
  std::string name;                     // the table's class in HTML ("figures"); may be empty
  Text empty = {};                      // HTML: said instead of a table without rows; empty: the table
};

// Findings listed in a report (grouped by code where the format groups).
struct FindingList {
  std::vector<Finding> findings;
  Text none;  // said when there are none: "没有发现边界缺口"
  // None, or one per finding: what it is about for people (the matter's
  // name and domain, the departments concerned); empty where nothing is to say.
  std::vector<Text> about = {};
  bool fixes = false;  // show each code's fix line (CodeInfo::fix_zh, fix_en)
};

// A paragraph of prose (the summary ready to paste into a report).
struct Paragraph {
  Text text;
};

// A share over a series (years): a point per label, each with its fraction
// and target (a ratio cell). HTML draws it; text and markdown show as_table().
struct ChartPoint {
  std::string key;  // short and stable: the axis label, data-year ("2022")
  Text label;       // for people: "2022 年" / "2022"
  Cell value;       // a ratio
};

struct Chart {
  std::string id;   // a stable name (data-figure)
  Text title;
  Text definition;  // what it counts
  std::vector<ChartPoint> points;
};

// The chart as a table: its title, then a column a point.
Table as_table(const Chart& chart);

// A headline number (HTML's card): "达标指标 20 / 21", a line under it.
struct Card {
  enum class Tone : unsigned char { Plain, Good, Warn, Bad };
  Text label;
  long long count = 0;
  std::optional<long long> of = std::nullopt;  // of how many: "20 / 21"
  Text detail = {};                            // may be empty
  Tone tone = Tone::Plain;
};

// A target missed, for the list under the cards: "2023 年 · 综合执法事项占比" and its ratio.
struct MissedTarget {
  Text what;
  Cell value;  // a ratio with its target
};

// The cards of a page's summary (HTML only: text and markdown have the
// summary line), then a chip per finding code with its count (zero too),
// then the targets missed.
struct Cards {
  std::vector<Card> cards;
  std::vector<std::pair<Code, size_t>> codes = {};
  Text missed_title = {};
  std::vector<MissedTarget> missed = {};
};

using Block = std::variant<Table, FindingList, Chart, Cards, Paragraph>;

struct Section {
  std::string id;  // a stable name (an HTML anchor, a sheet name)
  Text title;      // may be empty
  Text subtitle;   // beside the title, smaller (HTML); may be empty
  std::vector<Block> blocks;
  // The report's main table, right under its head: a terminal report shows
  // it under the report's title, without a heading of its own.
  bool lead = false;
};

// Input the report could not use, shown before anything else.
struct Notice {
  Text title;                     // "以下文件有错误……，评估未包含它们"
  std::vector<Finding> findings;  // why
  bool brief_in_text = false;     // text gives only the title (a long report, e.g. a league table)
  Text detail;                    // what it means for the report (HTML); may be empty
};

// A labelled fact of the report's head: 目标 `quzhou-targets`.
struct Fact {
  Text label;
  Cell value;
  std::vector<std::pair<std::string, std::string>> data = {};  // HTML: data-* attributes of the value (data-region)
};

struct Report {
  Text kicker;  // above the title, smaller (HTML); may be empty
  Text title;
  std::vector<Fact> facts;
  std::optional<Notice> notice;
  Text summary;  // one line: "目标：4 项中 2 项未达标；……"
  Text legend;   // what marks mean, shown with the summary: "✗ 未达标"; may be empty
  std::vector<Section> sections;
};

}  // namespace encat::report
