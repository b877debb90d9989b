// rules.md E201 (supersedes across series) and E212 overlapping_editions.
#include <doctest/doctest.h>

#include "../audit/catalog_builder.h"
#include "rules/rules.h"

using namespace encat;
using encat::test::Catalogs;
using encat::test::header;
using encat::test::matter;

namespace {

std::vector<Finding> with(const std::vector<Finding>& findings, Code code) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.code == code) out.push_back(f);
  return out;
}

std::string unified(const std::string& id, int edition, const std::string& effective, const std::string& supersedes = {}) {
  return header("unified", id, "330000", edition, effective, supersedes.empty() ? "" : "supersedes: " + supersedes + "\n") +
         "matters:\n" + matter("330219001000");
}

std::string supervision(const std::string& id, const std::string& region, const std::string& effective,
                        const std::string& supersedes = {}) {
  return header("supervision", id, region, std::stoi(effective.substr(0, 4)), effective,
                supersedes.empty() ? "" : "supersedes: " + supersedes + "\n") +
         "matters: []\n";
}

std::string department(const std::string& id, const std::string& name, const std::string& effective,
                       const std::string& supersedes = {}) {
  return header("department", id, "330881", std::stoi(effective.substr(0, 4)), effective,
                "department: " + name + "\n" + (supersedes.empty() ? "" : "supersedes: " + supersedes + "\n")) +
         "matters: []\n";
}

std::vector<Finding> check(const Catalogs& folder) {
  const model::Workspace ws = folder.load();
  return rules::check(ws, {nullptr, 1});
}

}  // namespace

TEST_CASE("E212: two unified catalogs of one province, neither superseding the other") {
  Catalogs folder;
  folder.write("u1.yaml", unified("u-2021", 2021, "2021-03-01"));
  folder.write("u2.yaml", unified("u-2022", 2022, "2022-07-01"));
  const std::vector<Finding> found = with(check(folder), Code::E212);
  REQUIRE(found.size() == 1);
  CHECK(found[0].location.file.find("u2.yaml") != std::string::npos);  // on the later one
  CHECK(found[0].location.line == 6);                                   // its `effective`
  REQUIRE(found[0].notes.size() == 2);
  REQUIRE(found[0].notes[0].location);
  CHECK(found[0].notes[0].location->file.find("u1.yaml") != std::string::npos);
  CHECK(found[0].message.en ==
        "`u-2022` and `u-2021` are both `unified` catalogs of region `330000` and neither supersedes the other: from "
        "2022-07-01 both would be in force");
}

TEST_CASE("E212: a chain of editions is fine; an unrelated later edition overlaps only the one still in force") {
  Catalogs folder;
  folder.write("u1.yaml", unified("u-2021", 2021, "2021-03-01"));
  folder.write("u2.yaml", unified("u-2022", 2022, "2022-07-01", "u-2021"));
  folder.write("u3.yaml", unified("u-2023", 2023, "2023-01-01", "u-2022"));
  CHECK(with(check(folder), Code::E212).empty());
  folder.write("u4.yaml", unified("u-2024", 2024, "2024-01-01"));  // forgot `supersedes`
  const std::vector<Finding> found = with(check(folder), Code::E212);
  REQUIRE(found.size() == 1);  // against u-2023 only: 2021 and 2022 are superseded by then
  CHECK(found[0].message.en.find("`u-2024` and `u-2023`") == 0);
}

TEST_CASE("E212: an earlier edition superseded only after the later one takes effect overlaps it") {
  Catalogs folder;
  folder.write("s1.yaml", supervision("s-2021", "330881", "2021-01-01"));
  folder.write("s2.yaml", supervision("s-2022a", "330881", "2022-03-01"));          // unrelated, overlaps s-2021
  folder.write("s3.yaml", supervision("s-2022b", "330881", "2022-07-01", "s-2021")); // supersedes s-2021 later
  const std::vector<Finding> found = with(check(folder), Code::E212);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.en.find("`s-2022a` and `s-2021`") == 0);
  CHECK(found[1].message.en.find("`s-2022b` and `s-2022a`") == 0);
}

TEST_CASE("E212: series are kind, region and (for departments) department") {
  Catalogs folder;
  folder.write("s1.yaml", supervision("s-881", "330881", "2022-01-01"));
  folder.write("s2.yaml", supervision("s-822", "330822", "2022-01-01"));  // another county
  folder.write("d1.yaml", department("d-huanbao", "生态环境局", "2021-01-01"));
  folder.write("d2.yaml", department("d-jiaotong", "交通运输局", "2021-01-01"));
  CHECK(with(check(folder), Code::E212).empty());
  folder.write("d3.yaml", department("d-huanbao-2", "生态环境局", "2021-01-01"));  // same day, same department
  const std::vector<Finding> found = with(check(folder), Code::E212);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.en.find("`department` catalogs of `生态环境局` in region `330881`") != std::string::npos);
}

TEST_CASE("E201: supersedes naming another department's or another region's catalog; no E212 from a cycle") {
  Catalogs folder;
  folder.write("d1.yaml", department("d-huanbao", "生态环境局", "2021-01-01"));
  folder.write("d2.yaml", department("d-jiaotong", "交通运输局", "2022-01-01", "d-huanbao"));
  folder.write("s1.yaml", supervision("s-881", "330881", "2021-01-01"));
  folder.write("s2.yaml", supervision("s-822", "330822", "2022-01-01", "s-881"));
  const std::vector<Finding> findings = check(folder);
  const std::vector<Finding> e201 = with(findings, Code::E201);
  REQUIRE(e201.size() == 2);
  CHECK(e201[0].message.en == "`supersedes` names `d-huanbao`, the catalog of another department (`生态环境局`, not `交通运输局`)");
  CHECK(e201[1].message.en == "`supersedes` names `s-881`, a catalog of another region (`330881`, not `330822`)");
  CHECK(with(findings, Code::E212).empty());

  Catalogs cycle;
  cycle.write("u1.yaml", unified("u-2021", 2021, "2021-03-01", "u-2022"));
  cycle.write("u2.yaml", unified("u-2022", 2022, "2022-07-01", "u-2021"));
  const std::vector<Finding> looped = check(cycle);
  CHECK(with(looped, Code::E201).size() == 1);
  CHECK(with(looped, Code::E212).empty());
}
