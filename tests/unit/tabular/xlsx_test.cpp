// read_xlsx: files written by libxlsxwriter (here) and openpyxl (committed),
// hand-built parts, and hostile input (zip bombs, entity bombs, nesting).
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tabular/xlsx.h"
#include "zip_parts.h"

using namespace encat::tabular;
using namespace encat::tabular::test;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes a workbook with libxlsxwriter through `fill` and returns its bytes.
template <typename Fill>
std::string xlsxwriter_bytes(Fill fill, bool constant_memory = false) {
  std::string path = (std::filesystem::temp_directory_path() / ("encat-tabular-" + std::to_string(::getpid()) + ".xlsx")).string();
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  REQUIRE(book != nullptr);
  fill(book);
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
  std::string bytes = slurp(path);
  std::remove(path.c_str());
  return bytes;
}

std::vector<std::string> row_texts(const Sheet& sheet, uint32_t row) {
  std::vector<std::string> out;
  for (const auto& cell : sheet.rows.at(row - 1)) out.push_back(cell.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("read_xlsx reads libxlsxwriter's shared strings, numbers, merged cells, empty rows and several sheets") {
  std::string bytes = xlsxwriter_bytes([](lxw_workbook* book) {
    lxw_worksheet* first = workbook_add_worksheet(book, "目录");
    worksheet_merge_range(first, 0, 0, 0, 3, "某县综合行政执法事项目录", nullptr);
    worksheet_write_string(first, 1, 0, "序号", nullptr);
    worksheet_write_string(first, 1, 1, "事项代码", nullptr);
    worksheet_write_string(first, 1, 2, "事项名称", nullptr);
    worksheet_write_string(first, 1, 3, "执法领域", nullptr);
    worksheet_write_number(first, 2, 0, 1, nullptr);
    worksheet_write_number(first, 2, 1, 330217001000, nullptr);  // a code kept as a number
    worksheet_write_string(first, 2, 2, "多行\n单元格", nullptr);
    worksheet_merge_range(first, 2, 3, 4, 3, "档案", nullptr);
    worksheet_write_number(first, 4, 0, 2.5, nullptr);
    worksheet_write_boolean(first, 4, 1, 1, nullptr);
    worksheet_write_string(first, 6, 0, "合计", nullptr);  // row 6 left empty
    lxw_worksheet* second = workbook_add_worksheet(book, "Second");
    worksheet_write_string(second, 1, 2, "0012", nullptr);
  });
  Workbook book = read_xlsx(bytes, "t.xlsx");
  REQUIRE(book.ok());
  REQUIRE(book.sheets.size() == 2);
  const Sheet& s = book.sheets[0];
  CHECK(s.name == "目录");
  CHECK_FALSE(s.hidden);
  REQUIRE(s.rows.size() == 7);
  CHECK(s.width() == 4);
  CHECK(row_texts(s, 1) == Strings{"某县综合行政执法事项目录", "", "", ""});
  CHECK(row_texts(s, 2) == Strings{"序号", "事项代码", "事项名称", "执法领域"});
  CHECK(row_texts(s, 3) == Strings{"1", "330217001000", "多行\n单元格", "档案"});
  CHECK(s.cell(3, 2)->number);
  CHECK(s.cell(3, 2)->raw == "330217001000");
  CHECK_FALSE(s.cell(3, 3)->number);
  CHECK(s.cell(3, 3)->raw.empty());
  CHECK(row_texts(s, 5) == Strings{"2.5", "TRUE", "", ""});
  CHECK_FALSE(s.cell(5, 2)->number);
  CHECK(row_texts(s, 6) == Strings{"", "", "", ""});  // an empty row, kept
  CHECK(row_texts(s, 7) == Strings{"合计", "", "", ""});
  CHECK(s.cell(7, 4)->row == 7);
  CHECK(s.cell(7, 4)->col == 4);
  REQUIRE(s.merged.size() == 2);
  CHECK(s.merged[0] == Range{1, 1, 1, 4});
  CHECK(s.merged[1] == Range{3, 4, 5, 4});
  REQUIRE(s.merged_at(4, 4) != nullptr);
  CHECK(*s.merged_at(4, 4) == Range{3, 4, 5, 4});
  CHECK(s.merged_at(4, 3) == nullptr);
  const Sheet& t = book.sheets[1];
  CHECK(t.name == "Second");
  CHECK(row_texts(t, 1) == Strings{"", "", ""});  // an empty first row and column, kept
  CHECK(row_texts(t, 2) == Strings{"", "", "0012"});
  CHECK_FALSE(t.cell(2, 3)->number);
}

TEST_CASE("read_xlsx reads libxlsxwriter's inline strings (constant memory mode)") {
  std::string bytes = xlsxwriter_bytes(
      [](lxw_workbook* book) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        worksheet_write_string(sheet, 0, 0, "行内 <字符串> & \"引号\"", nullptr);
        worksheet_write_number(sheet, 0, 1, 42, nullptr);
        worksheet_write_string(sheet, 1, 1, "第二行", nullptr);
      },
      true);
  Workbook book = read_xlsx(bytes, "t.xlsx");
  REQUIRE(book.ok());
  REQUIRE(book.sheets.size() == 1);
  CHECK(book.sheets[0].name == "Sheet1");
  CHECK(row_texts(book.sheets[0], 1) == Strings{"行内 <字符串> & \"引号\"", "42"});
  CHECK(row_texts(book.sheets[0], 2) == Strings{"", "第二行"});
}

TEST_CASE("read_xlsx reads the committed file written by openpyxl") {
  Workbook book = read_table_file(std::string(ENCAT_SOURCE_DIR) + "/tests/fixtures/tabular/openpyxl.xlsx");
  REQUIRE(book.ok());
  REQUIRE(book.sheets.size() == 2);
  const Sheet& s = book.sheets[0];
  CHECK(s.name == "目录");
  REQUIRE(s.rows.size() == 6);
  CHECK(row_texts(s, 1) == Strings{"某县综合行政执法事项目录", "", "", ""});
  CHECK(row_texts(s, 3) == Strings{"1", "330217001000", "对违反档案管理规定的行政处罚", "档案"});
  CHECK_FALSE(s.cell(3, 2)->number);
  CHECK(row_texts(s, 4) == Strings{"2", "330217002000", "多行\n单元格", ""});
  CHECK(s.cell(4, 2)->number);
  CHECK(row_texts(s, 5) == Strings{"", "", "", ""});
  CHECK(row_texts(s, 6) == Strings{"合计", "TRUE", "", ""});
  CHECK(s.merged == std::vector<Range>{{1, 1, 1, 4}, {3, 4, 4, 4}});
  CHECK(book.sheets[1].name == "第二页");
  CHECK(row_texts(book.sheets[1], 2) == Strings{"", "0012", "1.5"});
  CHECK(book.sheets[1].cell(2, 3)->number);
}

TEST_CASE("read_xlsx joins rich text runs, leaves out phonetic runs, decodes _xHHHH_, skips valueless cells") {
  std::string strings =
      "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><r><rPr><b/></rPr><t>加粗</t></r><r><t xml:space=\"preserve\"> 普通</t></r><rPh sb=\"0\" eb=\"1\"><t>ヨミ</t></rPh></si>"
      "<si><t>第一行_x000D_\n第二行 a_x005F_x0041_b</t></si></sst>";
  std::string sheet = sheet_xml(
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"H1\" s=\"3\"/></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>1+1</f><v>2</v></c><c r=\"B2\" t=\"e\"><v>#N/A</v></c></row>"
      "<row r=\"1048576\" s=\"1\" customFormat=\"1\"/>");
  Workbook book = read_xlsx(zip_parts(workbook_parts(sheet, strings)), "t.xlsx");
  REQUIRE(book.ok());
  const Sheet& s = book.sheets.at(0);
  CHECK(s.name == "表1");
  REQUIRE(s.rows.size() == 2);
  CHECK(row_texts(s, 1) == Strings{"加粗 普通", "第一行\r\n第二行 a_x0041_b"});
  CHECK(row_texts(s, 2) == Strings{"2", "#N/A"});
  CHECK_FALSE(s.cell(2, 1)->number);
}

TEST_CASE("read_xlsx: cells and rows without r follow the previous ones, prefixed (x:) elements are read") {
  std::string sheet =
      "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
      "<x:row><x:c t=\"inlineStr\"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>"
      "<x:row><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>b</x:t></x:is></x:c></x:row>"
      "</x:sheetData></x:worksheet>";
  Workbook book = read_xlsx(zip_parts(workbook_parts(sheet)), "t.xlsx");
  REQUIRE(book.ok());
  CHECK(row_texts(book.sheets.at(0), 1) == Strings{"a", "7"});
  CHECK(row_texts(book.sheets.at(0), 2) == Strings{"", "b"});
}

TEST_CASE("read_xlsx: bad cell references, shared string indexes and XML are positioned problems") {
  SUBCASE("a bad cell reference") {
    Workbook book = read_xlsx(zip_parts(workbook_parts(sheet_xml("<row r=\"3\">\n<c r=\"3B\"><v>1</v></c></row>"))), "t.xlsx");
    REQUIRE(book.problems.size() == 1);
    const Problem& p = book.problems[0];
    CHECK(p.kind == ProblemKind::Malformed);
    CHECK(p.file == "t.xlsx");
    CHECK(p.part == "xl/worksheets/sheet1.xml");
    CHECK(p.sheet == "表1");
    CHECK(p.row == 3);
    CHECK(p.line == 2);
    CHECK(p.message.en == "bad cell reference `3B`");
  }
  SUBCASE("a shared string that does not exist") {
    Workbook book = read_xlsx(zip_parts(workbook_parts(sheet_xml("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>5</v></c></row>"))), "t.xlsx");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].row == 2);
    CHECK(book.problems[0].col == 3);
    CHECK(book.problems[0].message.en == "no shared string `5`");
  }
  SUBCASE("XML that is not well-formed") {
    Workbook book = read_xlsx(zip_parts(workbook_parts(sheet_xml("<row>\n<c><v>1</c></row>"))), "t.xlsx");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].kind == ProblemKind::Malformed);
    CHECK(book.problems[0].line == 2);
    CHECK(book.problems[0].message.en == "bad XML in the part `xl/worksheets/sheet1.xml` at line 2: mismatched tag");
  }
  SUBCASE("a missing sheet part") {
    Parts parts = workbook_parts(sheet_xml(""));
    parts.erase("xl/worksheets/sheet1.xml");
    Workbook book = read_xlsx(zip_parts(parts), "t.xlsx");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].message.en == "the part `xl/worksheets/sheet1.xml` is missing");
  }
  SUBCASE("not a zip, an .xls") {
    CHECK(read_xlsx("PK\x03\x04garbage", "t.xlsx").problems.at(0).kind == ProblemKind::Malformed);
    Workbook xls = read_xlsx("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "t.xls");
    CHECK(xls.problems.at(0).kind == ProblemKind::Unsafe);
    CHECK(xls.problems.at(0).message.en.find("old .xls or an encrypted workbook") != std::string::npos);
  }
}

