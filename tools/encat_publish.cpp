// encat-publish PATH… --catalog ID --format md|json|csv|xlsx|html [-o FILE] [--all] [--columns full] [--bom]
// encat-publish PATH… --townships COUNTY [--year Y] …
// encat-publish PATH… --catalog NEW_ID --changes-from OLD_ID …
// encat-publish PATH… --laws [--year Y] …
//
// The announcement table of one catalog (tools.md encat-publish): the
// notice's header, the matters grouped by domain, the summary line; or, with
// --townships, one notice for every township of a county in force in the
// year (default: the audit's, the latest edition year present), townships
// with identical lists sharing one paragraph and table. A township's matters
// take their details from its `draws_from` catalogs, which must be among the
// PATHs. Only matters in force (有效) unless --all; --columns full shows every
// field of a matter. With --changes-from, the adjustment notice (调整公告)
// from an earlier edition OLD_ID to the catalog (publish/changes.h). With
// --laws, the law guide (法规指引, publish/laws.h) of the unified, extension and
// department catalogs in force in the year (default: the latest edition year
// present), against the loaded `laws` registers. A lenient list (--catalog)
// is its announcement table (publish/lenient.h).
//
// Invalid input is never used: files with error-level E0xx findings (and
// overlapping editions, E212) are shown on standard error and nothing is
// published (exit 2). Exit 0 when the table was written.
#include <algorithm>
#include <fmt/format.h>

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <iostream>

#include "audit/audit.h"
#include "common/driver.h"
#include "present/publish_report.h"
#include "publish/changes.h"
#include "publish/laws.h"
#include "publish/lenient.h"
#include "publish/notice.h"
#include "render/findings.h"
#include "render/snippet.h"
#include "rules/rules.h"

using namespace encat;

