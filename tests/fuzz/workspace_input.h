// For the pipeline targets: one fuzz input becomes the files of a workspace.
// Workspace::load reads paths, so the input is written to real files in a
// private temporary folder (in /dev/shm when there is one), rewritten on every
// run. A NUL byte separates files (a catalog never contains one), so one input
// can hold e.g. a registry and a unified catalog: up to kMaxFiles files.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "model/workspace.h"

namespace encat::fuzz {

inline constexpr size_t kMaxFiles = 4;

class WorkspaceInput {
 public:
  WorkspaceInput() {
    const char* base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : (std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    std::string pattern = std::string(base) + "/encat-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) {
      std::perror("mkdtemp");
      std::abort();
    }
    m_dir = pattern;
  }
  ~WorkspaceInput() {
    for (size_t i = 0; i < kMaxFiles; ++i) unlink(path(i).c_str());
    rmdir(m_dir.c_str());
  }
  WorkspaceInput(const WorkspaceInput&) = delete;
  WorkspaceInput& operator=(const WorkspaceInput&) = delete;

  // Writes the parts of `bytes` and returns their paths (at least one).
  std::vector<std::string> write(std::string_view bytes) {
    std::vector<std::string> paths;
    size_t start = 0;
    while (paths.size() < kMaxFiles) {
      size_t end = bytes.find('\0', start);
      if (end == std::string_view::npos || paths.size() + 1 == kMaxFiles) end = bytes.size();
      paths.push_back(path(paths.size()));
      write_file(paths.back(), bytes.substr(start, end - start));
      if (end >= bytes.size()) break;
      start = end + 1;
    }
    return paths;
  }

  // The workspace of one fuzz input, loaded as the tools load it (one thread).
  model::Workspace load(const uint8_t* data, size_t size) {
    model::LoadOptions options;
    options.jobs = 1;
    return model::Workspace::load(write(std::string_view(reinterpret_cast<const char*>(data), size)), options);
  }

 private:
  std::string path(size_t i) const { return m_dir + "/f" + std::to_string(i) + ".yaml"; }

  static void write_file(const std::string& path, std::string_view bytes) {
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
      std::perror(path.c_str());
      std::abort();
    }
    while (!bytes.empty()) {
      const ssize_t n = ::write(fd, bytes.data(), bytes.size());
      if (n <= 0) {
        std::perror(path.c_str());
        std::abort();
      }
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    close(fd);
  }

  std::string m_dir;
};

}  // namespace encat::fuzz
