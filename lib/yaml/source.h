// A named source: what a file (or a git blob, or a test's text) holds. Loading
// works on sources, so nothing after the edge reads a file again.
#pragma once

#include <string>

namespace encat::yaml {

struct Source {
  std::string name;   // as shown in findings: the path, or a name the caller chose
  std::string bytes;  // exactly as read
};

}  // namespace encat::yaml