namespace {

struct PublishOptions {
  std::string catalog;
  std::string townships;
  std::string changes_from;
  std::string columns = "default";
  int year = 0;
  bool all = false;
  bool bom = false;
  bool laws = false;
};

// Shows the files left out (their findings first) on standard error.
void show_left_out(const std::vector<Finding>& left_out, const model::Workspace& ws, const tool::Session& session) {
  tool::print_findings("encat-publish", left_out, ws, session);
  tool::print_error(session.lang, text("输入有错误，未发布（先用 encat-validate 修正）",
                                       "the input has errors and nothing was published (fix them first: encat-validate)"));
}

void note_unresolved(const publish::Notice& notice, Lang lang) {
  if (notice.unresolved.empty()) return;
  constexpr size_t named = 5;
  std::string codes;
  for (size_t i = 0; i < notice.unresolved.size() && i < named; ++i)
    codes += fmt::format("{}`{}`", i ? "、" : "", notice.unresolved[i]);
  const size_t more = notice.unresolved.size() > named ? notice.unresolved.size() - named : 0;
  std::cerr << render::printable(
                   text("note: 乡镇目录所列 {0} 项事项不在其已载入的事项来源目录（`draws_from`）中，这些行只有代码：{1}{2}",
                        "note: {0} matters listed by a township are in none of its loaded `draws_from` catalogs; their "
                        "rows have the code only: {1}{3}",
                        notice.unresolved.size(), codes, more ? std::string(" 等") : std::string(),
                        more ? fmt::format(" and {} more", more) : std::string())
                       .in(lang))
            << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  using tool::tr;
  tool::read_cli_lang(argc, argv);
  CLI::App app{tool::summary("encat-publish"), "encat-publish"};
  tool::CommonOptions options;
  options.format = "md";
  PublishOptions publish_options;
  tool::add_common_options(app, options, {"md", "markdown", "json", "csv", "xlsx", "html"});
  auto* catalog =
      app.add_option("--catalog", publish_options.catalog, tr("要发布的目录的 id", "the id of the catalog to publish"))
          ->type_name("ID");
  auto* townships = app.add_option("--townships", publish_options.townships,
                                   tr("把一县（市、区）当年生效的全部乡镇（街道）目录合为一份公告（县的 6 位代码）",
                                      "one notice for all townships of a county in force in the year (its 6-digit code)"))
                        ->type_name("COUNTY")
                        ->excludes(catalog);
  catalog->excludes(townships);
  auto* changes_from =
      app.add_option("--changes-from", publish_options.changes_from,
                     tr("与 `--catalog` 同用：从这一较早版本到该目录的调整公告",
                        "with --catalog: the adjustment notice (调整公告) from this earlier edition to the catalog"))
          ->type_name("OLD_ID");
  auto* laws = app.add_flag("--laws", publish_options.laws,
                            tr("法规指引：生效目录引用的每部法律法规，及以它为依据的事项",
                               "the law guide (法规指引): each law the catalogs in force cite, with the matters relying on it"));
  auto* year = app.add_option("--year", publish_options.year,
                              tr("与 `--townships` 或 `--laws` 同用：年份（默认：已有版本中最新的年份）",
                                 "with --townships or --laws: the year (default: the latest edition year present)"))
                   ->type_name("YEAR");
  app.add_option("--columns", publish_options.columns,
                 tr("default，或 full：列出事项的全部字段", "default, or full: every field of a matter"))
      ->check(CLI::IsMember({"default", "full"}))
      ->type_name("COLUMNS");
  app.add_flag("--all", publish_options.all, tr("全部事项，不只是有效的", "every matter, not only those in force (有效)"));
  app.add_flag("--bom", publish_options.bom,
               tr("CSV：开头写入 UTF-8 字节顺序标记（供 Excel 识别）", "CSV: a UTF-8 byte order mark first (for Excel)"));

  return tool::run_main(app, argc, argv, [&] {
    const Lang lang = options.lang == "en" ? Lang::En : Lang::Zh;
    if (laws->count() > 0 && (catalog->count() > 0 || townships->count() > 0 || changes_from->count() > 0)) {
      const char* other = catalog->count() > 0 ? "--catalog" : townships->count() > 0 ? "--townships" : "--changes-from";
      tool::print_error(lang, text("`--laws` 发布已载入目录的法规指引，不能与 `{0}` 同用",
                                   "`--laws` publishes the law guide of the loaded catalogs: it cannot be used with `{0}`",
                                   other));
      return tool::exit_usage;
    }
    if (catalog->count() == 0 && townships->count() == 0 && laws->count() == 0) {
      tool::print_error(lang, text("请用 `--catalog ID` 给出要发布的目录，或用 `--townships COUNTY` 发布一县的乡镇目录，"
                                   "或用 `--laws` 发布法规指引",
                                   "give the catalog to publish with `--catalog ID`, a county's townships with "
                                   "`--townships COUNTY`, or the law guide with `--laws`"));
      return tool::exit_usage;
    }
    if (year->count() > 0 && townships->count() == 0 && laws->count() == 0) {
      tool::print_error(lang, text("`--year` 与 `--townships` 或 `--laws` 同用",
                                   "`--year` goes with `--townships` or `--laws`"));
      return tool::exit_usage;
    }
    if (changes_from->count() > 0 && townships->count() > 0) {
      tool::print_error(lang, text("`--changes-from` 比较一个目录的两版，与 `--catalog` 同用，不能与 `--townships` 同用",
                                   "`--changes-from` compares two editions of one catalog: use it with `--catalog`, not "
                                   "with `--townships`"));
      return tool::exit_usage;
    }
    if (townships->count() > 0 && !audit::is_county(publish_options.townships)) {
      tool::print_error(lang, text("`--townships {}` 不是县级区划代码（6 位数字，不以 00 结尾）",
                                   "`--townships {}` is not a county's region code (6 digits, not ending in 00)",
                                   publish_options.townships));
      return tool::exit_usage;
    }
    const auto format = *render::parse_publish_format(options.format);
    if (format == render::PublishFormat::Xlsx && (options.output.empty() || options.output == "-") &&
        ::isatty(STDOUT_FILENO) == 1) {
      tool::print_error(lang, text("XLSX 是二进制文件，不写到终端：请用 `-o FILE.xlsx`",
                                   "an XLSX workbook is binary and is not written to a terminal: use `-o FILE.xlsx`"));
      return tool::exit_usage;
    }
    render::PublishContext context{publish_options.bom, std::nullopt};
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
      char* end = nullptr;
      errno = 0;
      const long long seconds = std::strtoll(epoch, &end, 10);
      if (errno || *end || seconds < 0) {
        tool::print_error(lang, text("环境变量 `SOURCE_DATE_EPOCH={}` 不是自 1970 年起的秒数",
                                     "`SOURCE_DATE_EPOCH={}` is not a number of seconds since 1970", epoch));
        return tool::exit_usage;
      }
      context.created = seconds;
    }
    std::optional<tool::Session> session = tool::prepare(options);
    if (!session) return tool::exit_usage;
    tool::Session& s = *session;
    model::Workspace ws = tool::load_workspace(s);
    if (ws.unreadable_count() > 0) return tool::exit_usage;
    const std::vector<Finding> left_out = rules::leave_out_invalid(ws, s.config.severities);
    if (!left_out.empty()) {
      show_left_out(left_out, ws, s);
      return tool::exit_usage;
    }
    s.timings.mark("check");

    const publish::SourceLookup lookup = [&ws](std::string_view id) { return ws.find(id); };
    const publish::Options publish{publish_options.all, publish_options.columns == "full"};
    publish::Notice notice;
    if (laws->count() > 0) {
      int y = publish_options.year;
      if (!y)  // the latest edition year present
        for (const model::Catalog& c : ws.catalogs())
          if (model::has_matters(c.kind) && c.edition) y = std::max(y, *c.edition);
      const std::vector<const model::Catalog*> guide = publish::guide_catalogs(ws, y);
      if (guide.empty()) {
        tool::print_error(lang, text("{} 年没有有效的统一目录、地方扩展目录或部门目录，没有法规指引",
                                     "in {}, no unified, extension or department catalog is in force: there is no law guide",
                                     y));
        return tool::exit_usage;
      }
      std::vector<const model::Catalog*> registers;
      for (const model::Catalog& c : ws.catalogs())
        if (c.kind == model::Kind::Laws) registers.push_back(&c);
      notice = publish::build_law_guide(guide, registers, y, publish);
    } else if (catalog->count() > 0) {
      const model::Catalog* c = ws.find(publish_options.catalog);
      if (!c) {
        tool::print_error(lang, text("没有找到目录 `{}`", "no catalog `{}` was found", publish_options.catalog));
        return tool::exit_usage;
      }
      if (!publish::publishable(c->kind)) {
        tool::print_error(lang, text("`{}` 是{}，没有公告表（可发布：统一目录、地方扩展目录、乡镇目录、部门目录、监管事项清单、轻微违法不予处罚清单）",
                                     "`{}` is a {} file, which has no announcement table (unified, extension, township, "
                                     "department and supervision catalogs and lenient lists have)",
                                     c->id, lang == Lang::En ? model::kind_name(c->kind) : model::kind_title_zh(c->kind)));
        return tool::exit_usage;
      }
      if (c->kind == model::Kind::Lenient && changes_from->count() > 0) {
        tool::print_error(lang, text("`--changes-from` 不适用于轻微违法不予处罚清单 `{}`",
                                     "`--changes-from` does not apply to the lenient list `{}`", c->id));
        return tool::exit_usage;
      }
      if (c->kind == model::Kind::Lenient) {
        notice = publish::build_lenient_notice(*c, publish::lenient_sources(ws, *c));
      } else if (changes_from->count() > 0) {
        const model::Catalog* old = ws.find(publish_options.changes_from);
        if (!old) {
          tool::print_error(lang, text("没有找到 `--changes-from` 的目录 `{}`", "no catalog `{}` was found (`--changes-from`)",
                                       publish_options.changes_from));
          return tool::exit_usage;
        }
        auto edition = [lang](const model::Catalog& e) {
          const std::string year = e.edition ? std::to_string(*e.edition) : std::string("?");
          const std::string date = e.effective_text.empty() ? std::string("?") : std::string(e.effective_text);
          return lang == Lang::En ? fmt::format("`{}` ({}, in force {})", e.id, year, date)
                                  : fmt::format("`{}`（{} 年版，{} 施行）", e.id, year, date);
        };
        switch (publish::check_editions(*old, *c)) {
          case publish::EditionsProblem::DifferentCatalogs:
            tool::print_error(
                lang, text("`{}`（{}，{}）与 `{}`（{}，{}）不是同一目录的两版：目录类型、行政区划代码（部门目录还有部门）须相同",
                           "`{}` ({}, {}) and `{}` ({}, {}) are not two editions of one catalog: the kind, the region "
                           "and (for department catalogs) the department must be the same",
                           old->id, lang == Lang::En ? model::kind_name(old->kind) : model::kind_title_zh(old->kind),
                           old->region, c->id, lang == Lang::En ? model::kind_name(c->kind) : model::kind_title_zh(c->kind),
                           c->region));
            return tool::exit_usage;
          case publish::EditionsProblem::NotOlder:
            tool::print_error(lang, text("{}不早于 {}：`--changes-from` 给出较早的一版",
                                         "{} is not older than {}: `--changes-from` names the earlier edition",
                                         edition(*old), edition(*c)));
            return tool::exit_usage;
          case publish::EditionsProblem::None: break;
        }
        notice = publish::build_changes_notice(*old, *c, lookup, publish);
      } else {
        notice = publish::build_notice(*c, lookup, publish);
      }
    } else {
      const std::string& county = publish_options.townships;
      const int year = publish_options.year ? publish_options.year : audit::default_year(ws, {county});
      std::vector<const model::Catalog*> list;
      for (const model::Catalog& c : ws.catalogs())
        if (c.kind == model::Kind::Township && c.county == county && ws.in_force(c, year)) list.push_back(&c);
      std::stable_sort(list.begin(), list.end(),
                       [](const model::Catalog* a, const model::Catalog* b) { return a->region < b->region; });
      if (list.empty()) {
        tool::print_error(lang, text("{} 年县 `{}` 没有有效的乡镇目录", "in {}, county `{}` has no township catalog in force",
                                     year, county));
        return tool::exit_usage;
      }
      // The county by name in the title, as encat-audit names it: the registry's
      // `regions` (the one configured, else the only one loaded), else a
      // catalog's title (江山市综合行政执法…), else the code.
      const model::Catalog* registry = nullptr;
      if (s.config.registry)
        if (const model::Catalog* r = ws.find(*s.config.registry); r && r->kind == model::Kind::Registry) registry = r;
      if (!registry) {
        const auto choice = ws.choose(model::Kind::Registry, std::nullopt);
        if (const auto* only = std::get_if<const model::Catalog*>(&choice)) registry = *only;
      }
      notice = publish::build_townships_notice(list, county, audit::region_name(ws, registry, county), year, lookup,
                                               publish);
    }
    note_unresolved(notice, lang);
    s.timings.mark("publish");
    std::string output;
    try {
      output = render::render_publish(format, notice, context);
    } catch (const render::XlsxError& error) {  // libxlsxwriter could not write the workbook
      tool::print_error(lang, error.message);
      return tool::exit_usage;
    }
    if (!tool::emit(output, options, s)) return tool::exit_usage;
    return tool::exit_clean;
  });
}
