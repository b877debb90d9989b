#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace encat {
namespace {

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

bool is_yaml(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::string display(const fs::path& path) {
  std::string text = path.lexically_normal().generic_string();
  return text.empty() ? "." : text;
}

Text dangling_link_text() { return {"符号链接指向的文件不存在", "a symbolic link to nothing"}; }
Text not_regular_text() { return {"不是普通文件", "not a regular file"}; }
Text changed_text() { return {"读取时文件被改动", "the file changed while it was read"}; }

// Why a symbolic link or a path cannot be followed: ENOENT on a link that
// exists means it points to nothing.
Text unfollowable_text(const fs::path& path, int error_number) {
  struct stat link {};
  if (error_number == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) return dangling_link_text();
  return io_error_text(error_number);
}

// One folder's entries, and the folders below it (an explicit stack: a deep
// tree cannot overflow the call stack). Links to folders are not followed,
// so a loop of folders is impossible.
void list_folder(const fs::path& root, FileList& list) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path folder = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      const fs::path& path = entry.path();
      if (is_hidden(path)) continue;
      std::error_code type_ec;
      const fs::file_status own = entry.symlink_status(type_ec);
      if (type_ec) {  // the type is unknown: it could be a folder of catalogs
        list.problems.push_back({PathProblem::Kind::Unreadable, display(path), io_error_text(type_ec.value())});
        continue;
      }
      if (fs::is_directory(own)) {
        pending.push_back(path);
        continue;
      }
      if (!is_yaml(path)) continue;
      fs::file_status target = own;
      if (fs::is_symlink(own)) {
        target = entry.status(type_ec);
        if (type_ec || !fs::exists(target)) {
          const int error_number = type_ec ? type_ec.value() : ENOENT;
          list.problems.push_back({PathProblem::Kind::Unreadable, display(path), unfollowable_text(path, error_number)});
          continue;
        }
        if (fs::is_directory(target)) continue;  // a link to a folder named *.yaml: not followed, like any folder link
      }
      if (fs::is_regular_file(target))
        list.files.push_back(display(path));
      else
        list.problems.push_back({PathProblem::Kind::Unreadable, display(path), not_regular_text()});
    }
    if (ec) list.problems.push_back({PathProblem::Kind::Unlistable, display(folder), io_error_text(ec.value())});
  }
}

}  // namespace

Text io_write_error_text(int error_number);

namespace {

Text because(const std::string& path, const Text& why) {
  return text("无法写入 `{0}`：{1}", "cannot write `{0}`: {2}", path, why.zh, why.en);
}

Text cannot_write(const std::string& path, int error_number) { return because(path, io_write_error_text(error_number)); }

}  // namespace

Text io_error_text(int error_number) {
  switch (error_number) {
    case ENOENT: return {"文件不存在", "no such file"};
    case EACCES: return {"没有读取权限", "permission denied"};
    case EPERM: return {"操作不被允许", "operation not permitted"};
    case EISDIR: return {"这是一个目录", "it is a folder"};
    case ENOTDIR: return {"路径中有一段不是目录", "a part of the path is not a folder"};
    case ELOOP: return {"符号链接循环", "a loop of symbolic links"};
    case ENAMETOOLONG: return {"路径太长", "the path is too long"};
    case EIO: return {"磁盘读写错误", "an input/output error"};
    case ENOSPC: return {"磁盘空间不足", "no space left on the device"};
    case EDQUOT: return {"超出磁盘配额", "the disk quota is exceeded"};
    case EFBIG: return {"文件太大", "the file is too large"};
    case EROFS: return {"文件系统是只读的", "a read-only file system"};
    case EBADF: return {"文件描述符无效（已关闭）", "a bad file descriptor (closed)"};
    case EPIPE: return {"管道的另一端已关闭", "the other end of the pipe is closed"};
    case ENXIO: return {"设备或地址不存在", "no such device or address"};
    case ENODEV: return {"没有这个设备", "no such device"};
    case EBUSY: return {"设备或资源忙", "the device or resource is busy"};
    case ETXTBSY: return {"文件正被执行", "the file is being executed"};
    case EMFILE:
    case ENFILE: return {"打开的文件太多", "too many open files"};
    case EXDEV: return {"不能跨文件系统改名", "the rename crosses file systems"};
    default: {
      const std::string error = std::strerror(error_number);
      return {"系统错误（" + error + "）", error};
    }
  }
}

