// The report model's values and the renderers' message catalog.
#include <doctest/doctest.h>

#include <string>

#include "report/messages.h"
#include "report/report.h"

using namespace encat;
using namespace encat::report;

TEST_CASE("cells are typed values: a ratio keeps its fraction, its value and its target") {
  const Cell share = Cell::ratio(1, 4, 0.5, Status::Missed);
  CHECK(share.kind == Cell::Kind::Ratio);
  CHECK(share.numerator == 1);
  CHECK(share.denominator == 4);
  REQUIRE(share.value);
  CHECK(*share.value == doctest::Approx(0.25));
  CHECK(share.target == 0.5);
  CHECK(share.status == Status::Missed);
  // A denominator of 0 is n/a, never 0.
  CHECK_FALSE(Cell::ratio(0, 0, std::nullopt, Status::None).value);
  CHECK(Cell::integer(7).numerator == 7);
  CHECK(Cell::fraction(3, 5).denominator == 5);
}

TEST_CASE("cells compare by value: kind, words in both languages, numbers, status") {
  CHECK(Cell::words("330881") == Cell::words(Text{"330881", "330881"}));
  CHECK(Cell::words("330881") != Cell::code("330881"));
  CHECK(Cell::words(Text{"指标", "figure"}) != Cell::words(Text{"指标", "figures"}));
  CHECK(Cell::percent(0.5) != Cell::percent(0.5, Status::Missed));
  CHECK(Cell::code_list({"a", "b"}) == Cell::code_list({"a", "b"}));
  CHECK(Cell::code_list({"a", "b"}) != Cell::code_list({"b", "a"}));
}

TEST_CASE("a report is built from values alone") {
  Report r;
  r.title = {"样例（2023 年）", "sample (2023)"};
  r.facts.push_back({{"目标", "targets"}, Cell::code("t-1")});
  Table table;
  table.columns.push_back({{"名称", "name"}, {}, Align::Left});
  table.rows.push_back({Cell::words("甲")});
  r.sections.push_back({"main", {}, {}, {table}});
  r.sections.push_back({"gaps", {"缺口", "gaps"}, {}, {FindingList{{}, {"没有缺口", "no gaps"}}}});
  REQUIRE(r.sections.size() == 2);
  CHECK(std::get<Table>(r.sections[0].blocks[0]).rows[0][0] == Cell::words("甲"));
  CHECK(std::get<FindingList>(r.sections[1].blocks[0]).none.en == "no gaps");
  CHECK_FALSE(r.notice);
}

TEST_CASE("message catalog: every message in both languages, Chinese with full-width punctuation") {
  for (size_t i = 0; i < static_cast<size_t>(Message::Count); ++i) {
    const Text& m = message(static_cast<Message>(i));
    CAPTURE(i);
    CHECK_FALSE(m.zh.empty());
    CHECK_FALSE(m.en.empty());
    for (const char ascii : std::string(",;:()")) CHECK_MESSAGE(m.zh.find(ascii) == std::string::npos, m.zh);
  }
  CHECK(say(Message::Note, Lang::Zh) == "注意");
  CHECK(say(Message::Note, Lang::En) == "note");
  CHECK(say(Message::LabelColon, Lang::En) == ": ");
  CHECK(say(Message::NoTargets, Lang::Zh) == "未对照目标");  // the last: the table is in the enum's order
}

TEST_CASE("code summaries come from the code table, in the language asked") {
  const CodeInfo& info = code_info(Code::B301);
  CHECK(code_summary(info, Lang::Zh) == info.summary_zh);
  CHECK(code_summary(info, Lang::En) == info.summary_en);
}

TEST_CASE("a chart is a table for the formats that do not draw: its title, then a column a point") {
  Chart chart{"share", {"占比", "share"}, {"甲 ÷ 乙", "a ÷ b"}, {}};
  chart.points.push_back({"2022", {"2022 年", "2022"}, Cell::ratio(1, 2, 0.6, Status::Missed)});
  chart.points.push_back({"2023", {"2023 年", "2023"}, Cell::ratio(0, 0, std::nullopt, Status::None)});
  const Table table = as_table(chart);
  REQUIRE(table.columns.size() == 3);
  CHECK(table.columns[0].heading.zh == "占比");
  CHECK(table.columns[2].heading.en == "2023");
  CHECK(table.columns[2].align == Align::Right);
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0][0] == Cell::words(Text{"甲 ÷ 乙", "a ÷ b"}));
  CHECK(table.rows[0][1] == Cell::ratio(1, 2, 0.6, Status::Missed));
}
