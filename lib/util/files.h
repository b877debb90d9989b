// File-system helpers: which files a PATH names, reading a file whole, and
// writing an output atomically (a failed run never leaves a half file).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diag/finding.h"

namespace encat {

struct FileList {
  std::vector<std::string> files;   // sorted, without duplicates, '/'-separated
  std::vector<std::string> missing; // PATHs that do not exist
};

// A PATH is a file (taken as it is) or a folder searched recursively for
// *.yaml and *.yml, skipping names that start with '.'.
FileList collect_files(const std::vector<std::string>& paths);

struct FileBytes {
  enum class Status { Ok, TooLarge, Unreadable } status = Status::Ok;
  std::string bytes;      // the content when Ok
  std::uintmax_t size = 0;  // the size on disk
  Text error;             // why it is unreadable
};

// Why a file could not be read, from `errno`, in both languages.
Text io_error_text(int error_number);

// Reads a file whole, unless it is larger than `max_size` (then nothing is read).
FileBytes read_file(const std::string& path, std::uintmax_t max_size);

// Writes `content` to a temporary file beside `path` and renames it into
// place. Returns the error text on failure (and leaves nothing behind).
std::optional<std::string> write_file_atomic(const std::string& path, const std::string& content);

}  // namespace encat