Text io_write_error_text(int error_number) {
  if (error_number == EACCES) return {"没有写入权限", "permission denied"};
  return io_error_text(error_number);
}

FileList collect_files(const std::vector<std::string>& paths) {
  FileList list;
  for (const std::string& given : paths) {
    struct stat st {};
    if (::stat(given.c_str(), &st) != 0) {
      const int error_number = errno;
      struct stat link {};
      const bool is_link = ::lstat(given.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
      if ((error_number == ENOENT && !is_link) || error_number == ENOTDIR)
        list.problems.push_back({PathProblem::Kind::Missing, given, {}});
      else
        list.problems.push_back({PathProblem::Kind::Unreadable, given, unfollowable_text(given, error_number)});
      continue;
    }
    if (S_ISDIR(st.st_mode))
      list_folder(given, list);
    else if (S_ISREG(st.st_mode))
      list.files.push_back(display(given));  // named explicitly: taken whatever its name
    else  // a FIFO or a device: reading could block forever or never end
      list.problems.push_back({PathProblem::Kind::Unreadable, display(given), not_regular_text()});
  }
  std::sort(list.files.begin(), list.files.end());
  list.files.erase(std::unique(list.files.begin(), list.files.end()), list.files.end());
  // Folders list in no fixed order: the messages are sorted, as the files are.
  std::stable_sort(list.problems.begin(), list.problems.end(),
                   [](const PathProblem& a, const PathProblem& b) { return a.path < b.path; });
  list.problems.erase(std::unique(list.problems.begin(), list.problems.end(),
                                  [](const PathProblem& a, const PathProblem& b) { return a.path == b.path; }),
                      list.problems.end());
  return list;
}

Text problem_text(const PathProblem& problem) {
  switch (problem.kind) {
    case PathProblem::Kind::Missing: return text("路径 `{}` 不存在", "`{}` does not exist", problem.path);
    case PathProblem::Kind::Unlistable:
      return text("无法列出目录 `{0}` 的内容：{1}", "cannot list the folder `{0}`: {2}", problem.path, problem.reason.zh,
                  problem.reason.en);
    case PathProblem::Kind::Unreadable: break;
  }
  return {fmt::format("无法读取 `{}`：{}", problem.path, problem.reason.zh),
          fmt::format("cannot read `{}`: {}", problem.path, problem.reason.en)};
}

FileBytes read_file(const std::string& path, std::uintmax_t max_size) {
  FileBytes result;
  const auto fail = [&](Text why) {
    result.status = FileBytes::Status::Unreadable;
    result.error = std::move(why);
    result.bytes.clear();
    return result;
  };
  // Opening a FIFO or a device could block forever, never end or have side
  // effects (a tape rewinds): look before opening, and check after.
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0) return fail(io_error_text(errno));
  if (!S_ISREG(before.st_mode)) return fail(not_regular_text());
  result.size = static_cast<std::uintmax_t>(before.st_size);
  if (result.size > max_size) {
    result.status = FileBytes::Status::TooLarge;
    return result;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return fail(io_error_text(errno));
  struct stat opened {};
  if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_ino != before.st_ino ||
      opened.st_dev != before.st_dev || opened.st_size != before.st_size) {
    ::close(fd);
    return fail(changed_text());
  }
  result.bytes.resize(static_cast<size_t>(result.size));
  size_t done = 0;
  while (true) {
    // One byte more than the size: a file that grows is noticed.
    char extra = 0;
    char* into = done < result.bytes.size() ? result.bytes.data() + done : &extra;
    const size_t want = done < result.bytes.size() ? result.bytes.size() - done : 1;
    const ssize_t got = ::read(fd, into, want);
    if (got < 0) {
      if (errno == EINTR) continue;
      const int error_number = errno;
      ::close(fd);
      return fail(io_error_text(error_number));
    }
    if (got == 0) break;
    done += static_cast<size_t>(got);
    if (done > result.bytes.size()) break;
  }
  ::close(fd);
  if (done != result.bytes.size()) return fail(changed_text());
  return result;
}

