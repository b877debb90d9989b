// The law guide (encat-publish --laws) rendered: the same catalogs in any
// order give the same bytes, and its HTML page's structure.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "model/workspace.h"
#include "present/publish_report.h"
#include "publish/laws.h"
#include "../loading.h"
#include "../publish/laws_fixture.h"

using namespace encat;
using namespace encat::test::laws_fixture;

TEST_CASE("law guide: the same catalogs in another order give the same bytes in every text format") {
  const model::Workspace a = test::load_clean({{"u22.yaml", unified_2022}, {"d.yaml", department}, {"laws.yaml", laws}});
  const model::Workspace b = test::load_clean({{"laws.yaml", laws}, {"d.yaml", department}, {"u22.yaml", unified_2022}});
  const publish::Notice x = publish::build_law_guide(publish::guide_catalogs(a, 2022), registers_of(a), 2022, {});
  const publish::Notice y = publish::build_law_guide(publish::guide_catalogs(b, 2022), registers_of(b), 2022, {});
  for (const auto format : {render::PublishFormat::Markdown, render::PublishFormat::Json, render::PublishFormat::Csv,
                            render::PublishFormat::Html})
    CHECK(render::render_publish(format, x) == render::render_publish(format, y));
}

TEST_CASE("law guide html: one self-contained page, a section per level with its heading, table and searchable matters") {
  const model::Workspace ws = test::load_clean({{"u22.yaml", unified_2022}, {"d.yaml", department}, {"laws.yaml", laws}});
  const publish::Notice guide = publish::build_law_guide(publish::guide_catalogs(ws, 2022), registers_of(ws), 2022, {});
  const std::string html = render::render_publish_html(guide);
  auto count = [&](const std::string& pattern) {
    const std::regex re(pattern);
    return std::distance(std::sregex_iterator(html.begin(), html.end(), re), std::sregex_iterator());
  };
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<h1>执法事项法规指引（2022年）</h1>") != std::string::npos);
  CHECK(count("<section class=\"part\">") == 3);
  CHECK(count("<table class=\"notice\">") == 3);
  CHECK(html.find("<h2>一、法律（共 2 部）</h2>") != std::string::npos);
  CHECK(html.find("<h2>三、未登记（共 1 部）</h2>") != std::string::npos);
  CHECK(count("<th scope=\"col\" class=\"k-matters\" data-key=\"matters\" data-search>执法事项</th>") == 3);
  CHECK(count("<th scope=\"col\" class=\"k-status\" data-key=\"status\">时效性</th>") == 3);
  CHECK(count("<th scope=\"row\" class=\"k-name\">") == 4);  // a row per law, its name the row's header
  CHECK(html.find("已废止（2022年6月5日废止，由《中华人民共和国噪声污染防治法》替代）") != std::string::npos);
  CHECK(html.find("共收集法律法规 4 部，4 项执法事项明确具体法律依据") != std::string::npos);
  CHECK(html.find("https:") == std::string::npos);
  CHECK(count("(src|href|action)\\s*=") == 0);
}

