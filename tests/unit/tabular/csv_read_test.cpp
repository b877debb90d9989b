// read_csv: RFC 4180 records back, BOM, line endings, multi-line cells,
// bad quotes with their row and column, GB18030 named or converted, limits.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "tabular/csv.h"
#include "tabular/xlsx.h"

using namespace encat::tabular;

namespace {

std::vector<std::vector<std::string>> texts(const Workbook& book) {
  std::vector<std::vector<std::string>> rows;
  REQUIRE(book.sheets.size() == 1);
  for (const auto& row : book.sheets[0].rows) {
    rows.emplace_back();
    for (const auto& cell : row) rows.back().push_back(cell.text);
  }
  return rows;
}

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(ENCAT_SOURCE_DIR) + "/tests/fixtures/tabular/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("read_csv reads back what write_csv wrote, every special case included") {
  Rows rows = {{"序号", "事项代码", "事项名称"},
               {"1", "330217001000", "对违反《档案法》第二十五条、第二十六条的行政处罚"},
               {"a,b", "say \"hi\"", "line1\nline2"},
               {"cr\rin", "crlf\r\nin", "\""},
               {" leading", "trailing ", "\tTab"},
               {"", "", ""},
               {""},
               {},
               {"last"}};
  for (bool bom : {false, true}) {
    Workbook book = read_csv(write_csv(rows, bom), "t.csv");
    REQUIRE(book.ok());
    CHECK(texts(book) == rows);
  }
}

TEST_CASE("a first cell beginning with U+FEFF survives the round trip (found by fuzz_csv)") {
  Rows rows = {{"\xEF\xBB\xBF" "序号", "b"}, {"\xEF\xBB\xBF"}};
  for (bool bom : {false, true}) {
    Workbook book = read_csv(write_csv(rows, bom), "t.csv");
    REQUIRE(book.ok());
    CHECK(texts(book) == rows);
  }
  // Only one byte order mark is stripped; a second one is the cell's.
  CHECK(texts(read_csv("\xEF\xBB\xBF\xEF\xBB\xBF" "a", "t.csv")) == Rows{{"\xEF\xBB\xBF" "a"}});
}

TEST_CASE("read_csv strips a UTF-8 BOM and takes CRLF, LF and CR line ends alike") {
  Rows expected = {{"a", "b"}, {"c", "d"}};
  CHECK(texts(read_csv("\xEF\xBB\xBF" "a,b\r\nc,d\r\n", "t.csv")) == expected);
  CHECK(texts(read_csv("a,b\nc,d\n", "t.csv")) == expected);
  CHECK(texts(read_csv("a,b\rc,d", "t.csv")) == expected);
  CHECK(texts(read_csv("a,b\r\nc,d", "t.csv")) == expected);  // no line end after the last record
}

TEST_CASE("read_csv gives every cell its 1-based row and column, counting records not lines") {
  Workbook book = read_csv("a,\"x\ny\"\nb,c\n", "t.csv");
  REQUIRE(book.ok());
  const Sheet& sheet = book.sheets[0];
  REQUIRE(sheet.cell(2, 2) != nullptr);
  CHECK(sheet.cell(2, 2)->text == "c");
  CHECK(sheet.cell(2, 2)->row == 2);
  CHECK(sheet.cell(2, 2)->col == 2);
  CHECK(sheet.cell(1, 2)->text == "x\ny");
  CHECK_FALSE(sheet.cell(1, 2)->number);
  CHECK(sheet.cell(3, 1) == nullptr);
}

TEST_CASE("read_csv reads the multi-line cells of the committed fixture") {
  Workbook book = read_csv(fixture("multiline.csv"), "multiline.csv");
  REQUIRE(book.ok());
  Rows expected = {{"序号", "事项名称", "法律依据"},
                   {"1", "对违反档案管理规定的行政处罚", "《中华人民共和国档案法》第四十八条\n《浙江省档案条例》第三十条"},
                   {"2", "对“无证经营”的处罚", "部分（仅限\"流动摊贩\"）"}};
  CHECK(texts(book) == expected);
}

TEST_CASE("read_csv: a bad quote is a Malformed problem with its row, column and line") {
  SUBCASE("a quote inside an unquoted field") {
    Workbook book = read_csv("a,b\nc,d\"e\n", "t.csv");
    REQUIRE(book.problems.size() == 1);
    const Problem& p = book.problems[0];
    CHECK(p.kind == ProblemKind::Malformed);
    CHECK(p.file == "t.csv");
    CHECK(p.row == 2);
    CHECK(p.col == 2);
    CHECK(p.line == 2);
    CHECK(p.message.en == "row 2 column 2: a quote inside an unquoted field (quote the whole field and write the quote `\"\"`)");
    CHECK(p.message.zh.find("第 2 行第 2 列") != std::string::npos);
  }
  SUBCASE("text after the closing quote") {
    Workbook book = read_csv("a,\"multi\nline\"x,c\n", "t.csv");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].row == 1);
    CHECK(book.problems[0].col == 2);
    CHECK(book.problems[0].line == 2);
    CHECK(book.problems[0].message.en.find("after the closing quote") != std::string::npos);
  }
  SUBCASE("a quote never closed points to where it opened") {
    Workbook book = read_csv("a,b\nc,d\ne,\"never\nclosed,\n\n", "t.csv");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].row == 3);
    CHECK(book.problems[0].col == 2);
    CHECK(book.problems[0].line == 3);
    // The row is the line: said once.
    CHECK(book.problems[0].message.en == "the quote opened at row 3 column 2 is never closed");
    CHECK(book.problems[0].message.zh == "第 3 行第 2 列的引号直到文件末尾都没有闭合");
  }
  SUBCASE("below a multi-line cell the file's line is said beside the row") {
    Workbook book = read_csv("a,\"two\nlines\"\nc,\"never\n", "t.csv");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].row == 2);
    CHECK(book.problems[0].line == 3);
    CHECK(book.problems[0].message.en == "the quote opened at row 2 column 2 (line 3 of the file) is never closed");
    CHECK(book.problems[0].message.zh == "第 2 行第 2 列（文件第 3 行）的引号直到文件末尾都没有闭合");
  }
}

