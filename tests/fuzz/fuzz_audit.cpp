// libFuzzer target: the encat-audit pipeline as tools/encat_audit.cpp assembles
// it: load a workspace, audit every county it names (at most three) over its
// latest edition year and the year before, and render each audit and the
// league table in every format. The input is one file, or up to four
// separated by NUL bytes (workspace_input.h).
#include <climits>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "audit/audit.h"
#include "model/workspace.h"
#include "present/audit_report.h"
#include "rules/rules.h"
#include "workspace_input.h"

using namespace encat;

namespace {
volatile size_t g_sink;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::WorkspaceInput input;
  model::Workspace ws = input.load(data, size);
  // As the tool does: files with error-level reading findings are left out first.
  const std::vector<Finding> left_out = rules::leave_out_invalid(ws, {});
  const auto targets = ws.choose(model::Kind::Targets, std::nullopt);
  const model::Catalog* const* chosen = std::get_if<const model::Catalog*>(&targets);
  const model::Catalog* targets_catalog = chosen ? *chosen : nullptr;

  render::AuditContext context;
  if (targets_catalog) context.targets_id = std::string(targets_catalog->id);
  context.reading = left_out;

  std::vector<std::string> regions = audit::counties(ws);
  if (regions.size() > 3) regions.resize(3);
  std::vector<audit::RegionAudit> audits;
  render::SourceLines sources;
  size_t h = 0;
  for (const std::string& region : regions) {
    const std::optional<int> latest = audit::latest_edition(ws, region);
    if (!latest) continue;
    std::vector<int> years{*latest};
    if (*latest > INT_MIN) years.insert(years.begin(), *latest - 1);
    audits.push_back(audit::audit_region(ws, {region, years, targets_catalog}));
    h += audits.back().target_missed();
    for (const render::AuditFormat format : {render::AuditFormat::Text, render::AuditFormat::Markdown,
                                             render::AuditFormat::Json, render::AuditFormat::Html})
      h += render::render_audit(format, audits.back(), context, sources).size();
  }
  if (!audits.empty()) {
    context.lang = Lang::En;
    context.color = true;
    for (const render::AuditFormat format : {render::AuditFormat::Text, render::AuditFormat::Markdown,
                                             render::AuditFormat::Json, render::AuditFormat::Html})
      h += render::render_league(format, audits, context).size();
  }
  g_sink = g_sink + h;
  return 0;
}