TEST_CASE("read_xlsx says why libzip refused in Chinese and English, never in libzip's own words") {
  const std::string good = zip_parts(workbook_parts(sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>档案</t></is></c></row>")));
  REQUIRE(read_xlsx(good, "t.xlsx").ok());
  SUBCASE("truncated: no zip directory") {
    Workbook book = read_xlsx(good.substr(0, good.size() / 2), "t.xlsx");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].kind == ProblemKind::Malformed);
    CHECK(book.problems[0].message.zh == "`t.xlsx` 不是有效的 xlsx（zip）文件：找不到 zip 的目录（不是 zip 文件，或文件被截断）");
    CHECK(book.problems[0].message.en == "`t.xlsx` is not a valid xlsx (zip) file: no zip directory found (not a zip file, or a truncated one)");
  }
  SUBCASE("text, and an empty file") {
    CHECK(read_xlsx("hello\n", "n.xlsx").problems.at(0).message.zh ==
          "`n.xlsx` 不是有效的 xlsx（zip）文件：找不到 zip 的目录（不是 zip 文件，或文件被截断）");
    Workbook empty = read_xlsx("", "e.xlsx");
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].kind == ProblemKind::Malformed);
    CHECK(empty.problems[0].message.zh == "`e.xlsx` 不是有效的 xlsx（zip）文件：文件是空的");
    CHECK(empty.problems[0].message.en == "`e.xlsx` is not a valid xlsx (zip) file: the file is empty");
  }
  SUBCASE("a part whose CRC does not match") {
    std::string bytes = good;
    const std::string name = "xl/worksheets/sheet1.xml";
    for (size_t i = 0; i + 46 < bytes.size(); ++i) {  // the CRC in the local header and in the central directory
      if (bytes.compare(i, 4, "PK\x03\x04") == 0 && bytes.compare(i + 30, name.size(), name) == 0) bytes[i + 14] ^= 0x55;
      if (bytes.compare(i, 4, "PK\x01\x02") == 0 && bytes.compare(i + 46, name.size(), name) == 0) bytes[i + 16] ^= 0x55;
    }
    Workbook book = read_xlsx(bytes, "t.xlsx");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].part == name);
    CHECK(book.problems[0].message.zh == "部件 `xl/worksheets/sheet1.xml` 解压失败：数据校验（CRC）失败，文件已损坏");
    CHECK(book.problems[0].message.en == "cannot unpack the part `xl/worksheets/sheet1.xml`: a CRC check failed: the file is damaged");
  }
}