TEST_CASE("read_csv: an empty file (or a BOM alone) is a Malformed problem saying so; one blank line is a table") {
  for (const std::string& bytes : {std::string(), std::string("\xEF\xBB\xBF")}) {
    Workbook book = read_csv(bytes, "e.csv");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].kind == ProblemKind::Malformed);
    CHECK(book.problems[0].message.zh == "`e.csv` 是空文件");
    CHECK(book.problems[0].message.en == "`e.csv` is empty");
  }
  Workbook blank = read_csv("\n", "b.csv");
  CHECK(blank.ok());
  CHECK(blank.sheets.at(0).rows.size() == 1);
}

TEST_CASE("read_csv names GB18030 (Excel on Chinese Windows) in a clear error, and converts it when asked") {
  std::string gb = fixture("gb18030.csv");
  REQUIRE(!gb.empty());
  CHECK(looks_like_gb18030(gb));
  Workbook book = read_csv(gb, "gb.csv");
  REQUIRE(book.problems.size() == 1);
  CHECK(book.problems[0].kind == ProblemKind::Encoding);
  CHECK(book.problems[0].line == 1);
  CHECK(book.problems[0].message.en ==
        "`gb.csv` is not UTF-8 but GB18030 (GBK) from line 1: save it as \"CSV UTF-8\", or give the encoding GB18030");
  CHECK(book.problems[0].message.zh.find("GB18030") != std::string::npos);

  CsvOptions options;
  options.encoding = CsvEncoding::Gb18030;
  Workbook converted = read_csv(gb, "gb.csv", options);
  REQUIRE(converted.ok());
  Rows expected = {{"序号", "事项名称"}, {"1", "对违反档案管理规定的行政处罚"}, {"2", "𠀀汉字"}};
  CHECK(texts(converted) == expected);
}

TEST_CASE("read_csv: other bytes that are not UTF-8 are an Encoding problem with their line, UTF-16 is named") {
  Workbook latin = read_csv("a,b\nc,\xE9t\xE9\n", "l.csv");
  REQUIRE(latin.problems.size() == 1);
  CHECK(latin.problems[0].kind == ProblemKind::Encoding);
  CHECK(latin.problems[0].line == 2);
  CHECK(latin.problems[0].message.en == "`l.csv` line 2 is not valid UTF-8 (byte offset 6)");
  CHECK_FALSE(looks_like_gb18030("plain ascii"));

  Workbook utf16 = read_csv(std::string("\xFF\xFE" "a\0,\0b\0", 8), "u.csv");
  REQUIRE(utf16.problems.size() == 1);
  CHECK(utf16.problems[0].message.en.find("UTF-16") != std::string::npos);
}

TEST_CASE("read_csv stops at its limits: bytes, rows, fields, cells and cell length") {
  CsvOptions options;
  options.limits.max_bytes = 8;
  CHECK(read_csv("123456789", "t.csv", options).problems.at(0).kind == ProblemKind::TooLarge);
  options = {};
  options.limits.max_rows = 2;
  CHECK(read_csv("a\nb\n", "t.csv", options).ok());
  Workbook rows = read_csv("a\nb\nc\n", "t.csv", options);
  REQUIRE(rows.problems.size() == 1);
  CHECK(rows.problems[0].kind == ProblemKind::TooLarge);
  CHECK(rows.problems[0].row == 3);
  options = {};
  options.limits.max_columns = 3;
  CHECK(read_csv("a,b,c\n", "t.csv", options).ok());
  CHECK(read_csv("a,b,c,d\n", "t.csv", options).problems.at(0).col == 4);
  options = {};
  options.limits.max_cells = 3;
  CHECK(read_csv("a,b\nc,d\n", "t.csv", options).problems.at(0).kind == ProblemKind::TooLarge);
  options = {};
  options.limits.max_cell_bytes = 4;
  CHECK(read_csv("abcd,\"abcd\"\n", "t.csv", options).ok());
  CHECK(read_csv("abcde\n", "t.csv", options).problems.at(0).kind == ProblemKind::TooLarge);
  Workbook quoted = read_csv("a,\"abcd\nefgh\"\n", "t.csv", options);
  REQUIRE(quoted.problems.size() == 1);
  CHECK(quoted.problems[0].kind == ProblemKind::TooLarge);
  CHECK(quoted.problems[0].col == 2);
}

TEST_CASE("read_table_file reads a CSV file and names an unreadable one") {
  Workbook book = read_table_file(std::string(ENCAT_SOURCE_DIR) + "/tests/fixtures/tabular/multiline.csv");
  REQUIRE(book.ok());
  CHECK(book.sheets.at(0).rows.size() == 3);
  Workbook missing = read_table_file("/nonexistent/t.csv");
  REQUIRE(missing.problems.size() == 1);
  CHECK(missing.problems[0].kind == ProblemKind::Io);
  CHECK(missing.problems[0].message.en.rfind("cannot read `/nonexistent/t.csv`: ", 0) == 0);
}
