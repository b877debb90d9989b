// The audit's reports in English: plurals that agree with their numbers.
#include <doctest/doctest.h>

#include <string>

#include "audit_html_sample.h"
#include "audit/audit_report.h"
#include "audit/league_report.h"
#include "present/audit_report.h"

using namespace encat;
using namespace encat::render;

TEST_CASE("league summary: one county, one miss, one error") {
  audit::RegionAudit county = audit_sample::county(2022, 2022);
  county.findings.push_back(make_finding(Code::B302, {"a.yaml", 1, 1}, {"x", "x"}));
  const std::string one = audit::league_summary({county}).en;
  CHECK(one.find("1 county: ") == 0);
  CHECK(one.find(" has boundary-gap errors") != std::string::npos);
  CHECK(one.find(" have ") == std::string::npos);
  const std::string two = audit::league_summary({county, county}).en;
  CHECK(two.find("2 counties: ") == 0);
  CHECK(two.find("2 have boundary-gap errors") != std::string::npos);
}

TEST_CASE("league text: the note counts files, not findings, and says `1 file`") {
  AuditContext context;
  context.lang = Lang::En;
  context.reading = audit_sample::reading();
  context.reading.push_back(context.reading.front());  // two findings, one file
  const std::string out = render_league(AuditFormat::Text, {audit_sample::county(2022, 2022)}, context);
  CHECK(out.find("note: 1 file has errors and is left out\n") == 0);
}

TEST_CASE("English reports carry no Chinese words of their own") {
  AuditContext context;
  context.lang = Lang::En;
  const audit::RegionAudit county = audit_sample::county(2022, 2023);
  SourceLines sources;
  for (AuditFormat format : {AuditFormat::Text, AuditFormat::Markdown, AuditFormat::Html}) {
    std::string out = render_audit(format, county, context, sources) + render_league(format, {county}, context);
    // The sample's own values (a township's title, the findings' Chinese messages) are not the report's words.
    for (const std::string& value : {std::string("贺村镇"), std::string("清湖街道目录清单"), std::string("目录")}) {
      for (size_t at; (at = out.find(value)) != std::string::npos;) out.erase(at, value.size());
    }
    for (const char* word : {"必须下放", "大综合一体化", "随机抽查", "重点监管", "整数", "列表"})
      CHECK_MESSAGE(out.find(word) == std::string::npos, "`" << word << "` in format " << static_cast<int>(format));
  }
}
