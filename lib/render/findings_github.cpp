// GitHub Actions workflow commands: each finding an annotation on its line,
//   ::error file=F,line=L,col=C,title=E101 duplicate_code::message
#include <fmt/format.h>

#include "render/code_points.h"
#include "render/findings.h"

namespace encat::render {
namespace {

// GitHub's escaping: '%', CR and LF in the message; also ':' and ',' in a
// property value.
std::string escape(std::string_view text, bool property) {
  std::string out;
  for (char c : valid_utf8(text)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string render_github(const std::vector<Finding>& findings, const RenderContext& context) {
  std::string out;
  for (const Finding& finding : findings) {
    const CodeInfo& info = finding.info();
    const Location& at = finding.location;
    std::string properties = "file=" + escape(at.file, true);
    if (at.line > 0) properties += fmt::format(",line={}", at.line);
    if (at.line > 0 && at.column > 0) properties += fmt::format(",col={}", at.column);
    properties += ",title=" + escape(fmt::format("{} {}", info.id, info.name), true);
    std::string message = finding.message.in(context.lang);
    for (const Note& note : finding.notes) message += "\nnote: " + note.text.in(context.lang);
    out += fmt::format("::{} {}::{}\n", finding.severity == Severity::Error ? "error" : "warning", properties,
                       escape(message, false));
  }
  out += summary_line(summarize(findings), context.files_checked, context.lang, context.files_unreadable);
  out += '\n';
  return out;
}

}  // namespace encat::render
