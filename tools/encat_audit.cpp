// encat-audit PATH… --region CODE [--year Y | --years A-B] [--targets ID] [--registry ID] [--check]
// encat-audit PATH… --province [--year Y] [--sort FIGURE]
// Boundary gaps (B3xx) and the yearly coverage figures of a county, or of
// every county at once.
#include "audit/audit.h"
#include "audit/league_report.h"
#include "common/driver.h"
#include "present/audit_report.h"
#include "rules/rules.h"

using namespace encat;

namespace {

struct AuditOptions {
  std::string region;
  int year = 0;
  std::string years;
  std::string targets;
  std::string registry;
  bool check = false;
  bool province = false;
  std::string sort;
  int precision = 1;
};

// The years an audit may ask for: those an `edition` may have (the schemas'
// 1949–2200), so every catalog's year can be audited and 0 or -5 is a typo.
constexpr int first_year = 1949, last_year = 2200;
bool sane_year(int year) { return year >= first_year && year <= last_year; }

// "2021-2023" → {2021, 2022, 2023}; empty when malformed or out of range.
std::vector<int> parse_years(const std::string& text) {
  const size_t dash = text.find('-');
  if (dash == std::string::npos) return {};
  try {
    size_t used_first = 0, used_last = 0;
    const int first = std::stoi(text.substr(0, dash), &used_first);
    const int last = std::stoi(text.substr(dash + 1), &used_last);
    if (used_first != dash || used_last != text.size() - dash - 1 || first > last || last - first > 100 ||
        !sane_year(first) || !sane_year(last))
      return {};
    std::vector<int> years;
    for (int y = first; y <= last; ++y) years.push_back(y);
    return years;
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace

int main(int argc, char** argv) {
  using tool::tr;
  tool::read_cli_lang(argc, argv);
  CLI::App app{tool::summary("encat-audit"), "encat-audit"};
  tool::CommonOptions options;
  AuditOptions audit_options;
  tool::add_common_options(app, options, {"text", "markdown", "json", "html"});
  auto* region = app.add_option("--region", audit_options.region,
                                tr("县（市、区）的 6 位行政区划代码，如 330881", "the county's 6-digit region code, e.g. 330881"))
                     ->type_name("REGION");
  auto* province = app.add_flag("--province", audit_options.province,
                                tr("评估路径下的每个县（市、区），列出排名表", "every county found under the paths (a league table)"));
  region->excludes(province);
  auto* year = app.add_option("--year", audit_options.year,
                              tr("年份，1949–2200（默认：已有版本中最新的年份）",
                                 "the year, 1949–2200 (default: the latest edition year present)"))
                   ->type_name("YEAR");
  app.add_option("--years", audit_options.years,
                 tr("年份范围，每年一列，如 2021-2023（1949–2200，至多 101 年）",
                    "a range of years, one column each, e.g. 2021-2023 (1949–2200, at most 101)"))
      ->type_name("A-B")
      ->excludes(year)
      ->excludes(province);
  app.add_option("--targets", audit_options.targets,
                 tr("核对各项指标所依据的目标（id）", "the targets id to check the figures against"))
      ->type_name("ID");
  app.add_option("--registry", audit_options.registry,
                 tr("登记册（id）：按它核对一县应有的乡镇（街道）清单和专业部门清单（默认：唯一载入的）",
                    "the registry whose `regions` and `specialist_departments` a county needs lists for "
                    "(default: the only one loaded)"))
      ->type_name("ID");
  app.add_option("--sort", audit_options.sort,
                 tr("与 `--province` 同用：各县按这项指标从高到低排列，n/a 在最后，相同时按代码：" +
                        audit::figure_choices().zh + "（默认：`matter_share`）",
                    "--province: the figure the counties are ordered by, highest first, n/a last, ties by code: " +
                        audit::figure_names() + " (default: matter_share)"))
      ->type_name("FIGURE")
      ->needs(province);
  app.add_option("--precision", audit_options.precision,
                 tr("指标百分比显示的小数位数（默认 1）", "decimals the figures' percentages are shown to (default 1)"))
      ->type_name("N")
      ->check(CLI::Range(0, 6).description("[0 - 6]"));
  app.add_flag("--check", audit_options.check,
               tr("有目标未达到，或有错误级别的边界缺口时，退出码为 1",
                  "exit 1 when a target is missed or a boundary gap is an error"));

  return tool::run_main(app, argc, argv, [&] {
    std::optional<tool::Session> session = tool::prepare(options);
    if (!session) return tool::exit_usage;
    const Lang lang = session->lang;
    if (!audit_options.province && !audit::is_county(audit_options.region)) {
      tool::print_error(lang, audit_options.region.empty()
                                  ? text("请用 `--region` 给出县级区划代码，或用 `--province` 评估全部县",
                                         "give a county with `--region CODE`, or use `--province`")
                                  : text("`--region {}` 不是县级区划代码（6 位数字，不以 00 结尾）",
                                         "`--region {}` is not a county's region code (6 digits, not ending in 00)",
                                         audit_options.region));
      return tool::exit_usage;
    }
    std::optional<audit::Figure> sort = audit::Figure::MatterShare;
    if (!audit_options.sort.empty()) sort = audit::parse_figure(audit_options.sort);
    if (!sort) {
      const Text choices = audit::figure_choices();
      tool::print_error(lang, {fmt::format("`--sort {}` 不是指标名；可选：{}", audit_options.sort, choices.zh),
                               fmt::format("`--sort {}` is not a figure; choose one of {}", audit_options.sort, choices.en)});
      return tool::exit_usage;
    }
    if (year->count() > 0 && !sane_year(audit_options.year)) {
      tool::print_error(lang, text("`--year {}` 不是有效年份（应在 {}–{} 之间）", "`--year {}` is not a year the audit covers ({}–{})",
                                   audit_options.year, first_year, last_year));
      return tool::exit_usage;
    }
    session->keep_sources = options.format == "text";  // only text shows source lines
    model::Workspace ws = tool::load_workspace(*session);

    std::optional<std::string> targets_id = session->config.targets;
    if (!audit_options.targets.empty()) targets_id = audit_options.targets;
    // Targets named but left out: the report says why (its findings come first), not "not loaded".
    const bool targets_loaded = targets_id && ws.find(*targets_id) && ws.find(*targets_id)->kind == model::Kind::Targets;
    std::optional<std::string> registry_id = session->config.registry;
    if (!audit_options.registry.empty()) registry_id = audit_options.registry;
    const bool registry_loaded = registry_id && ws.find(*registry_id) && ws.find(*registry_id)->kind == model::Kind::Registry;
    // Invalid input is never used (tools.md): files with error-level E0xx
    // findings and the later of overlapping editions (E212) are left out,
    // shown first, exit 2 (rules::leave_out_invalid says why).
    const std::vector<Finding> left_out = rules::leave_out_invalid(ws, session->config.severities);
    if (targets_loaded && !ws.find(*targets_id)) targets_id.reset();
    if (registry_loaded && !ws.find(*registry_id)) registry_id.reset();

    const auto targets = tool::choose_reference(ws, model::Kind::Targets, targets_id);
    if (const Text* error = std::get_if<Text>(&targets)) {
      tool::print_error(lang, *error);
      return tool::exit_usage;
    }
    // The registry's `regions` and `specialist_departments` (B309, B310).
    const auto registry = tool::choose_reference(ws, model::Kind::Registry, registry_id);
    if (const Text* error = std::get_if<Text>(&registry)) {
      tool::print_error(lang, *error);
      return tool::exit_usage;
    }

    std::vector<std::string> regions =
        audit_options.province ? audit::counties(ws) : std::vector<std::string>{audit_options.region};
    if (regions.empty() || (!audit_options.province && !audit::latest_edition(ws, regions.front()))) {
      tool::print_error(lang, audit_options.province
                                  ? text("没有找到任何县级目录", "no county's catalogs were found")
                                  : text("没有找到区划 `{}` 的目录", "no catalog of region `{}` was found", regions.front()));
      return tool::exit_usage;
    }

    std::vector<int> years;
    if (!audit_options.years.empty()) {
      years = parse_years(audit_options.years);
      if (years.empty()) {
        tool::print_error(lang, text("`--years {}` 应为 起始年-结束年，如 2021-2023（年份在 {}–{} 之间，至多 101 年）",
                                     "`--years {}` should be A-B, e.g. 2021-2023 (years {}–{}, at most 101 of them)",
                                     audit_options.years, first_year, last_year));
        return tool::exit_usage;
      }
    } else if (year->count() > 0) {
      years = {audit_options.year};
    } else {
      years = {audit::default_year(ws, regions)};
    }

    render::AuditContext context;
    context.lang = lang;
    context.color = session->color;
    const model::Catalog* targets_catalog = std::get<const model::Catalog*>(targets);
    if (targets_catalog) context.targets_id = std::string(targets_catalog->id);
    context.reading = left_out;
    context.sort = *sort;

    std::vector<audit::RegionAudit> audits;
    for (const std::string& r : regions) {
      audit::Options run{r, years, targets_catalog, std::get<const model::Catalog*>(registry), session->config.review_years};
      run.precision = audit_options.precision;
      audits.push_back(audit::audit_region(ws, run));
      audit::RegionAudit& a = audits.back();
      apply_severities(a.findings, session->config.severities);
      for (audit::YearFigures& y : a.years) {
        apply_severities(y.findings, session->config.severities);
        apply_severities(y.province_findings, session->config.severities);
      }
    }
    if (audit_options.province) audit::sort_league(audits, *sort);
    session->timings.mark("audit");

    const render::AuditFormat format = *render::parse_audit_format(options.format);
    render::SourceLines sources;
    tool::add_sources(sources, ws, context.reading);
    for (const audit::RegionAudit& a : audits) {
      tool::add_sources(sources, ws, a.findings);
      for (const audit::YearFigures& y : a.years) {  // the county report lists every year's gaps
        tool::add_sources(sources, ws, y.findings);
        tool::add_sources(sources, ws, y.province_findings);
      }
    }
    const std::string output = audit_options.province ? render::render_league(format, audits, context)
                                                      : render::render_audit(format, audits.front(), context, sources);
    if (!tool::emit(output, options, *session)) return tool::exit_usage;
    if (!context.reading.empty()) {
      std::vector<std::string_view> files;  // the findings are sorted by file
      for (const Finding& f : context.reading)
        if (files.empty() || files.back() != f.location.file) files.push_back(f.location.file);
      constexpr size_t named = 5;  // the report lists them all
      std::string zh, en;
      for (size_t i = 0; i < files.size() && i < named; ++i) {
        zh += fmt::format("{}`{}`", i ? "、" : "", files[i]);
        en += fmt::format("{}`{}`", i ? ", " : "", files[i]);
      }
      if (files.size() > named) {
        zh += fmt::format(" 等 {} 个", files.size());
        en += fmt::format(" and {} more", files.size() - named);
      }
      tool::print_error(lang, files.size() == 1
                                  ? Text{fmt::format("1 个文件有错误，评估未包含它：{}", zh),
                                         fmt::format("1 file has errors and was left out of the audit: {}", en)}
                                  : Text{fmt::format("{} 个文件有错误，评估未包含它们：{}", files.size(), zh),
                                         fmt::format("{} files have errors and were left out of the audit: {}", files.size(), en)});
      return tool::exit_usage;
    }
    if (ws.unreadable_count() > 0) return tool::exit_usage;
    if (audit_options.check)
      for (const audit::RegionAudit& a : audits)
        if (a.target_missed() || summarize(a.findings).errors > 0) return tool::exit_findings;
    return tool::exit_clean;
  });
}
