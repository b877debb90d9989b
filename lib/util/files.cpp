#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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

}  // namespace

Text io_error_text(int error_number) {
  switch (error_number) {
    case ENOENT: return {"文件不存在", "no such file"};
    case EACCES: return {"没有读取权限", "permission denied"};
    case EISDIR: return {"这是一个目录", "it is a folder"};
    case ELOOP: return {"符号链接循环", "a loop of symbolic links"};
    case EIO: return {"磁盘读取错误", "an input/output error"};
    default: return {std::strerror(error_number), std::strerror(error_number)};
  }
}

FileList collect_files(const std::vector<std::string>& paths) {
  FileList list;
  for (const std::string& given : paths) {
    std::error_code ec;
    const fs::path root(given);
    const fs::file_status status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      list.missing.push_back(given);
      continue;
    }
    if (!fs::is_directory(status)) {
      list.files.push_back(display(root));
      continue;
    }
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& path = it->path();
      if (is_hidden(path)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (is_yaml(path) && it->is_regular_file(ec)) list.files.push_back(display(path));
    }
  }
  std::sort(list.files.begin(), list.files.end());
  list.files.erase(std::unique(list.files.begin(), list.files.end()), list.files.end());
  return list;
}

FileBytes read_file(const std::string& path, std::uintmax_t max_size) {
  FileBytes result;
  std::error_code ec;
  // Opening a FIFO or a device could block forever or never end.
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
    result.status = FileBytes::Status::Unreadable;
    result.error = {"不是普通文件", "not a regular file"};
    return result;
  }
  result.size = fs::file_size(path, ec);
  if (ec) {
    result.status = FileBytes::Status::Unreadable;
    result.error = io_error_text(ec.value());
    return result;
  }
  if (result.size > max_size) {
    result.status = FileBytes::Status::TooLarge;
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.status = FileBytes::Status::Unreadable;
    result.error = io_error_text(errno);
    return result;
  }
  result.bytes.resize(static_cast<size_t>(result.size));
  in.read(result.bytes.data(), static_cast<std::streamsize>(result.bytes.size()));
  if (static_cast<std::uintmax_t>(in.gcount()) != result.size) {
    result.status = FileBytes::Status::Unreadable;
    result.error = {"读取时文件被改动", "the file changed while it was read"};
    result.bytes.clear();
  }
  return result;
}

std::optional<std::string> write_file_atomic(const std::string& path, const std::string& content) {
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return "cannot create a temporary file in `" + folder.string() + "`: " + std::strerror(errno);
  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      const std::string error = std::strerror(errno);
      ::close(fd);
      ::unlink(temp.c_str());
      return "cannot write `" + path + "`: " + error;
    }
    data += written;
    left -= static_cast<size_t>(written);
  }
  // mkstemp creates the file 0600: keep the mode of the file it replaces, or
  // use the usual 0644 (reading the umask would mean changing it).
  struct stat existing {};
  ::fchmod(fd, ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644);
  if (::close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string error = std::strerror(errno);
    ::unlink(temp.c_str());
    return "cannot write `" + path + "`: " + error;
  }
  return std::nullopt;
}

}  // namespace encat
