// The pieces of the HTML reports (report_html.cpp, audit_html.cpp): escaping,
// the page around a report (inline CSS, print setup), and small shared blocks.
// Everything here is deterministic: the same input gives the same bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"

#include "render/code_points.h"

namespace encat::render::html {

// A finding's message: escaped, with each `quoted` span set as <code>.
std::string message(std::string_view text);

// "zh-CN" or "en".
std::string_view lang_attribute(Lang lang);

// A number with `decimals` digits after the point, always the same way
// (no locale, no "-0.0").
std::string fixed(double value, int decimals);

// <!DOCTYPE html> … <title>: the head's first part, with a policy that lets
// nothing come from the network (no fetch, font or image); `lang` "zh-CN" or
// "en", `generator` the tool's name. The caller adds <style> and </head>.
std::string document_head(std::string_view lang, std::string_view title, std::string_view generator);
// The look every page shares: the palette (--ink, --muted, --line, --soft,
// --accent, …), the font stacks (system fonts only, Chinese first), print colours.
std::string_view base_css();

// <!DOCTYPE html> … <body><main>: the head with the title and the report's
// styles (the shared ones plus `extra_css`); `landscape` prints A4 landscape.
std::string page_begin(Lang lang, std::string_view title, std::string_view extra_css, bool landscape);
// </main></body></html>, with `script` (inline, may be empty) before </body>.
std::string page_end(std::string_view script = {});

// A severity badge: <span class="badge error">错误</span>.
std::string severity_badge(Severity severity, Lang lang);

}  // namespace encat::render::html
