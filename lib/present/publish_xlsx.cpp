// The notice as an .xlsx workbook through libxlsxwriter (stub: being built).
#include "present/publish_report.h"

namespace encat::render {

std::string render_publish_xlsx(const publish::Notice&, const PublishContext&) { return {}; }

}  // namespace encat::render
