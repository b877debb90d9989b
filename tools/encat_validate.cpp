// encat-validate PATH…: every E0xx, E1xx and E2xx finding of the catalogs.
#include "common/driver.h"
#include "render/findings.h"
#include "rules/rules.h"

using namespace encat;

int main(int argc, char** argv) {
  using tool::tr;
  tool::read_cli_lang(argc, argv);
  CLI::App app{tool::summary("encat-validate"), "encat-validate"};
  tool::CommonOptions options;
  std::string fail_on = "error";
  std::string registry_id;
  tool::add_common_options(app, options, {"text", "json", "sarif", "junit", "github"});
  app.add_option("--fail-on", fail_on,
                 tr("达到这一严重程度即判为失败（退出码 1）：error 或 warning",
                    "lowest severity that fails the run (exit 1): error or warning"))
      ->check(CLI::IsMember({"error", "warning"}))
      ->capture_default_str()
      ->type_name("LEVEL");
  app.add_option("--registry", registry_id,
                 tr("核对名称和代码所依据的登记册（id；默认：唯一载入的登记册）",
                    "the registry id to check names and codes against (default: the only one loaded)"))
      ->type_name("ID");

  return tool::run_main(app, argc, argv, [&] {
    std::optional<tool::Session> session = tool::prepare(options);
    if (!session) return tool::exit_usage;
    session->keep_sources = options.format == "text";  // only text shows source lines
    const model::Workspace ws = tool::load_workspace(*session);

    const auto registry = tool::choose_reference(
        ws, model::Kind::Registry, registry_id.empty() ? session->config.registry : registry_id);
    if (const Text* error = std::get_if<Text>(&registry)) {
      tool::print_error(session->lang, *error);
      return tool::exit_usage;
    }
    std::vector<Finding> findings = ws.findings();
    std::vector<Finding> rule_findings =
        rules::check(ws, {std::get<const model::Catalog*>(registry), session->jobs});
    findings.insert(findings.end(), std::make_move_iterator(rule_findings.begin()),
                    std::make_move_iterator(rule_findings.end()));
    apply_severities(findings, session->config.severities);
    sort_findings(findings);
    session->timings.mark("rules");

    render::RenderContext context;
    context.tool = "encat-validate";
    context.version = ENCAT_VERSION;
    context.lang = session->lang;
    context.color = session->color;
    context.files_checked = session->files.size();
    context.files_unreadable = ws.unreadable_count();
    context.fail_on_warning = fail_on == "warning";
    render::SourceLines sources;
    tool::add_sources(sources, ws, findings);
    const std::string output =
        render::render_findings(*render::parse_findings_format(options.format), findings, context, sources);
    if (!tool::emit(output, options, *session) || context.files_unreadable > 0) return tool::exit_usage;

    const Summary summary = summarize(findings);
    const bool failed = summary.errors > 0 || (context.fail_on_warning && summary.warnings > 0);
    return failed ? tool::exit_findings : tool::exit_clean;
  });
}
