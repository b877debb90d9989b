// rustc-style text:
//
//   error[E101]: 事项代码 `330275012000` 重复
//     --> catalogs/zhejiang/unified-2022.yaml:41:11
//      |
//   41 |   - code: "330275012000"
//      |           ^^^^^^^^^^^^^^
//      = note: 首次出现于 catalogs/zhejiang/unified-2022.yaml:12:11
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "render/findings.h"
#include "render/snippet.h"

namespace encat::render {
namespace {

struct Style {
  std::string_view severity, gutter, bold, reset;
};

Style style_for(const Finding& finding, bool color) {
  if (!color) return {};
  return {finding.severity == Severity::Error ? "\x1b[1;31m" : "\x1b[1;33m", "\x1b[1;34m", "\x1b[1m", "\x1b[0m"};
}

size_t digits(unsigned n) { return fmt::formatted_size("{}", n); }

// Each source line with findings indexed once, however many findings it has.
class SnippetCache {
 public:
  explicit SnippetCache(SourceLines& sources) : m_sources(sources) {}
  const SnippetLine* line(const Location& at) {
    const std::optional<std::string_view> text = at.line > 0 ? m_sources.line(at.file, at.line) : std::nullopt;
    if (!text) return nullptr;
    // Lines live as long as `m_sources`: where a line starts names it.
    return &m_lines.try_emplace(text->data(), *text).first->second;
  }

 private:
  SourceLines& m_sources;
  std::map<const char*, SnippetLine> m_lines;  // by where the line starts
};

void render_finding(std::string& out, const Finding& finding, const RenderContext& context, size_t gutter,
                    SnippetCache& sources, const Text* about, bool fix) {
  const Style s = style_for(finding, context.color);
  const Location& at = finding.location;
  const std::string pad(gutter, ' ');
  out += fmt::format("{}{}[{}]{}{}: {}{}\n", s.severity, severity_name(finding.severity), finding.info().id, s.reset,
                     s.bold, printable(finding.message.in(context.lang)), s.reset);
  out += fmt::format("{}{}-->{} {}\n", pad, s.gutter, s.reset, printable(at.str()));
  // The source line, when the file can be read (not when it is too large).
  if (const SnippetLine* line = sources.line(at)) {
    const Snippet snippet = line->snippet(at.column, at.span);
    out += fmt::format("{}{} |{}\n", s.gutter, pad, s.reset);
    out += fmt::format("{}{:<{}} |{}{}{}\n", s.gutter, at.line, gutter, s.reset, snippet.line.empty() ? "" : " ",
                       snippet.line);
    if (at.column > 0)
      out += fmt::format("{}{} |{} {}{}{}{}\n", s.gutter, pad, s.reset, std::string(snippet.caret_offset, ' '),
                         s.severity, std::string(snippet.caret_width, '^'), s.reset);
  }
  for (const Note& note : finding.notes)
    out += fmt::format("{}{} ={} {}note{}: {}\n", s.gutter, pad, s.reset, s.bold, s.reset,
                       printable(note.text.in(context.lang)));
  if (about && !about->in(context.lang).empty())
    out += fmt::format("{}{} ={} {}note{}: {}\n", s.gutter, pad, s.reset, s.bold, s.reset, printable(about->in(context.lang)));
  const CodeInfo& info = finding.info();
  const std::string_view fix_line = context.lang == Lang::En ? info.fix_en : info.fix_zh;
  if (fix && !fix_line.empty())
    out += fmt::format("{}{} ={} {}help{}: {}\n", s.gutter, pad, s.reset, s.bold, s.reset, printable(fix_line));
}

}  // namespace

std::string render_text_findings(const std::vector<Finding>& findings, const RenderContext& context,
                                 SourceLines& sources) {
  return render_text_findings(findings, context, sources, FindingExtras{});
}

std::string render_text_findings(const std::vector<Finding>& findings, const RenderContext& context,
                                 SourceLines& sources, const FindingExtras& extras) {
  // One gutter width for the whole output, so every `|` lines up.
  unsigned largest_line = 1;
  for (const Finding& finding : findings) largest_line = std::max(largest_line, finding.location.line);
  const size_t gutter = digits(largest_line);
  std::string out;
  SnippetCache cache(sources);
  const bool with_about = extras.about && extras.about->size() == findings.size();
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& finding = findings[i];
    render_finding(out, finding, context, gutter, cache, with_about ? &(*extras.about)[i] : nullptr, extras.fixes);
    out += '\n';
  }
  return out;
}

std::string render_text(const std::vector<Finding>& findings, const RenderContext& context, SourceLines& sources) {
  return render_text_findings(findings, context, sources) +
         summary_line(summarize(findings), context.files_checked, context.lang, context.files_unreadable) + "\n";
}

}  // namespace encat::render
