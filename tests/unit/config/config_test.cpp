#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "config/config.h"

using namespace encat;
namespace fs = std::filesystem;

namespace {

// A temporary folder tree, removed afterwards.
struct TempTree {
  fs::path root = fs::temp_directory_path() / fs::path("encat-config-test-" + std::to_string(::getpid()));
  TempTree() { fs::create_directories(root / "a" / "b"); }
  ~TempTree() { fs::remove_all(root); }
  void write(const fs::path& relative, const std::string& text) const { std::ofstream(root / relative) << text; }
};

struct CurrentDirectory {
  fs::path saved = fs::current_path();
  explicit CurrentDirectory(const fs::path& to) { fs::current_path(to); }
  ~CurrentDirectory() { fs::current_path(saved); }
};

}  // namespace

TEST_CASE("the config is found in the current folder or the nearest one above, as a relative path") {
  TempTree tree;
  tree.write(".encat.yaml", "paths: [catalogs]\n");
  {
    CurrentDirectory here(tree.root);
    CHECK(config::find_config(".") == ".encat.yaml");
  }
  {
    CurrentDirectory here(tree.root / "a" / "b");
    CHECK(config::find_config(".") == "../../.encat.yaml");
    const config::LoadResult loaded = config::load_config(*config::find_config("."));
    CHECK(loaded.findings.empty());
    CHECK(loaded.config.paths == std::vector<std::string>{"../../catalogs"});  // relative to the config
  }
  tree.write("a/.encat.yaml", "");
  CurrentDirectory here(tree.root / "a" / "b");
  CHECK(config::find_config(".") == "../.encat.yaml");
}

TEST_CASE("severities, limits and ids are read; mistakes are findings") {
  TempTree tree;
  tree.write("good.yaml",
             "severity: {W104: off, E103: warning}\n"
             "limits: {max_file_size: 1MiB, max_depth: 10}\nregistry: r\ntargets: t\n");
  const config::LoadResult good = config::load_config((tree.root / "good.yaml").string());
  REQUIRE(good.findings.empty());
  CHECK(good.config.severities.at(Code::W104) == Severity::Off);
  CHECK(good.config.severities.at(Code::E103) == Severity::Warning);
  CHECK(good.config.limits.max_file_size == (1u << 20));
  CHECK(good.config.limits.max_depth == 10);
  CHECK(good.config.registry == "r");

  tree.write("bad.yaml", "severity: {E999: off, E001: off, E006: warning}\nlimits: {max_file_size: 2GiB}\n");
  const config::LoadResult bad = config::load_config((tree.root / "bad.yaml").string());
  REQUIRE(bad.findings.size() == 4);
  CHECK(bad.findings[0].message.en == "`/severity`: unknown finding code `E999`");
  CHECK(bad.findings[1].message.en ==
        "`/severity/E001`: a file that cannot be read always fails; the severity of E001 cannot be changed");
  CHECK(bad.findings[3].message.en ==
        "`/limits/max_file_size`: `2GiB` is not a size: write bytes, or KiB, MiB or GiB, from 1 byte to 1GiB");
}

TEST_CASE("the codes the code table keeps at error cannot be lowered but may be set to error and the rest can be lowered") {
  TempTree tree;
  tree.write("fixed.yaml", "severity: {E002: warning, unknown_kind: off, E006: error}\n");
  const config::LoadResult fixed = config::load_config((tree.root / "fixed.yaml").string());
  REQUIRE(fixed.findings.size() == 2);
  CHECK(fixed.findings[0].message.en ==
        "`/severity/E002`: a file that cannot be read always fails; the severity of E002 cannot be changed");
  CHECK(fixed.findings[1].message.en ==
        "`/severity/E005`: a file that cannot be read always fails; the severity of E005 cannot be changed");
  CHECK(fixed.config.severities == SeverityOverrides{{Code::E006, Severity::Error}});

  tree.write("lowered.yaml", "severity: {E003: warning, E004: off, E007: warning, E005: error}\n");
  const config::LoadResult lowered = config::load_config((tree.root / "lowered.yaml").string());
  CHECK(lowered.findings.empty());
  CHECK(lowered.config.severities.size() == 4);
}

TEST_CASE("one code given two severities, by code and by name, is a finding naming the first") {
  TempTree tree;
  tree.write("twice.yaml", "severity:\n  W104: off\n  duplicate_name: error\n");
  const config::LoadResult twice = config::load_config((tree.root / "twice.yaml").string());
  REQUIRE(twice.findings.size() == 1);
  CHECK(twice.findings[0].location.line == 3);
  CHECK(twice.findings[0].message.en == "`/severity`: the severity of W104 is already set (`W104`)");
  REQUIRE(twice.findings[0].notes.size() == 1);
  CHECK(twice.config.severities.at(Code::W104) == Severity::Off);  // the first setting, never silently the last
}

TEST_CASE("sizes are bytes or KiB, MiB, GiB") {
  CHECK(config::parse_size("67108864") == 67108864u);
  CHECK(config::parse_size("64MiB") == 64u << 20);
  CHECK(config::parse_size("512 KiB") == 512u << 10);
  CHECK_FALSE(config::parse_size("64MB"));
  CHECK_FALSE(config::parse_size("MiB"));
}

TEST_CASE("review_years (B313) is 2 unless the config sets it; a count of years from 1 to 100") {
  TempTree tree;
  tree.write("none.yaml", "targets: t\n");
  tree.write("three.yaml", "review_years: 3\n");
  tree.write("zero.yaml", "review_years: 0\n");
  tree.write("text.yaml", "review_years: two\n");
  CHECK(config::load_config((tree.root / "none.yaml").string()).config.review_years == 2);
  const config::LoadResult three = config::load_config((tree.root / "three.yaml").string());
  CHECK(three.findings.empty());
  CHECK(three.config.review_years == 3);
  for (const char* bad : {"zero.yaml", "text.yaml"}) {
    CAPTURE(bad);
    const config::LoadResult loaded = config::load_config((tree.root / bad).string());
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].code == Code::E004);
    CHECK(loaded.findings[0].location.line == 1);
    CHECK(loaded.config.review_years == 2);
  }
}
