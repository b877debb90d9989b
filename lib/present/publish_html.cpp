// The notice as one self-contained HTML page (stub: being built).
#include "present/publish_report.h"

namespace encat::render {

std::string render_publish_html(const publish::Notice&) { return {}; }

}  // namespace encat::render
