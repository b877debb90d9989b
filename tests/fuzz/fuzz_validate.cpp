// libFuzzer target: the whole encat-validate pipeline as tools/encat_validate.cpp
// assembles it: load a workspace (reader, E005 kind, schema, decode, E007),
// run every E1xx/E2xx rule, and render the findings in every format. The input
// is one file, or up to four separated by NUL bytes (workspace_input.h).
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/workspace.h"
#include "render/findings.h"
#include "rules/rules.h"
#include "workspace_input.h"

using namespace encat;

namespace {
volatile size_t g_sink;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::WorkspaceInput input;
  const model::Workspace ws = input.load(data, size);

  // The tool stops with exit 2 when the registry is ambiguous; the rules still
  // run here, without one, so that such inputs reach them too.
  const auto registry = ws.choose(model::Kind::Registry, std::nullopt);
  const model::Catalog* const* chosen = std::get_if<const model::Catalog*>(&registry);
  std::vector<Finding> findings = ws.findings();
  std::vector<Finding> rule_findings = rules::check(ws, {chosen ? *chosen : nullptr, 1});
  findings.insert(findings.end(), std::make_move_iterator(rule_findings.begin()),
                  std::make_move_iterator(rule_findings.end()));
  sort_findings(findings);
  const Summary summary = summarize(findings);

  render::RenderContext context;
  context.tool = "encat-validate";
  context.version = "0.0.0-fuzz";
  context.files_checked = ws.files().size();
  context.files_unreadable = ws.unreadable_count();
  render::SourceLines sources;
  size_t h = summary.errors + summary.warnings;
  for (const render::FindingsFormat format :
       {render::FindingsFormat::Text, render::FindingsFormat::Json, render::FindingsFormat::Sarif,
        render::FindingsFormat::Junit, render::FindingsFormat::Github})
    h += render::render_findings(format, findings, context, sources).size();
  context.lang = Lang::En;
  context.color = true;
  context.fail_on_warning = true;
  h += render::render_findings(render::FindingsFormat::Text, findings, context, sources).size();
  g_sink = g_sink + h;
  return 0;
}