TEST_CASE("read_table_file reads a file named .xlsx as xlsx whatever it holds") {
  const std::string path = (std::filesystem::temp_directory_path() / ("encat-named-" + std::to_string(::getpid()) + ".XLSX")).string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "事项代码,事项名称\n";
  }
  Workbook book = read_table_file(path);
  std::remove(path.c_str());
  REQUIRE(book.problems.size() == 1);
  CHECK(book.problems[0].message.en.find("is not a valid xlsx (zip) file") != std::string::npos);
}

TEST_CASE("read_xlsx refuses a zip bomb declaring more than the limit, before unpacking anything") {
  std::string bytes = zip_parts(workbook_parts(sheet_xml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")));
  patch_uncompressed_size(bytes, "xl/worksheets/sheet1.xml", 0xFFFFFF00u);
  auto start = std::chrono::steady_clock::now();
  Workbook book = read_xlsx(bytes, "bomb.xlsx");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
  REQUIRE(book.problems.size() == 1);
  CHECK(book.problems[0].kind == ProblemKind::TooLarge);
  CHECK(book.problems[0].part == "xl/worksheets/sheet1.xml");
  CHECK(book.problems[0].message.en ==
        "the part `xl/worksheets/sheet1.xml` declares 4294967040 bytes unpacked, past the limit of 268435456");
}

TEST_CASE("read_xlsx refuses a zip bomb that expands past the limit while declaring less") {
  // 8 MiB of spaces compress to a few KiB; the limit is 4 MiB, the entry declares 100 bytes.
  std::string sheet = sheet_xml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + std::string(8u << 20, ' '));
  std::string bytes = zip_parts(workbook_parts(sheet));
  CHECK(bytes.size() < 64 * 1024);
  Limits limits;
  limits.max_unpacked_bytes = 4u << 20;
  SUBCASE("declared honestly: refused by its declaration") {
    Workbook book = read_xlsx(bytes, "bomb.xlsx", limits);
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].kind == ProblemKind::TooLarge);
    CHECK(book.problems[0].message.en.find("declares 8388") != std::string::npos);
  }
  SUBCASE("declaring 100 bytes: refused while unpacking") {
    patch_uncompressed_size(bytes, "xl/worksheets/sheet1.xml", 100);
    Workbook book = read_xlsx(bytes, "bomb.xlsx", limits);
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].part == "xl/worksheets/sheet1.xml");
    CHECK(book.problems[0].kind == ProblemKind::TooLarge);
    CHECK(book.problems[0].message.en == "unpacked past the limit of 4194304 bytes (in the part `xl/worksheets/sheet1.xml`)");
    // Streamed in chunks: the process's peak memory stays small (the 8 MiB
    // sheet built above included). Not under AddressSanitizer, whose shadow
    // memory and quarantine make the resident size say nothing of the reader.
