// `.encat.yaml`: severities per code, limits, default ids and paths.
// Found from a folder upward, or named with --config.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/finding.h"
#include "yaml/reader.h"

namespace encat::config {

struct Config {
  std::string file;  // where it was read from; empty when there is none
  SeverityOverrides severities;
  yaml::Limits limits;
  std::optional<std::string> registry;  // default registry id
  std::optional<std::string> targets;   // default targets id
  int review_years = 2;                 // a township list's review period (B313: 每2年进行调整更新)
  std::vector<std::string> paths;       // default PATHs, relative to the config's folder
};

// `.encat.yaml` in `start` or the nearest folder above it, as a path that
// starts with `start` (e.g. "../.encat.yaml" for start "."), or nullopt.
std::optional<std::string> find_config(const std::string& start);

struct LoadResult {
  Config config;
  std::vector<Finding> findings;  // problems in the file (the tools stop on errors)
  std::optional<Text> io_error;
};
LoadResult load_config(const std::string& path);

// "67108864", "64MiB", "512 KiB", "1GiB" → bytes.
std::optional<std::uintmax_t> parse_size(std::string_view text);

// A file-size limit: a size from 1 byte to 1GiB (yaml-cpp counts positions in
// `int`), or nullopt. The message for a bad one names `what` (the option or key).
std::optional<std::uintmax_t> parse_size_limit(std::string_view text);
Text size_limit_problem(std::string_view what, std::string_view text);

}  // namespace encat::config
