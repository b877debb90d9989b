// File-system helpers: which files a PATH names, reading a file whole, and
// writing an output without ever replacing what it should not (a failed run
// never leaves a half file, a device is never replaced by a file).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "util/text.h"

namespace encat {

// A path that cannot be used, and why.
struct PathProblem {
  enum class Kind {
    Missing,     // a PATH that does not exist
    Unlistable,  // a folder whose entries cannot be listed
    Unreadable,  // a catalog file (or a PATH) that cannot be read: a dangling
                 // symbolic link, a loop of links, not a regular file…
  } kind = Kind::Unreadable;
  std::string path;  // '/'-separated, as it is shown
  Text reason;       // empty for Missing
};

struct FileList {
  std::vector<std::string> files;     // sorted, without duplicates, '/'-separated
  std::vector<PathProblem> problems;  // sorted by path; any problem makes the run exit 2
};

// A PATH is a regular file (taken whatever its name) or a folder searched recursively for
// *.yaml and *.yml, skipping names that start with '.' (symbolic links to
// folders are not followed; symbolic links to files are). Nothing is skipped
// silently: a folder that cannot be listed, a *.yaml entry that is a dangling
// link, a loop of links or not a regular file is a problem.
FileList collect_files(const std::vector<std::string>& paths);

// How a problem reads in a message: "路径 `x` 不存在", "cannot read `x`: …".
Text problem_text(const PathProblem& problem);

struct FileBytes {
  enum class Status { Ok, TooLarge, Unreadable } status = Status::Ok;
  std::string bytes;      // the content when Ok
  std::uintmax_t size = 0;  // the size on disk
  Text error;             // why it is unreadable
};

// Why a file could not be read, from `errno`, in both languages.
Text io_error_text(int error_number);
// The same for writing (EACCES: no write permission).
Text io_write_error_text(int error_number);

// Reads a file whole, unless it is larger than `max_size` (then nothing is
// read). A FIFO or a device is never opened; a file that is gone, changes
// type or size while it is read is Unreadable with the reason.
FileBytes read_file(const std::string& path, std::uintmax_t max_size);

// Where an output file is written, decided before any work is done.
struct OutputTarget {
  enum class Kind {
    NewFile,      // nothing there yet: created by an atomic rename
    RegularFile,  // replaced by an atomic rename; keeps its mode
    Stream,       // a character device (/dev/null, /dev/stdout…) or a FIFO:
                  // written into in place, never replaced
  } kind = Kind::NewFile;
  std::string given;  // the path as given
  std::string path;   // after following symbolic links: what is written
  std::uint64_t device = 0, inode = 0;  // of the existing file (not NewFile)
};

// Follows symbolic links to what `path` finally names: a symbolic link is
// never replaced, the file it points to is written (the temporary file is
// made beside that file, so the rename stays atomic). A folder, a block
// device, a socket or a loop of links is refused with the reason.
std::variant<OutputTarget, Text> resolve_output(const std::string& path);

// True when `path` (following links) is the same file as the target: same
// st_dev and st_ino, so hard links and other spellings are caught.
bool same_file(const OutputTarget& target, const std::string& path);

// The process's umask, read without changing it (/proc/self/status);
// only where that is unavailable it is read with umask(2) twice, which is
// process-wide: call this once at start, before any thread exists.
unsigned process_umask();

// Writes `content` to the target. A file is written to a temporary file
// beside it (mode 0666 & ~umask when new, the old mode when replaced), synced
// and renamed into place: a failed or killed run leaves the old content. The
// temporary file is unnamed (O_TMPFILE) until complete, so even SIGKILL
// leaves nothing; where O_TMPFILE is unavailable it is a named
// `.NAME.tmp-XXXXXX`, removed on failure and on SIGINT/SIGTERM/SIGHUP (see
// remove_pending_temp_file), left behind only by SIGKILL. A stream is opened
// for writing without creating or truncating anything.
std::optional<Text> write_output(const OutputTarget& target, const std::string& content);

// Writes all of `content` to `fd`, going on after EINTR and short writes;
// false with `error_number` set on failure.
bool write_all(int fd, const std::string& content, int& error_number);

// resolve_output + write_output.
std::optional<Text> write_file_atomic(const std::string& path, const std::string& content);

// Removes the temporary file of a write in progress, if any. Async-signal-safe:
// for a SIGINT/SIGTERM handler, before re-raising the signal.
void remove_pending_temp_file() noexcept;

}  // namespace encat