#if !defined(__SANITIZE_ADDRESS__)
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    CHECK(usage.ru_maxrss < 64 * 1024);  // KiB
#endif
  }
}

TEST_CASE("read_xlsx refuses an XML entity bomb (billion laughs) in sharedStrings.xml, and any DTD") {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    laughs += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    laughs += "\">\n";
  }
  laughs += "]>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol9;</t></si></sst>";
  std::string sheet = sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
  auto start = std::chrono::steady_clock::now();
  Workbook book = read_xlsx(zip_parts(workbook_parts(sheet, laughs)), "laughs.xlsx");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
  REQUIRE(book.problems.size() == 1);
  CHECK(book.problems[0].kind == ProblemKind::Unsafe);
  CHECK(book.problems[0].part == "xl/sharedStrings.xml");
  CHECK(book.problems[0].line == 2);
  CHECK(book.problems[0].message.en == "the XML has a document type declaration (DTD): refused");

  std::string external = "<?xml version=\"1.0\"?><!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">" + sheet.substr(21);
  Workbook ext = read_xlsx(zip_parts(workbook_parts(external)), "ext.xlsx");
  REQUIRE(ext.problems.size() == 1);
  CHECK(ext.problems[0].kind == ProblemKind::Unsafe);
}

TEST_CASE("read_xlsx stops at its limits: nesting depth, cells, cell length, rows") {
  Limits limits;
  SUBCASE("nesting") {
    std::string deep = std::string(200 * 3, ' ');
    deep.clear();
    for (int i = 0; i < 100; ++i) deep += "<a>";
    for (int i = 0; i < 100; ++i) deep += "</a>";
    Workbook book = read_xlsx(zip_parts(workbook_parts(sheet_xml("", deep))), "t.xlsx");
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].message.en == "XML nested deeper than 64 levels");
  }
  SUBCASE("cells, padding included") {
    limits.max_cells = 100;
    CHECK(read_xlsx(zip_parts(workbook_parts(sheet_xml("<row r=\"1\"><c r=\"CV1\"><v>1</v></c></row>"))), "t.xlsx", limits).ok());
    Workbook wide = read_xlsx(zip_parts(workbook_parts(sheet_xml("<row r=\"1\"><c r=\"CW1\"><v>1</v></c></row>"))), "t.xlsx", limits);
    REQUIRE(wide.problems.size() == 1);
    CHECK(wide.problems[0].message.en == "more than 100 cells");
    Workbook tall = read_xlsx(
        zip_parts(workbook_parts(sheet_xml("<row r=\"1\"><c r=\"J1\"><v>1</v></c></row><row r=\"11\"><c r=\"A11\"><v>1</v></c></row>"))),
        "t.xlsx", limits);
    REQUIRE(tall.problems.size() == 1);
    CHECK(tall.problems[0].kind == ProblemKind::TooLarge);
  }
  SUBCASE("cell length") {
    limits.max_cell_bytes = 10;
    Workbook book = read_xlsx(zip_parts(workbook_parts(sheet_xml("<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>12345678901</t></is></c></row>"))),
                              "t.xlsx", limits);
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].message.en == "cell `B4` is longer than 10 bytes");
  }
  SUBCASE("rows") {
    limits.max_rows = 10;
    Workbook book = read_xlsx(zip_parts(workbook_parts(sheet_xml("<row r=\"11\"><c r=\"A11\"><v>1</v></c></row>"))), "t.xlsx", limits);
    REQUIRE(book.problems.size() == 1);
    CHECK(book.problems[0].row == 11);
  }
}

