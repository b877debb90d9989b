#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "render/source_lines.h"

using namespace encat::render;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "encat-render-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& bytes) const {
    const std::string file = (path / name).string();
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }
};

}  // namespace

TEST_CASE("SourceLines gives 1-based lines without their endings") {
  SourceLines sources;
  sources.add("a.yaml", "one\r\ntwo\n\nfour\r\n");
  CHECK(sources.line("a.yaml", 1) == "one");
  CHECK(sources.line("a.yaml", 2) == "two");
  CHECK(sources.line("a.yaml", 3) == "");
  CHECK(sources.line("a.yaml", 4) == "four");
  CHECK(sources.line("a.yaml", 5) == "");  // after the final newline: where EOF errors point
  CHECK_FALSE(sources.line("a.yaml", 6));
  CHECK_FALSE(sources.line("a.yaml", 0));
}

TEST_CASE("SourceLines drops a byte order mark and replaces invalid UTF-8") {
  SourceLines sources;
  sources.add("bom.yaml", "\xEF\xBB\xBF" "kind: 统一目录\nname: \xff\xfe x\n");
  CHECK(sources.line("bom.yaml", 1) == "kind: 统一目录");
  CHECK(sources.line("bom.yaml", 2) == "name: \uFFFD\uFFFD x");
  sources.add("empty.yaml", "");
  CHECK(sources.line("empty.yaml", 1) == "");
  CHECK_FALSE(sources.line("empty.yaml", 2));
}

TEST_CASE("SourceLines never reads a file: one not handed over has no lines") {
  TempDir dir;
  const std::string file = dir.write("a.yaml", "a: 1\nb: 2\n");
  SourceLines sources;
  CHECK_FALSE(sources.line(file, 1));  // on disk, but the bytes parsed are what counts
  sources.add(file, "parsed: 1\n");
  CHECK(sources.line(file, 1) == "parsed: 1");
}
