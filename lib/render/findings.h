// Findings in every output format. Renderers return the whole output as a
// string; the tools write it (atomically, with util's write_file_atomic).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "render/source_lines.h"

namespace encat::render {

class JsonWriter;

// Where the project lives; SARIF's tool.driver.informationUri. Each code's
// page is at kInformationUri + "docs/findings/<CODE>.md".
// The project has no public address yet: replace this when it has one.
inline constexpr std::string_view kInformationUri = "https://encat.invalid/";

enum class FindingsFormat { Text, Json, Sarif, Junit, Github };

// "text", "json", "sarif", "junit", "github".
std::optional<FindingsFormat> parse_findings_format(std::string_view name);
std::string_view findings_format_name(FindingsFormat format);

struct RenderContext {
  std::string tool = "encat-validate";  // the program, as it names itself
  std::string version;                  // its version (SARIF)
  Lang lang = Lang::Zh;
  bool color = false;                   // ANSI colour in `text` (never in the others)
  size_t files_checked = 0;
  size_t files_unreadable = 0;          // of those, could not be opened or read
  bool fail_on_warning = false;         // warnings fail too (JUnit failures)
};

// "检查了 3 个文件：1 个错误，2 个警告" / "checked 3 files: 1 error, 2 warnings",
// or "... no problems found". No newline.
// With unreadable files: "检查了 3 个文件（1 个无法读取）：…" / "checked 3 files (1 unreadable): …".
std::string summary_line(const Summary& summary, size_t files_checked, Lang lang, size_t unreadable = 0);

// rustc-style diagnostics with source snippets, then the summary line.
std::string render_text(const std::vector<Finding>& findings, const RenderContext& context, SourceLines& sources);
// The same diagnostics without the summary line (for reports that list findings).
std::string render_text_findings(const std::vector<Finding>& findings, const RenderContext& context,
                                 SourceLines& sources);
// The same, with what a report adds under each finding: `about[i]` (none, or
// one per finding; empty ones left out) as a `= note:` and, with `fixes`,
// its code's fix line (CodeInfo::fix_zh, fix_en) as a `= help:`.
struct FindingExtras {
  const std::vector<Text>* about = nullptr;
  bool fixes = false;
};
std::string render_text_findings(const std::vector<Finding>& findings, const RenderContext& context,
                                 SourceLines& sources, const FindingExtras& extras);
// One finding as tools.md's JSON object (for reports that list findings).
void write_finding_json(JsonWriter& json, const Finding& finding, Lang lang);
// Its fields alone, inside an object the caller opened (to add fields of its own).
void write_finding_fields(JsonWriter& json, const Finding& finding, Lang lang);
// {"version": 1, "tool", "files", "findings", "summary"} as tools.md gives it.
std::string render_json(const std::vector<Finding>& findings, const RenderContext& context);
// SARIF 2.1.0: one run, every code as a rule.
std::string render_sarif(const std::vector<Finding>& findings, const RenderContext& context);
// JUnit XML: a test suite per file with findings, a test case per finding.
std::string render_junit(const std::vector<Finding>& findings, const RenderContext& context);
// GitHub Actions workflow commands (::error / ::warning), then the summary line.
std::string render_github(const std::vector<Finding>& findings, const RenderContext& context);

std::string render_findings(FindingsFormat format, const std::vector<Finding>& findings,
                            const RenderContext& context, SourceLines& sources);

}  // namespace encat::render
