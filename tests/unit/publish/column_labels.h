// The labels of a published table's columns, in order (for the publish tests).
#pragma once

#include <string>
#include <vector>

#include "publish/notice.h"

namespace encat::test {

inline std::vector<std::string> column_labels(const publish::Table& t) {
  std::vector<std::string> out;
  for (const publish::Column& c : t.columns) out.push_back(c.label);
  return out;
}

}  // namespace encat::test
