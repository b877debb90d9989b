// encat-import (tools.md): an announcement table (CSV or XLSX, as
// encat-publish writes it or as a real attachment holds it) read back into a
// catalog file of one kind, in canonical form.
//
// What a real attachment holds and this copes with: a title row and 文号 /
// 发文机关 / 施行日期 rows above the header; the header row found by its names
// (with synonyms, columns in any order, other columns ignored with a note);
// domain rows `一、档案（共 13 项）` or a 执法领域 column (a merged cell fills
// down); 合计 / 共计 / 总计 rows and the summary `共 N 个领域 M 项` (checked
// against the rows read: T005); blank rows; multi-line cells; full- and
// half-width punctuation (normalised to the full-width forms the catalogs
// use in Chinese text); codes stored as numbers (T004); `部分（仅限…）` split
// into scope and scope_note; 法律依据 split into laws and articles.
//
// Pure functions: nothing here reads a file or prints. Every finding is at
// the table: file = its path, line = the row as the spreadsheet shows it,
// column = the column number, and a note names the cell (`单元格 B7`; for
// xlsx `工作表 Sheet1，单元格 B7`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "model/catalog.h"
#include "model/workspace.h"
#include "tabular/csv.h"
#include "tabular/sheet.h"

namespace encat::import {

// Header fields given on the command line; they win over the table's rows.
struct HeaderFlags {
  std::optional<std::string> title, region, county, issuer, document, effective, supersedes, approval, extends,
      department;
  std::optional<int> edition;
  std::vector<std::string> draws_from;
};

struct Options {
  model::Kind kind = model::Kind::Unified;
  std::string id;
  HeaderFlags header;
  std::string sheet;  // xlsx: the sheet to read; empty = the first visible sheet with a header row
  tabular::CsvEncoding encoding = tabular::CsvEncoding::Utf8;
  tabular::Limits limits;
  // The 职权类型 of a matter whose row has none and whose name does not say
  // it (…的行政处罚); unset: such a row is a T003.
  std::optional<model::Power> power;
};

// Whether encat-import writes `kind` (unified, extension, township, department, supervision).
bool importable(model::Kind kind);

struct Imported {
  // Sorted. Any error-level finding means nothing may be written.
  std::vector<Finding> findings;
  // Said once each on standard error (columns ignored, fields taken from the table's rows).
  std::vector<Text> notes;
  // The catalog in canonical form; empty when there is an error-level finding.
  std::string yaml;
  // The table could not be read at all (T001, E002, E006): the tool exits 2.
  bool unreadable = false;
  size_t records = 0;  // matters (or entries) read
};

// The table of `bytes`: XLSX when it is a zip (`PK\3\4`, whatever its name)
// or when `file` is named `*.xlsx` (any case: a file so named that is no zip
// is a Malformed problem, not CSV); an Unsafe problem for a CFB file (.xls,
// an encrypted .xlsx) or a file named `*.xls`; else CSV.
tabular::Workbook read_table(std::string_view bytes, const std::string& file, tabular::CsvEncoding encoding,
                             const tabular::Limits& limits);

// A workbook read from `file` → the catalog. `bytes` (may be empty) are the
// file's, to name GB18030 in an encoding problem. `load` are the options the
// result is checked with (as encat-validate would read it: E0xx, E1xx;
// E201 about catalogs that are not loaded here is left out).
Imported import_workbook(const tabular::Workbook& book, std::string_view bytes, const std::string& file,
                         const Options& options, const model::LoadOptions& load);

// read_table + import_workbook.
Imported import_bytes(std::string_view bytes, const std::string& file, const Options& options,
                      const model::LoadOptions& load);

// The pieces, for tests.
namespace detail {

// Trims spaces (ASCII, U+3000, U+00A0) at both ends; CRLF and CR become LF;
// each line trimmed; full-width digits and letters become ASCII.
std::string clean(std::string_view text);
// One line: the lines of `text` joined (without a space between two CJK
// characters, with one otherwise).
std::string one_line(std::string_view text);
// Half-width `( ) , ; : ? !` next to Chinese text become `（ ） ， ； ： ？ ！`.
std::string full_width_punctuation(std::string_view text);
// A header cell's name as compared: without spaces, line breaks, `*` and
// with `（）` as `()`.
std::string header_key(std::string_view text);

struct BasisText {
  std::string law;
  std::vector<std::string> articles;
};
// 法律依据 text → laws and articles (the inverse of publish::basis_text):
// `《law》article、article`, several laws on separate lines or joined
// (`；`, `、`, nothing between); a line without 《》 as `law第…条…`. nullopt
// when it cannot be split (text outside the marks, an empty law).
std::optional<std::vector<BasisText>> split_basis(std::string_view text);

// `2022年7月1日`, `2022-07-01`, `2022/7/1`, `2022.7.1` (anywhere in the
// text: `自2022年7月1日起施行`) → `2022-07-01`.
std::optional<std::string> find_date(std::string_view text);

// A domain row's text: `一、档案（共 13 项）`, `一、档案(共13项)`, `十一、交通运输`,
// a sub-heading `（一）住房城乡建设（共 6 项）` →
// the domain and the count (-1 when not said).
struct DomainRow {
  std::string domain;
  long long count = -1;
};
std::optional<DomainRow> domain_row(std::string_view text);

// A total row: `合计`, `共计 13 项`, `总计：13`, `小计`; or the summary `共 13 个领域 90 项`,
// `13个领域共90项`, `共 90 项`. count / domains -1 when not said.
struct TotalRow {
  bool subtotal = false;  // 小计: the current domain's rows
  long long domains = -1;
  long long count = -1;
};
std::optional<TotalRow> total_row(std::string_view text);

}  // namespace detail

}  // namespace encat::import
