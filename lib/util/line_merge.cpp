// (stub: implemented by the git work of issue 8)
#include "util/line_merge.h"

namespace encat {

LineMerge merge_lines(std::string_view, std::string_view ours, std::string_view, const LineMergeLabels&) {
  return {std::string(ours), 0};
}

}  // namespace encat
