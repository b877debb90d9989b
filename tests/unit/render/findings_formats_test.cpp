// The machine formats, pinned byte for byte: the sample findings against the
// files in golden/ (ENCAT_BLESS=1 rewrites them after an intended change:
// read the diff), the corner cases inline.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "render/findings.h"
#include "sample_findings.h"
#include "util/files.h"

using namespace encat;
using namespace encat::render;

namespace {

RenderContext context(Lang lang = Lang::Zh) {
  RenderContext c;
  c.tool = "encat-validate";
  c.version = "0.1.0";
  c.lang = lang;
  c.files_checked = 2;
  return c;
}

std::string output(FindingsFormat format, const std::vector<Finding>& findings, const RenderContext& c) {
  SourceLines sources;
  sample::add_sources(sources);
  return render_findings(format, findings, c, sources);
}

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(ENCAT_SOURCE_DIR) + "/tests/unit/render/golden/" + name;
  if (const char* bless = std::getenv("ENCAT_BLESS"); bless && std::string(bless) == "1") {
    REQUIRE_FALSE(write_file_atomic(path, actual));
    MESSAGE("blessed " << path);
    return;
  }
  const FileBytes expected = read_file(path, 1u << 20);
  REQUIRE_MESSAGE(expected.status == FileBytes::Status::Ok, "cannot read " << path);
  CHECK(actual == expected.bytes);
}

// A finding with a note but no line, in a file whose name needs escaping.
Finding awkward_finding() {
  Finding f = make_finding(Code::E004, {"catalogs/浙江 省/a,b:c%#?.yaml", 3, 0},
                           {"值 \"x\" <不允许> & 100%\n第二行", "value \"x\" <not allowed> & 100%\nsecond line"}, "x,y");
  f.note(note_at({"catalogs/浙江 省/a,b:c%#?.yaml", 0, 0}, "见", "see"));
  return f;
}

}  // namespace

TEST_CASE("golden: the sample findings in every machine format") {
  const std::vector<Finding> findings = sample::findings();
  check_golden("sample.json", output(FindingsFormat::Json, findings, context()));
  check_golden("sample.en.json", output(FindingsFormat::Json, findings, context(Lang::En)));
  check_golden("sample.sarif", output(FindingsFormat::Sarif, findings, context()));
  check_golden("sample.junit.xml", output(FindingsFormat::Junit, findings, context()));
  check_golden("sample.github.txt", output(FindingsFormat::Github, findings, context()));
}

TEST_CASE("json: a clean run") {
  CHECK(output(FindingsFormat::Json, {}, context()) == R"({
  "version": 1,
  "tool": "encat-validate",
  "files": 2,
  "findings": [],
  "summary": {
    "errors": 0,
    "warnings": 0
  }
}
)");
}

TEST_CASE("json: strings escaped, matter present, a note without a line") {
  CHECK(output(FindingsFormat::Json, {awkward_finding()}, context(Lang::En)) == R"({
  "version": 1,
  "tool": "encat-validate",
  "files": 2,
  "findings": [
    {
      "code": "E004",
      "name": "schema",
      "severity": "error",
      "file": "catalogs/浙江 省/a,b:c%#?.yaml",
      "line": 3,
      "column": 0,
      "matter": "x,y",
      "message": "value \"x\" <not allowed> & 100%\nsecond line",
      "notes": [
        {
          "message": "see catalogs/浙江 省/a,b:c%#?.yaml",
          "file": "catalogs/浙江 省/a,b:c%#?.yaml",
          "line": 0,
          "column": 0
        }
      ]
    }
  ],
  "summary": {
    "errors": 1,
    "warnings": 0
  }
}
)");
}

TEST_CASE("sarif: percent-encoded URIs, no region at line 0, no startColumn at column 0") {
  Finding absolute = make_finding(Code::W104, {"/srv/catalogs/a.yaml", 7, 5}, {"名称重复", "duplicate name"});
  const std::string out = output(FindingsFormat::Sarif, {awkward_finding(), absolute}, context(Lang::En));
  const std::string results = out.substr(out.find("      \"results\": ["));
  CHECK(results == R"(      "results": [
        {
          "ruleId": "E004",
          "ruleIndex": 3,
          "level": "error",
          "message": {
            "text": "value \"x\" <not allowed> & 100%\nsecond line"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "catalogs/%E6%B5%99%E6%B1%9F%20%E7%9C%81/a%2Cb%3Ac%25%23%3F.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 3
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "catalogs/%E6%B5%99%E6%B1%9F%20%E7%9C%81/a%2Cb%3Ac%25%23%3F.yaml",
                  "uriBaseId": "%SRCROOT%"
                }
              },
              "message": {
                "text": "see catalogs/浙江 省/a,b:c%#?.yaml"
              }
            }
          ],
          "properties": {
            "matter": "x,y"
          }
        },
        {
          "ruleId": "W104",
          "ruleIndex": 11,
          "level": "warning",
          "message": {
            "text": "duplicate name"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "file:///srv/catalogs/a.yaml"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 5
                }
              }
            }
          ]
        }
      ],
      "columnKind": "unicodeCodePoints"
    }
  ]
}
)");
}

