// collect_files, read_file and the -o writer: nothing vanishes silently,
// nothing is replaced that should not be (issue 6, defects 1-3 and 12).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "util/files.h"

namespace fs = std::filesystem;
using namespace encat;

namespace {

// A fresh folder under the system's temporary folder, removed afterwards.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "encat-files-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_root = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::permissions(m_root, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(m_root, ec);
  }
  std::string path(const std::string& name) const { return (m_root / name).string(); }
  std::string write(const std::string& name, const std::string& content) const {
    const std::string file = path(name);
    fs::create_directories(fs::path(file).parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  fs::path m_root;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const PathProblem* problem_of(const FileList& list, const std::string& path) {
  for (const PathProblem& p : list.problems)
    if (p.path == path) return &p;
  return nullptr;
}

}  // namespace

TEST_CASE("a dangling *.yaml symbolic link inside a folder is a problem, not silence") {
  Scratch s;
  s.write("c/a.yaml", "kind: registry\n");
  fs::create_symlink("gone.yaml", s.path("c/dangling.yaml"));
  const FileList list = collect_files({s.path("c")});
  CHECK(list.files.size() == 1);
  const PathProblem* p = problem_of(list, s.path("c/dangling.yaml"));
  REQUIRE(p);
  CHECK(p->kind == PathProblem::Kind::Unreadable);
  CHECK(p->reason.en == "a symbolic link to nothing");
  CHECK(problem_text(*p).zh == "无法读取 `" + s.path("c/dangling.yaml") + "`：符号链接指向的文件不存在");
}

TEST_CASE("a loop of symbolic links inside a folder and given as a PATH is named as a loop") {
  Scratch s;
  s.write("c/a.yaml", "kind: registry\n");
  fs::create_symlink("loop.yaml", s.path("c/loop.yaml"));
  const FileList inside = collect_files({s.path("c")});
  const PathProblem* p = problem_of(inside, s.path("c/loop.yaml"));
  REQUIRE(p);
  CHECK(p->reason.en == "a loop of symbolic links");

  const FileList given = collect_files({s.path("c/loop.yaml")});
  REQUIRE(given.problems.size() == 1);
  CHECK(given.problems[0].kind == PathProblem::Kind::Unreadable);  // not "does not exist"
  CHECK(problem_text(given.problems[0]).en == "cannot read `" + s.path("c/loop.yaml") + "`: a loop of symbolic links");
}

TEST_CASE("a PATH that does not exist is Missing; a dangling link given as a PATH says so") {
  Scratch s;
  fs::create_symlink("nowhere", s.path("link.yaml"));
  const FileList list = collect_files({s.path("absent.yaml"), s.path("link.yaml")});
  REQUIRE(list.problems.size() == 2);
  CHECK(list.problems[0].kind == PathProblem::Kind::Missing);
  CHECK(problem_text(list.problems[0]).zh == "路径 `" + s.path("absent.yaml") + "` 不存在");
  CHECK(list.problems[1].reason.en == "a symbolic link to nothing");
}

TEST_CASE("a FIFO named *.yaml, in a folder or given, is a problem and is never opened") {
  Scratch s;
  fs::create_directories(s.path("c"));
  REQUIRE(::mkfifo(s.path("c/pipe.yaml").c_str(), 0644) == 0);
  const FileList list = collect_files({s.path("c"), s.path("c/pipe.yaml")});
  CHECK(list.files.empty());
  REQUIRE(list.problems.size() == 1);  // one message per path
  CHECK(list.problems[0].reason.en == "not a regular file");
}

TEST_CASE("hidden names are skipped, links to files are followed, links to folders are not") {
  Scratch s;
  s.write("c/a.yaml", "x");
  s.write("c/.hidden/b.yaml", "x");
  s.write("c/.c.yaml", "x");
  s.write("other/d.yaml", "x");
  fs::create_symlink(s.path("other/d.yaml"), s.path("c/d.yaml"));
  fs::create_directory_symlink(s.path("other"), s.path("c/folder-link"));
  const FileList list = collect_files({s.path("c")});
  CHECK(list.problems.empty());
  CHECK(list.files == std::vector<std::string>{s.path("c/a.yaml"), s.path("c/d.yaml")});
}

TEST_CASE("a folder that cannot be listed is a problem (as an unprivileged user)") {
  if (::geteuid() == 0) {
    MESSAGE("skipped: root can list any folder (tests/faults covers it as `nobody`)");
    return;
  }
  Scratch s;
  s.write("c/secret/a.yaml", "x");
  fs::permissions(s.path("c/secret"), fs::perms::none);
  const FileList list = collect_files({s.path("c")});
  fs::permissions(s.path("c/secret"), fs::perms::owner_all);
  const PathProblem* p = problem_of(list, s.path("c/secret"));
  REQUIRE(p);
  CHECK(p->kind == PathProblem::Kind::Unlistable);
  CHECK(problem_text(*p).en == "cannot list the folder `" + s.path("c/secret") + "`: permission denied");
}

TEST_CASE("a file that vanishes between listing and reading is unreadable with the reason") {
  Scratch s;
  s.write("c/a.yaml", "kind: registry\n");
  const FileList list = collect_files({s.path("c")});
  REQUIRE(list.files.size() == 1);
  fs::remove(list.files[0]);
  const FileBytes read = read_file(list.files[0], 1 << 20);
  CHECK(read.status == FileBytes::Status::Unreadable);
  CHECK(read.error.zh == "文件不存在");
  CHECK(read.error.en == "no such file");
}

TEST_CASE("read_file reads a file whole and never opens a FIFO") {
  Scratch s;
  const std::string file = s.write("a.yaml", "kind: registry\n");
  const FileBytes ok = read_file(file, 1 << 20);
  CHECK(ok.status == FileBytes::Status::Ok);
  CHECK(ok.bytes == "kind: registry\n");
  CHECK(read_file(file, 3).status == FileBytes::Status::TooLarge);
  REQUIRE(::mkfifo(s.path("pipe.yaml").c_str(), 0644) == 0);
  const FileBytes fifo = read_file(s.path("pipe.yaml"), 1 << 20);  // would block forever if opened
  CHECK(fifo.status == FileBytes::Status::Unreadable);
  CHECK(fifo.error.en == "not a regular file");
}

TEST_CASE("-o onto a folder, a block device or a loop of links is refused") {
  Scratch s;
  fs::create_directories(s.path("folder"));
  const auto folder = resolve_output(s.path("folder"));
  REQUIRE(std::holds_alternative<Text>(folder));
  CHECK(std::get<Text>(folder).en == "`" + s.path("folder") + "` is a folder: give a file name");
  CHECK(std::get<Text>(folder).zh == "`" + s.path("folder") + "` 是一个目录，请给出文件名");
  fs::create_symlink("loop", s.path("loop"));
  const auto loop = resolve_output(s.path("loop"));
  REQUIRE(std::holds_alternative<Text>(loop));
  CHECK(std::get<Text>(loop).en == "cannot write `" + s.path("loop") + "`: a loop of symbolic links");
  if (::geteuid() == 0 && ::mknod(s.path("disk").c_str(), S_IFBLK | 0600, makedev(7, 0)) == 0) {
    const auto disk = resolve_output(s.path("disk"));
    REQUIRE(std::holds_alternative<Text>(disk));
    CHECK(std::get<Text>(disk).en.find("not a regular file, a character device or a FIFO") != std::string::npos);
  }
}

TEST_CASE("-o onto a character device writes into it and leaves it a device") {
  if (::geteuid() != 0) {
    MESSAGE("skipped: mknod needs root");
    return;
  }
  Scratch s;
  const std::string null = s.path("null");  // our own /dev/null, never the machine's
  REQUIRE(::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
  const auto target = resolve_output(null);
  REQUIRE(std::holds_alternative<OutputTarget>(target));
  CHECK(std::get<OutputTarget>(target).kind == OutputTarget::Kind::Stream);
  CHECK_FALSE(write_file_atomic(null, "report\n"));
  struct stat st {};
  REQUIRE(::lstat(null.c_str(), &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
  CHECK(st.st_rdev == makedev(1, 3));
  for (const auto& entry : fs::directory_iterator(s.path(".")))  // no temporary file left
    CHECK(entry.path().filename() == "null");

  const std::string full = s.path("full");
  REQUIRE(::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0);
  const std::optional<Text> error = write_file_atomic(full, "report\n");
  REQUIRE(error);
  CHECK(error->en == "cannot write `" + full + "`: no space left on the device");
  CHECK(error->zh == "无法写入 `" + full + "`：磁盘空间不足");
  REQUIRE(::lstat(full.c_str(), &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("-o onto a FIFO writes into it and leaves it a FIFO") {
  Scratch s;
  const std::string fifo = s.path("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  std::string received;
  std::thread reader([&] { received = slurp(fifo); });
  const std::optional<Text> error = write_file_atomic(fifo, "report\n");
  reader.join();
  CHECK_FALSE(error);
  CHECK(received == "report\n");
  struct stat st {};
  REQUIRE(::lstat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("-o through a symbolic link writes the file it points to and keeps the link") {
  Scratch s;
  const std::string real = s.write("real/out.json", "old\n");
  fs::create_symlink("real/out.json", s.path("out.json"));
  CHECK_FALSE(write_file_atomic(s.path("out.json"), "new\n"));
  CHECK(fs::is_symlink(s.path("out.json")));
  CHECK(slurp(real) == "new\n");
  // A dangling link: the file it names is created, the link stays.
  fs::create_symlink("real/later.json", s.path("later.json"));
  CHECK_FALSE(write_file_atomic(s.path("later.json"), "made\n"));
  CHECK(fs::is_symlink(s.path("later.json")));
  CHECK(slurp(s.path("real/later.json")) == "made\n");
}

TEST_CASE("same_file compares st_dev and st_ino: other spellings, hard and symbolic links") {
  Scratch s;
  const std::string input = s.write("c/a.yaml", "x");
  fs::create_hard_link(input, s.path("hard.yaml"));
  fs::create_symlink(input, s.path("soft.yaml"));
  s.write("other.yaml", "x");
  for (const std::string& spelling : {s.path("c/../c/./a.yaml"), s.path("hard.yaml"), s.path("soft.yaml")}) {
    const auto target = resolve_output(spelling);
    REQUIRE(std::holds_alternative<OutputTarget>(target));
    CHECK(same_file(std::get<OutputTarget>(target), input));
  }
  const auto other = resolve_output(s.path("other.yaml"));
  CHECK_FALSE(same_file(std::get<OutputTarget>(other), input));
  const auto fresh = resolve_output(s.path("new.yaml"));
  CHECK(std::get<OutputTarget>(fresh).kind == OutputTarget::Kind::NewFile);
  CHECK_FALSE(same_file(std::get<OutputTarget>(fresh), input));
}

TEST_CASE("a new output file gets 0666 & ~umask, a replaced one keeps its mode") {
  Scratch s;
  const mode_t old = ::umask(027);
  CHECK(process_umask() == 027);
  CHECK_FALSE(write_file_atomic(s.path("new.txt"), "x"));
  struct stat st {};
  REQUIRE(::stat(s.path("new.txt").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  ::umask(0);
  CHECK_FALSE(write_file_atomic(s.path("public.txt"), "x"));
  REQUIRE(::stat(s.path("public.txt").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0666);
  ::umask(old);
  REQUIRE(::chmod(s.path("new.txt").c_str(), 0600) == 0);
  CHECK_FALSE(write_file_atomic(s.path("new.txt"), "y"));
  REQUIRE(::stat(s.path("new.txt").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  CHECK(slurp(s.path("new.txt")) == "y");
}

TEST_CASE("a write into a folder that does not exist fails with the reason and leaves nothing") {
  Scratch s;
  const std::optional<Text> error = write_file_atomic(s.path("no/such/out.json"), "x");
  REQUIRE(error);
  CHECK(error->en == "cannot create a temporary file in `" + s.path("no/such") + "`: no such file");
  CHECK(error->zh == "无法在目录 `" + s.path("no/such") + "` 中创建临时文件：文件不存在");
}

TEST_CASE("io error texts name the common failures in both languages") {
  CHECK(io_error_text(ENOSPC).zh == "磁盘空间不足");
  CHECK(io_error_text(EBADF).en == "a bad file descriptor (closed)");
  CHECK(io_write_error_text(EACCES).zh == "没有写入权限");
  CHECK(io_error_text(EACCES).zh == "没有读取权限");
  CHECK(io_error_text(EOWNERDEAD).zh.rfind("系统错误（", 0) == 0);
}
