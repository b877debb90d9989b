// encat-import TABLE --kind KIND --id ID [-o FILE] [--title T] [--region CODE] [--edition N]
//              [--effective YYYY-MM-DD] [--document 文号] [--issuer …] [--sheet NAME] [--encoding utf-8|gb18030]
//
// Reads an announcement table (.csv or .xlsx: what encat-publish writes, or
// a real attachment) into a catalog file of KIND in canonical form
// (tools.md encat-import; lib/import says what it copes with). Header fields
// come from the flags, else from the title and 文号/施行日期 rows above the
// table's header. Nothing is written unless every row was read and the
// catalog passes encat-validate's checks (E0xx, E1xx; references to catalogs
// not loaded here aside).
//
// Exit 0 written; 1 error-level findings (nothing written); 2 usage, or a
// table that cannot be read (T001, E002, E006), or a failed write.
#include <filesystem>
#include <iostream>

#include "common/driver.h"
#include "import/import.h"
#include "model/fields.h"
#include "render/findings.h"
#include "render/snippet.h"
#include "util/files.h"

using namespace encat;

namespace {

struct ImportFlags {
  std::string kind, id, sheet, power, encoding = "utf-8";
  std::string title, region, county, issuer, document, effective, supersedes, approval, extends, department;
  int edition = 0;
  std::vector<std::string> draws_from;
};

std::optional<std::string> given(const CLI::App& app, const char* name, const std::string& value) {
  return app.count(name) ? std::optional<std::string>(value) : std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  using tool::tr;
  tool::read_cli_lang(argc, argv);
  CLI::App app{tool::summary("encat-import"), "encat-import"};
  tool::CommonOptions options;
  ImportFlags flags;
  tool::add_common_options(app, options, {"text"});
  app.remove_option(app.get_option("PATH"));
  app.remove_option(app.get_option("-f"));
  app.remove_option(app.get_option("-j"));
  app.add_option("TABLE", options.paths,
                 tr("公告表：.csv（UTF-8，带不带 BOM 均可；GB18030 须用 `--encoding`）或 .xlsx",
                    "the table: .csv (UTF-8, with or without BOM; or GB18030 with --encoding) or .xlsx"))
      ->required()
      ->expected(1)
      ->type_name("FILE");
  app.add_option("--kind", flags.kind, tr("要写出的目录种类", "the kind of catalog to write"))
      ->required()
      ->check(CLI::IsMember({"unified", "extension", "township", "department", "supervision"}))
      ->type_name("KIND");
  app.add_option("--id", flags.id, tr("新目录的 id", "the catalog's id"))->required()->type_name("ID");
  app.add_option("--title", flags.title, tr("标题（默认：表格的标题行）", "the title (default: the table's title row)"))
      ->type_name("TITLE");
  app.add_option("--region", flags.region, tr("行政区划代码（GB/T 2260）", "the region code (GB/T 2260)"))
      ->type_name("REGION");
  app.add_option("--edition", flags.edition,
                 tr("版本年份（默认：标题中的年份，否则为施行日期的年份）",
                    "the edition year (default: the title's year, else the effective date's)"))
      ->check(CLI::Range(1949, 2200).description("[1949 - 2200]"))
      ->type_name("YEAR");
  app.add_option("--effective", flags.effective,
                 tr("施行日期（YYYY-MM-DD；默认：表格的“施行日期”行）",
                    "in force from (YYYY-MM-DD; default: the table's 施行日期 row)"))
      ->type_name("DATE");
  app.add_option("--document", flags.document,
                 tr("文号（默认：表格的“文号”行）", "the document number (文号; default: the table's 文号 row)"))
      ->type_name("DOCUMENT");
  app.add_option("--issuer", flags.issuer,
                 tr("发文机关（默认：表格的“发文机关”行）", "the issuer (发文机关; default: the table's 发文机关 row)"))
      ->type_name("NAME");
  app.add_option("--supersedes", flags.supersedes,
                 tr("本版所取代的上一版目录的 id", "the id of the edition this one supersedes"))
      ->type_name("ID");
  app.add_option("--approval", flags.approval, tr("批准文件", "the approving document"))->type_name("DOCUMENT");
  app.add_option("--extends", flags.extends,
                 tr("地方扩展目录：所扩展的统一目录（id）", "extension: the unified catalog it extends (id)"))
      ->type_name("ID");
  app.add_option("--county", flags.county,
                 tr("乡镇（街道）目录：所属县（市、区）的代码（默认：区划代码的前 6 位）",
                    "township: the county's code (default: the region's first 6 digits)"))
      ->type_name("COUNTY");
  app.add_option("--draws-from", flags.draws_from,
                 tr("乡镇（街道）目录：事项出自的目录（id，以逗号分隔）", "township: the catalogs its matters come from (ids)"))
      ->delimiter(',')
      ->type_name("ID");
  app.add_option("--department", flags.department, tr("专业部门清单：部门名称", "department: the department's name"))
      ->type_name("NAME");
  app.add_option("--sheet", flags.sheet,
                 tr("xlsx：要读取的工作表（默认：第一个有表头行的可见工作表）",
                    "xlsx: the sheet to read (default: the first visible sheet with a header row)"))
      ->type_name("SHEET");
  std::vector<std::string> powers;
  for (size_t i = 0; i < model::words_of(model::Power{}).size; ++i)
    powers.emplace_back(model::words_of(model::Power{})[i]);
  app.add_option("--power", flags.power,
                 tr("没有职权类型、名称也看不出的行所用的职权类型（默认：这样的行报错）",
                    "the power type (职权类型) of rows that have none and whose name does not say it "
                    "(default: such a row is an error)"))
      ->check(CLI::IsMember(powers))
      ->type_name("POWER");
  app.add_option("--encoding", flags.encoding, tr("CSV：文件的编码", "CSV: the encoding"))
      ->check(CLI::IsMember({"utf-8", "gb18030"}))
      ->capture_default_str()
      ->type_name("ENCODING");

  return tool::run_main(app, argc, argv, [&] {
    std::optional<tool::Session> session = tool::prepare(options);
    if (!session) return tool::exit_usage;
    if (session->files.size() != 1 || std::filesystem::is_directory(options.paths.front())) {
      tool::print_error(session->lang, text("`TABLE` 应为一个表格文件（.csv 或 .xlsx）", "`TABLE` must be one table file (.csv or .xlsx)"));
      return tool::exit_usage;
    }
    const std::string& path = session->files.front();

    import::Options import_options;
    import_options.kind = *model::parse_kind(flags.kind);
    import_options.id = flags.id;
    import_options.sheet = flags.sheet;
    import_options.encoding = flags.encoding == "gb18030" ? tabular::CsvEncoding::Gb18030 : tabular::CsvEncoding::Utf8;
    import_options.limits.max_bytes = session->config.limits.max_file_size;
    for (size_t i = 0; i < powers.size(); ++i)
      if (flags.power == powers[i]) import_options.power = static_cast<model::Power>(i);
    import::HeaderFlags& h = import_options.header;
    h.title = given(app, "--title", flags.title);
    h.region = given(app, "--region", flags.region);
    h.county = given(app, "--county", flags.county);
    h.issuer = given(app, "--issuer", flags.issuer);
    h.document = given(app, "--document", flags.document);
    h.effective = given(app, "--effective", flags.effective);
    h.supersedes = given(app, "--supersedes", flags.supersedes);
    h.approval = given(app, "--approval", flags.approval);
    h.extends = given(app, "--extends", flags.extends);
    h.department = given(app, "--department", flags.department);
    if (app.count("--edition")) h.edition = flags.edition;
    h.draws_from = flags.draws_from;

    const FileBytes file = read_file(path, session->config.limits.max_file_size);
    if (file.status == FileBytes::Status::Unreadable) {
      tool::print_error(session->lang, text("无法读取 `{}`：{}", "cannot read `{}`: {}", path, file.error.in(session->lang)));
      return tool::exit_usage;
    }
    import::Imported imported;
    if (file.status == FileBytes::Status::TooLarge) {
      imported.findings.push_back(make_finding(Code::E006, {path, 0, 0, 0},
                                               text("文件大小 {} 字节超过上限 {} 字节", "the file is {} bytes, larger than the limit of {} bytes",
                                                    file.size, session->config.limits.max_file_size)));
      imported.unreadable = true;
    } else {
      imported = import::import_bytes(file.bytes, path, import_options, session->load_options());
    }
    session->timings.mark("import");

    apply_severities(imported.findings, session->config.severities);
    // A table is no YAML file: its findings show the place (row, column, cell) without a source line.
    render::SourceLines no_lines;
    if (!imported.findings.empty()) tool::print_findings("encat-import", imported.findings, no_lines, *session);
    for (const Text& note : imported.notes) std::cerr << "note: " << render::printable(note.in(session->lang)) << '\n';
    if (imported.unreadable) {
      tool::print_error(session->lang, text("无法读取表格 `{}`，未写入目录", "cannot read the table `{}`; no catalog was written", path));
      return tool::exit_usage;
    }
    const Summary summary = summarize(imported.findings);
    if (summary.errors > 0 || imported.yaml.empty()) {
      tool::print_error(session->lang, text("表格有 {} 处错误，未写入目录", "the table has errors ({}); no catalog was written",
                                            summary.errors));
      return tool::exit_findings;
    }
    if (!tool::emit(imported.yaml, options, *session)) return tool::exit_usage;
    if (summary.warnings > 0)
      std::cerr << render::printable(text("表格有 {} 个警告；已读取 {} 项并写入目录", "the table has warnings ({}); {} records were read and written",
                                          summary.warnings, imported.records)
                                         .in(session->lang))
                << '\n';
    return tool::exit_clean;
  });
}
