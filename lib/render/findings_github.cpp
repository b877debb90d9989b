// GitHub Actions workflow commands: each finding an annotation on its line,
//   ::error file=F,line=L,col=C,title=E101 duplicate_code::message
#include <fmt/format.h>

#include "render/code_points.h"
#include "render/findings.h"
#include "render/snippet.h"

namespace encat::render {
namespace {

// GitHub's escaping: '%', CR and LF in the message; also ':' and ',' in a
// property value. Nothing else reaches the log raw: other control characters
// become their pictures and C1 controls, bidi overrides and other format
// characters U+FFFD, as in the text format, so one command stays one line and
// an annotation cannot colour the log or reorder its text.
std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '%': out += "%25"; return;
      case '\r': out += "%0D"; return;
      case '\n': out += "%0A"; return;
      case ':': out += property ? "%3A" : ":"; return;
      case ',': out += property ? "%2C" : ","; return;
      default: append_printable(out, cp, bytes);
    }
  });
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