TEST_CASE("sarif: every code is a rule, in the order of the code table") {
  const std::string out = output(FindingsFormat::Sarif, {}, context(Lang::En));
  size_t at = 0;
  for (const CodeInfo& info : all_codes()) {
    at = out.find("\"id\": \"" + std::string(info.id) + "\"", at);
    REQUIRE(at != std::string::npos);
  }
  CHECK(out.find("\"text\": \"a matter code appears twice in one catalog\"") != std::string::npos);
  CHECK(out.find("\"helpUri\": \"" + std::string(kInformationUri) + "docs/findings/B308.md\"") != std::string::npos);
  CHECK(out.find("\"results\": []") != std::string::npos);
}

TEST_CASE("junit: a clean run is one passing case") {
  CHECK(output(FindingsFormat::Junit, {}, context(Lang::En)) == R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="encat-validate" tests="1" failures="0" errors="0">
  <testsuite name="encat-validate" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="checked 2 files: no problems found" classname="encat-validate"/>
  </testsuite>
</testsuites>
)");
}

TEST_CASE("junit: escaping, and warnings fail when asked") {
  RenderContext c = context(Lang::En);
  c.fail_on_warning = true;
  Finding warning = make_finding(Code::W104, {"b.yml", 2, 3}, {"名称重复", "duplicate \x01name"});
  CHECK(output(FindingsFormat::Junit, {awkward_finding(), warning}, c) == R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="encat-validate" tests="2" failures="2" errors="0">
  <testsuite name="catalogs/浙江 省/a,b:c%#?.yaml" tests="1" failures="1" errors="0" skipped="0">
    <testcase name="E004 schema at 3" classname="catalogs/浙江 省/a,b:c%#?" file="catalogs/浙江 省/a,b:c%#?.yaml">
      <failure type="E004" message="value &quot;x&quot; &lt;not allowed&gt; &amp; 100%&#10;second line">error[E004]: value &quot;x&quot; &lt;not allowed&gt; &amp; 100%
second line
  --&gt; catalogs/浙江 省/a,b:c%#?.yaml:3
  = note: see catalogs/浙江 省/a,b:c%#?.yaml
</failure>
    </testcase>
  </testsuite>
  <testsuite name="b.yml" tests="1" failures="1" errors="0" skipped="0">
    <testcase name="W104 duplicate_name at 2:3" classname="b" file="b.yml">
      <failure type="W104" message="duplicate �name">warning[W104]: duplicate �name
  --&gt; b.yml:2:3
</failure>
    </testcase>
  </testsuite>
</testsuites>
)");
}

TEST_CASE("github: workflow commands escape %, CR, LF, and ':' ',' in properties") {
  Finding warning = make_finding(Code::W104, {"b.yml", 2, 3}, {"名称重复", "a\r\nb"});
  CHECK(output(FindingsFormat::Github, {awkward_finding(), warning}, context(Lang::En)) ==
        "::error file=catalogs/浙江 省/a%2Cb%3Ac%25#?.yaml,line=3,title=E004 schema::"
        "value \"x\" <not allowed> & 100%25%0Asecond line%0Anote: see catalogs/浙江 省/a,b:c%25#?.yaml\n"
        "::warning file=b.yml,line=2,col=3,title=W104 duplicate_name::a%0D%0Ab\n"
        "checked 2 files: 1 error, 1 warning\n");
}

TEST_CASE("formats by name") {
  for (FindingsFormat format :
       {FindingsFormat::Text, FindingsFormat::Json, FindingsFormat::Sarif, FindingsFormat::Junit, FindingsFormat::Github})
    CHECK(parse_findings_format(findings_format_name(format)) == format);
  CHECK_FALSE(parse_findings_format("xml"));
}
