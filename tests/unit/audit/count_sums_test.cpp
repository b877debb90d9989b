// Counts near the 64-bit maximum (with E004 turned off, the audit uses them):
// every sum saturates, none overflows (undefined behaviour before).
#include <doctest/doctest.h>

#include <limits>

#include "catalog_builder.h"

using namespace encat;
using encat::test::Catalogs;
using encat::test::header;
using encat::test::matter;

TEST_CASE("two case counts near the 64-bit maximum saturate the case share's sums") {
  Catalogs folder;
  folder.write("unified.yaml", header("unified", "u-2022", "330000", 2022, "2022-01-01", "matters:\n") + matter("330219001000"));
  const std::string counts = "counts:\n  \"330219001000\": {2022: 9223372036854775807}\n";
  folder.write("cases-a.yaml", "kind: cases\nid: cases-a\ntitle: a\nregion: \"330881\"\n" + counts);
  folder.write("cases-b.yaml", "kind: cases\nid: cases-b\ntitle: b\nregion: \"330881\"\n" + counts);
  folder.write("supervision.yaml", header("supervision", "s-2022", "330881", 2022, "2022-01-01", "matters: []\n"));
  const model::Workspace ws = folder.load();
  const audit::RegionAudit result = test::audit_years(ws, "330881", {2022});
  const audit::Ratio& share = result.years[0][model::Figure::CaseShare].ratio;
  CHECK(share.numerator == std::numeric_limits<long long>::max());
  CHECK(share.denominator == std::numeric_limits<long long>::max());
  CHECK(test::with_code(result, Code::B307).empty());  // five-year sums saturate too
}