TEST_CASE("cell references: column names and parsing within Excel's bounds") {
  CHECK(column_name(1) == "A");
  CHECK(column_name(26) == "Z");
  CHECK(column_name(27) == "AA");
  CHECK(column_name(16384) == "XFD");
  CHECK(cell_ref(3, 2) == "B3");
  uint32_t row = 0, col = 0;
  CHECK(parse_cell_ref("XFD1048576", row, col));
  CHECK(row == 1048576);
  CHECK(col == 16384);
  CHECK(parse_cell_ref("$B$3", row, col));
  CHECK(row == 3);
  CHECK(col == 2);
  for (const char* bad : {"", "B", "3", "B0", "XFE1", "A1048577", "a1", "B3:", "AAAA1", "A12345678"})
    CHECK_FALSE(parse_cell_ref(bad, row, col));
}

TEST_CASE("read_xlsx reads the committed libxlsxwriter file: merged title and domain, formula value, second sheet") {
  Workbook book = read_table_file(std::string(ENCAT_SOURCE_DIR) + "/tests/fixtures/tabular/xlsxwriter.xlsx");
  REQUIRE(book.ok());
  REQUIRE(book.sheets.size() == 2);
  const Sheet& s = book.sheets[0];
  CHECK(s.name == "统一目录");
  REQUIRE(s.rows.size() == 6);
  CHECK(row_texts(s, 1) == Strings{"示范省综合行政执法事项统一目录", "", "", "", ""});
  CHECK(row_texts(s, 3) == Strings{"1", "档案", "330217001000", "对违反档案管理规定的行政处罚",
                                   "《中华人民共和国档案法》第四十八条\n《浙江省档案条例》第三十条"});
  CHECK(row_texts(s, 4) == Strings{"2", "", "330217002000", "部分（仅限“流动摊贩”）", ""});
  CHECK(s.cell(4, 3)->number);
  CHECK_FALSE(s.cell(3, 3)->number);
  CHECK(row_texts(s, 6) == Strings{"合计", "", "2", "", ""});
  CHECK(s.merged == std::vector<Range>{{1, 1, 1, 5}, {3, 2, 4, 2}});
  CHECK(book.sheets[1].name == "说明");
  CHECK(row_texts(book.sheets[1], 2) == Strings{"", "FALSE"});
}