std::variant<OutputTarget, Text> resolve_output(const std::string& given) {
  OutputTarget target;
  target.given = given;
  // A stream first, as the kernel resolves it: `/dev/stdout` is a link to
  // `/proc/self/fd/1`, whose target (`pipe:[…]`) is no path to follow by hand.
  struct stat stream {};
  if (::stat(given.c_str(), &stream) == 0 && (S_ISCHR(stream.st_mode) || S_ISFIFO(stream.st_mode))) {
    target.kind = OutputTarget::Kind::Stream;
    target.path = given;
    target.device = static_cast<std::uint64_t>(stream.st_dev);
    target.inode = static_cast<std::uint64_t>(stream.st_ino);
    return target;
  }
  fs::path path(given);
  bool exists = true;
  // Follow the links by hand (not realpath): the last one may point to a file
  // that does not exist yet, which is then created, as `>` would.
  for (int hops = 0;; ++hops) {
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0) {
      const int error_number = errno;
      if (error_number != ENOENT) return cannot_write(given, error_number);
      exists = false;
      break;
    }
    if (!S_ISLNK(link.st_mode)) break;
    if (hops >= 40)
      return cannot_write(given, ELOOP);
    std::error_code ec;
    const fs::path points_to = fs::read_symlink(path, ec);
    if (ec) return cannot_write(given, ec.value());
    path = points_to.is_absolute() ? points_to : path.parent_path() / points_to;
  }
  target.path = path.string();
  if (!exists) {
    target.kind = OutputTarget::Kind::NewFile;
    return target;
  }
  struct stat st {};
  if (::stat(target.path.c_str(), &st) != 0) return cannot_write(given, errno);
  target.device = static_cast<std::uint64_t>(st.st_dev);
  target.inode = static_cast<std::uint64_t>(st.st_ino);
  if (S_ISREG(st.st_mode)) {
    target.kind = OutputTarget::Kind::RegularFile;
  } else if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
    target.kind = OutputTarget::Kind::Stream;
  } else if (S_ISDIR(st.st_mode)) {
    return text("`{}` 是一个目录，请给出文件名", "`{}` is a folder: give a file name", given);
  } else {  // a block device (a disk!) or a socket
    return text("`{}` 不是普通文件、字符设备或命名管道，不会写入", "`{}` is not a regular file, a character device or a FIFO: not written",
                given);
  }
  return target;
}

bool same_file(const OutputTarget& target, const std::string& path) {
  if (target.kind == OutputTarget::Kind::NewFile) return false;
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && static_cast<std::uint64_t>(st.st_dev) == target.device &&
         static_cast<std::uint64_t>(st.st_ino) == target.inode;
}

unsigned process_umask() {
  // /proc/self/status says it without changing it (and is read afresh, so a
  // program that sets its umask later is seen).
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Umask:", 0) != 0) continue;
    try {
      return static_cast<unsigned>(std::stoul(line.substr(6), nullptr, 8)) & 0777u;
    } catch (const std::exception&) {
      break;
    }
  }
  // No other way: set it and put it back, once (the first call, which the
  // driver makes at start, before any thread).
  static const unsigned fallback = [] {
    const mode_t old = ::umask(022);
    ::umask(old);
    return static_cast<unsigned>(old) & 0777u;
  }();
  return fallback;
}

bool write_all(int fd, const std::string& content, int& error_number) {
  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      error_number = errno;
      return false;
    }
    data += written;
    left -= static_cast<size_t>(written);
  }
  return true;
}

namespace {

// The temporary file being written, for remove_pending_temp_file (a signal
// handler): a fixed buffer and a flag, nothing that allocates.
char g_pending_temp[4096];
std::atomic<bool> g_has_pending_temp{false};

void set_pending_temp(const std::string& path) {
  if (path.size() >= sizeof g_pending_temp) return;
  std::memcpy(g_pending_temp, path.c_str(), path.size() + 1);
  g_has_pending_temp.store(true);
}

void clear_pending_temp() { g_has_pending_temp.store(false); }

std::optional<Text> write_stream(const OutputTarget& target, const std::string& content) {
  // No O_CREAT, no O_TRUNC: the device or FIFO stays what it is. A FIFO
  // without a reader blocks here, as `> fifo` does in a shell.
  const int fd = ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return cannot_write(target.given, errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
    ::close(fd);
    return because(target.given, {changed_text().zh, "it changed while it was opened"});
  }
  int error_number = 0;
  const bool ok = write_all(fd, content, error_number);
  if (::close(fd) != 0 && ok) return cannot_write(target.given, errno);
  if (!ok) return cannot_write(target.given, error_number);
  return std::nullopt;
}

}  // namespace

void remove_pending_temp_file() noexcept {
  if (g_has_pending_temp.exchange(false)) ::unlink(g_pending_temp);
}

