// The announcement table of a catalog (tools.md encat-publish, domain.md "How
// catalogs are published") as a value: the notice's header (title, issuer,
// 文号, effective date), then one or more parts, each an optional paragraph
// (a township notice: "对上余镇、贺村镇等2个乡镇（街道）……") over a table
// whose rows are grouped by domain under headings like `一、档案（共 13 项）`,
// and the summary line `共 N 个领域 M 项`. Cells are the texts the notice
// shows (a 法律依据 of several laws holds one line per law, joined by '\n');
// every renderer (markdown, JSON, CSV; later XLSX and HTML) draws this one
// value, so they cannot disagree. The adjustment notice between two editions
// (--changes-from, publish/changes.h) is a Notice too: a lead paragraph, then
// a headed part per kind of change.
//
// Pure functions: nothing here reads a file or prints. Published tables are
// Chinese whatever --lang says (tools.md).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/catalog.h"
#include "model/fields.h"

namespace encat::publish {

// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 25 → 二十五, 100 → 一百, 101 → 一百零一.
// Positive numbers below 100 000 000; others in digits.
std::string chinese_numeral(long long number);

// 法律依据 as a notice writes it: 《law》article、article, one law a line.
std::string basis_text(const std::vector<model::Basis>& basis);
// 划转范围: 全部, 部分（仅限…）; the note in full-width parentheses after the word.
std::string scope_text(const model::Matter& matter);

// Finds a township's `draws_from` sources (model/catalog.h), as for diff.
using SourceLookup = model::CatalogLookup;

// A column: a stable key (JSON, the field's YAML key) and its label (the
// field's Chinese label of model/fields.h).
struct Column {
  std::string key;
  std::string label;
  friend bool operator==(const Column& a, const Column& b) { return a.key == b.key && a.label == b.label; }
};

struct Row {
  std::string code;    // the matter's code
  std::string domain;  // its domain (empty when not known)
  std::vector<std::string> cells;  // one per column, 序号 first
  bool resolved = true;  // a township entry found in its sources
};

// The rows of one domain, or (flat tables: townships, supervision) all rows
// under no heading.
struct Group {
  std::string domain;
  std::string heading;  // 一、档案（共 13 项）; empty for a flat table
  std::vector<Row> rows;
};

struct Table {
  std::vector<Column> columns;
  std::vector<Group> groups;
  size_t domains = 0;  // distinct domains of the rows
  size_t rows = 0;     // rows of all groups
  std::string summary;  // 共 13 个领域 90 项
  bool penalties_only = true;  // every row a 行政处罚 (a township notice says 行政处罚权, else 行政执法权)
};

// A township that a part of a township notice is for.
struct Township {
  std::string id, name, region;
};

struct Part {
  // A heading over the part (--changes-from: 一、新增事项（共 38 项）); empty
  // for a notice of one table. Every renderer draws each part as: heading,
  // paragraph, then the part's own table (its columns may differ by part).
  std::string heading;
  std::vector<Township> townships;  // --townships: the townships sharing this table
  std::string paragraph;            // --townships: 对……行使……等N个领域M项行政执法权。
  Table table;
  // --changes-from: the kind of change the part lists (added, removed,
  // changed, recoded: JSON `change`); empty otherwise.
  std::string change;
  // --laws (publish/laws.h): the level of the part's laws (法律, …, 未登记; JSON
  // `level`); empty otherwise.
  std::string level;
};

struct Notice {
  std::string catalog;  // the catalog's id; --townships: the county's code
  std::string kind;     // unified, township, …; --townships: "townships"
  std::string title, issuer, document, effective;  // effective as written (YYYY-MM-DD); empty when absent
  std::vector<Part> parts;
  std::string summary;  // the whole notice's summary line
  std::vector<std::string> unresolved;  // township entries found in none of their sources (code), in order
  // --changes-from (kind "changes"): the earlier edition's id (`catalog` is
  // the later one's); empty otherwise.
  std::string from;
  // A paragraph after the header and before the parts (--changes-from: what
  // changed, by domain where that reads well); empty for a catalog's table.
  std::string lead;
  // Figures of the whole notice by key, in order (--changes-from: added,
  // removed, changed, recoded; JSON `counts`); empty otherwise.
  std::vector<std::pair<std::string, size_t>> counts;
};

struct Options {
  bool all = false;   // every matter, not only those in force (有效); adds a 状态 column
  bool full = false;  // --columns full: every field of a matter
};

// Whether `kind` has a published table (unified, extension, township,
// department, supervision, lenient: publish/lenient.h).
bool publishable(model::Kind kind);

// The notice of one catalog. A township's entries take their details from the
// first of its `draws_from` catalogs (found with `sources`) that has the
// code; an entry found in none is a row with its code only (and listed in
// `unresolved`).
Notice build_notice(const model::Catalog& catalog, const SourceLookup& sources, const Options& options);

// The name of a township as its title gives it (上余镇 of 上余镇综合行政执法事项
// 目录清单（2022年）), else its id.
std::string township_name(const model::Catalog& township);

// One notice for `townships` (a county's townships in force, in the order
// given): townships whose tables are identical share one part, in the order
// of their first township; each part's paragraph names them. `county` (the
// code) is the notice's `catalog`; `county_name` (江山市: the registry's
// `regions` name, else a catalog title's, else the code, as
// audit::region_name finds it) and `year` are in its title.
Notice build_townships_notice(const std::vector<const model::Catalog*>& townships, std::string_view county,
                              std::string_view county_name, int year, const SourceLookup& sources,
                              const Options& options);

// 2022-07-01 → 2022年7月1日; other text as it is.
std::string date_text(std::string_view effective);

// Building blocks of the tables (notice.cpp, changes.cpp).

// The columns of `catalog`'s own table (the notice's).
std::vector<Column> notice_columns(const model::Catalog& catalog, const Options& options);
// A row of a matter, a township's entry (`found`: the matter it stands for,
// or null) or a supervision matter, with one cell per column; 序号 is left
// for number_rows.
Row matter_row(const model::Matter& matter, const std::vector<Column>& columns);
Row entry_row(const model::TownshipEntry& entry, const model::Matter* found, const std::vector<Column>& columns);
Row supervision_row(const model::SupervisionMatter& matter, const std::vector<Column>& columns);

// How a group heading numbers its domain: 一、档案（共 13 项） (a notice's
// table) or （一）档案（共 13 项） (a table under a part's heading).
enum class Numbering { Top, Sub };
// `rows` grouped by domain into `table`: domains in the order of `order`,
// then the others in the order they first appear; each group headed.
void group_by_domain(std::vector<Row> rows, Table& table, const std::vector<std::string>& order = {},
                     Numbering numbering = Numbering::Top);
// 序号 1, 2, … through every group; `rows` and `domains` counted.
void number_rows(Table& table);

}  // namespace encat::publish
