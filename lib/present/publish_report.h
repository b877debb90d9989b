// The announcement table of publish/notice.h in markdown, JSON (for open-data
// portals: the rows as records with the notice's header fields) and CSV
// (RFC 4180, the printed table's layout: title row, a row of issuer, 文号 and
// date, the header, domain rows, the rows, the summary). A notice's lead
// (the adjustment notice's sentence) follows the header, and a part's heading
// (一、新增事项（共 38 项）) comes above its paragraph and table; JSON gives one
// table's records at the top level and several parts as `parts`, with
// `columns` once when every part has the same. The same notice gives the
// same bytes.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "publish/notice.h"
#include "util/text.h"

namespace encat::render {

enum class PublishFormat { Markdown, Json, Csv, Xlsx, Html };
// "md" (or "markdown"), "json", "csv", "xlsx", "html".
std::optional<PublishFormat> parse_publish_format(std::string_view name);

struct PublishContext {
  bool bom = false;  // CSV: a UTF-8 byte order mark first (Excel)
  // XLSX: the workbook's creation time (seconds since 1970, UTC), e.g. from
  // SOURCE_DATE_EPOCH; unset: the notice's effective date at 00:00 UTC, or
  // 1980-01-01 without one. The same notice and time give the same bytes.
  std::optional<long long> created;
};

std::string render_publish(PublishFormat format, const publish::Notice& notice, const PublishContext& context = {});
std::string render_publish_markdown(const publish::Notice& notice);
std::string render_publish_json(const publish::Notice& notice);
std::string render_publish_csv(const publish::Notice& notice, bool bom);
// Why a workbook could not be written (a cell past Excel's 32,767
// characters, no temporary file, a libxlsxwriter error), as the tool shows it.
struct XlsxError : std::runtime_error {
  explicit XlsxError(Text why) : std::runtime_error(why.en), message(std::move(why)) {}
  Text message;
};
// The bytes of an .xlsx workbook (publish_xlsx.cpp); throws XlsxError
// when libxlsxwriter cannot write it (render_publish passes it on).
std::string render_publish_xlsx(const publish::Notice& notice, const PublishContext& context);
// One self-contained HTML page (publish_html.cpp).
std::string render_publish_html(const publish::Notice& notice);

}  // namespace encat::render
