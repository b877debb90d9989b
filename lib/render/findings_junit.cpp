// JUnit XML as GitLab and Jenkins render it: a <testsuite> per file with
// findings, a <testcase> per finding. Error-level findings are <failure>s;
// warnings pass with their text in <system-out>, unless warnings fail too.
#include <fmt/format.h>

#include <map>

#include "render/code_points.h"
#include "render/findings.h"

namespace encat::render {
namespace {

std::string attr(std::string_view text) { return markup_escape(text, true); }

// Jenkins splits a class name at its last '.' into package and class; a file
// name without its extension, and with '_' for other dots, stays whole.
std::string class_name(std::string_view file) {
  std::string name(file);
  for (std::string_view ext : {".yaml", ".yml"})
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0)
      name.resize(name.size() - ext.size());
  for (char& c : name)
    if (c == '.') c = '_';
  return name;
}

std::string case_name(const Finding& finding) {
  const CodeInfo& info = finding.info();
  const Location& at = finding.location;
  if (at.line == 0) return fmt::format("{} {}", info.id, info.name);
  if (at.column == 0) return fmt::format("{} {} at {}", info.id, info.name, at.line);
  return fmt::format("{} {} at {}:{}", info.id, info.name, at.line, at.column);
}

// The finding as plain text, like the text format without the snippet.
std::string details(const Finding& finding, Lang lang) {
  std::string text = fmt::format("{}[{}]: {}\n  --> {}\n", severity_name(finding.severity), finding.info().id,
                                 finding.message.in(lang), finding.location.str());
  for (const Note& note : finding.notes) text += fmt::format("  = note: {}\n", note.text.in(lang));
  return text;
}

struct Suite {
  std::vector<const Finding*> findings;
  size_t failures = 0;
};

}  // namespace

std::string render_junit(const std::vector<Finding>& findings, const RenderContext& context) {
  const auto fails = [&](const Finding& f) {
    return f.severity == Severity::Error || (context.fail_on_warning && f.severity == Severity::Warning);
  };
  // One suite per file, in the order of their first findings (findings come sorted by file).
  std::vector<std::pair<std::string, Suite>> suites;
  std::map<std::string_view, size_t> index;
  size_t failures = 0;
  for (const Finding& finding : findings) {
    auto [it, added] = index.try_emplace(finding.location.file, suites.size());
    if (added) suites.emplace_back(finding.location.file, Suite{});
    Suite& suite = suites[it->second].second;
    suite.findings.push_back(&finding);
    if (fails(finding)) {
      ++suite.failures;
      ++failures;
    }
  }

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  const std::string tool = attr(context.tool);
  if (findings.empty()) {
    // A clean run is one passing case, so CI shows that the check ran.
    out += fmt::format("<testsuites name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
                       "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
                       "    <testcase name=\"{1}\" classname=\"{0}\"/>\n"
                       "  </testsuite>\n"
                       "</testsuites>\n",
                       tool, attr(summary_line({}, context.files_checked, context.lang, context.files_unreadable)));
    return out;
  }
  out += fmt::format("<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", tool, findings.size(),
                     failures);
  for (const auto& [file, suite] : suites) {
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                       attr(file), suite.findings.size(), suite.failures);
    for (const Finding* finding : suite.findings) {
      out += fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\">\n", attr(case_name(*finding)),
                         attr(class_name(file)), attr(file));
      const std::string text = markup_escape(details(*finding, context.lang));
      if (fails(*finding))
        out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", finding->info().id,
                           attr(finding->message.in(context.lang)), text);
      else
        out += fmt::format("      <system-out>{}</system-out>\n", text);
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace encat::render
