// (stub: implemented by the git work of issue 8)
#include "common/git.h"

namespace encat::tool {

std::variant<std::vector<GitEdition>, Text> git_editions(const std::string&, const std::vector<std::string>&,
                                                         std::uintmax_t) {
  return text("尚未实现", "not implemented yet");
}

std::variant<DriverReport, Text> install_git_driver(const DriverOptions&) {
  return text("尚未实现", "not implemented yet");
}

}  // namespace encat::tool
