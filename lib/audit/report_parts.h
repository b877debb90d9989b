// Pieces the county report (audit_report.cpp) and the league
// (league_report.cpp) share. Internal to lib/audit.
#pragma once

#include <optional>

#include "audit/audit_report.h"

namespace encat::audit::detail {

// A figure's met/missed as a cell status (none without a target).
report::Status status(const std::optional<bool>& met);
// The notice of files left out of the evaluation; none when there are none.
std::optional<report::Notice> reading_notice(const ReportInput& input, Text title, bool brief_in_text);
// The "目标" fact: the targets id, or "未对照目标".
report::Fact targets_fact(const ReportInput& input);

}  // namespace encat::audit::detail