namespace {

// The mode the written file gets; false when the target is no longer a
// regular file (a folder, a device… since resolve_output: left be).
bool output_mode(const OutputTarget& target, mode_t& mode) {
  // The temporary file is 0600: a replaced file keeps its mode, a new one
  // gets what the umask allows, as any program creating it with 0666 would.
  struct stat existing {};
  const bool exists = ::stat(target.path.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode)) return false;
  mode = exists ? (existing.st_mode & 07777) : static_cast<mode_t>(0666u & ~process_umask());
  return true;
}

// Writes, sets the mode and syncs (the content is on disk before a name
// points to it); the errno of a failure, 0 when done, -1 when the target
// stopped being a regular file.
int fill(int fd, const OutputTarget& target, const std::string& content) {
  int error_number = 0;
  if (!write_all(fd, content, error_number)) return error_number;
  mode_t mode = 0;
  if (!output_mode(target, mode)) return -1;
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) return errno;
  return 0;
}

std::optional<Text> fill_failure(const OutputTarget& target, int result) {
  return result < 0 ? because(target.given, not_regular_text()) : cannot_write(target.given, result);
}

// Renames the named temporary file over the target (the atomic step).
std::optional<Text> put_in_place(const OutputTarget& target, int fd, const std::string& temp) {
  int error_number = 0;
  if (::close(fd) != 0) error_number = errno;
  if (!error_number && std::rename(temp.c_str(), target.path.c_str()) != 0) error_number = errno;
  if (error_number) ::unlink(temp.c_str());
  clear_pending_temp();
  return error_number ? std::optional<Text>(cannot_write(target.given, error_number)) : std::nullopt;
}

// A name `.NAME.tmp-XXXXXX` that is probably free (linkat fails on a taken one).
std::string temp_name(const std::string& base) {
  static std::atomic<unsigned> counter{0};
  std::uint64_t seed = static_cast<std::uint64_t>(::getpid()) * 1000003u + counter++ * 7919u +
                       static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  std::string name = base;
  for (int i = 0; i < 6; ++i, seed /= 36) name += "0123456789abcdefghijklmnopqrstuvwxyz"[seed % 36];
  return name;
}

// Writes into an unnamed file of the folder (O_TMPFILE) and names it only
// once it is complete: a run killed while writing leaves nothing at all.
// nullopt: not possible here (the file system, no /proc), use a named file.
std::optional<std::optional<Text>> write_unnamed(const OutputTarget& target, const std::string& folder,
                                                 const std::string& base, const std::string& content) {
#ifdef O_TMPFILE
  const int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) return std::nullopt;
  const int filled = fill(fd, target, content);
  if (filled != 0) {
    ::close(fd);
    return fill_failure(target, filled);
  }
  const std::string self = "/proc/self/fd/" + std::to_string(fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string temp = temp_name(base);
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      set_pending_temp(temp);
      return put_in_place(target, fd, temp);
    }
    if (errno != EEXIST) break;
  }
  ::close(fd);
#else
  (void)target, (void)folder, (void)base, (void)content;
#endif
  return std::nullopt;
}

}  // namespace

std::optional<Text> write_output(const OutputTarget& target, const std::string& content) {
  if (target.kind == OutputTarget::Kind::Stream) return write_stream(target, content);

  const fs::path final_path(target.path);
  const fs::path folder = final_path.has_parent_path() ? final_path.parent_path() : fs::path(".");
  const std::string base = (folder / ("." + final_path.filename().string() + ".tmp-")).string();
  if (std::optional<std::optional<Text>> done = write_unnamed(target, folder.string(), base, content)) return *done;

  // A named temporary file: a SIGKILL while it is written leaves it behind
  // (an orphan `.NAME.tmp-XXXXXX`), never a half output.
  std::string temp = base + "XXXXXX";
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    const Text why = io_write_error_text(errno);
    return text("无法在目录 `{0}` 中创建临时文件：{1}", "cannot create a temporary file in `{0}`: {2}", folder.string(), why.zh, why.en);
  }
  set_pending_temp(temp);
  const int filled = fill(fd, target, content);
  if (filled != 0) {
    ::close(fd);
    ::unlink(temp.c_str());
    clear_pending_temp();
    return fill_failure(target, filled);
  }
  return put_in_place(target, fd, temp);
}

std::optional<Text> write_file_atomic(const std::string& path, const std::string& content) {
  std::variant<OutputTarget, Text> target = resolve_output(path);
  if (const Text* error = std::get_if<Text>(&target)) return *error;
  return write_output(std::get<OutputTarget>(target), content);
}

}  // namespace encat
