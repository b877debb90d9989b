// yaml_floor: the floor encat-validate is measured against.
//
//   yaml_floor DIR [-j N]
//
// Parses every *.yaml / *.yml under DIR (recursively, skipping names that
// start with '.') with yaml-cpp 0.7's event API (YAML::Parser and an
// EventHandler that only counts events), on N threads (default 1).  Each
// file is read whole into memory first and parsed from that buffer.  No tree,
// no schema, no rules: whatever encat-validate spends above this is the cost
// of its own work.
//
// Prints files, bytes, events and seconds; exit 0 when every file parsed, 1
// when one did not, 2 on a usage error.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <mutex>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

// A handler that does nothing but count, so the parse cannot be optimised away.
class CountingHandler final : public YAML::EventHandler {
 public:
  std::uint64_t events = 0;

  void OnDocumentStart(const YAML::Mark&) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    ++events;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }
};

// Read-only stream buffer over bytes already in memory (no second copy).
class MemoryBuffer final : public std::streambuf {
 public:
  MemoryBuffer(const char* data, std::size_t size) {
    char* p = const_cast<char*>(data);
    setg(p, p, p + size);
  }
};

bool is_yaml(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::vector<fs::path> collect(const fs::path& root) {
  std::vector<fs::path> files;
  if (fs::is_regular_file(root)) {
    files.push_back(root);
    return files;
  }
  fs::recursive_directory_iterator it(root), end;
  for (; it != end; ++it) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && is_yaml(it->path())) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool read_whole(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return false;
  in.seekg(0, std::ios::beg);
  out.resize(static_cast<std::size_t>(size));
  if (size > 0 && !in.read(&out[0], size)) return false;
  return true;
}

int usage() {
  std::fprintf(stderr, "usage: yaml_floor DIR [-j N]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  unsigned jobs = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-j" && i + 1 < argc) {
      jobs = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
    } else if (a.rfind("-j", 0) == 0 && a.size() > 2) {
      jobs = static_cast<unsigned>(std::strtoul(a.c_str() + 2, nullptr, 10));
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else if (!a.empty() && a[0] != '-' && dir.empty()) {
      dir = a;
    } else {
      return usage();
    }
  }
  if (dir.empty() || jobs == 0) return usage();

  const auto t0 = std::chrono::steady_clock::now();
  std::vector<fs::path> files;
  try {
    files = collect(dir);
  } catch (const fs::filesystem_error& e) {
    std::fprintf(stderr, "yaml_floor: %s\n", e.what());
    return 2;
  }

  std::atomic<std::size_t> next{0};
  std::atomic<std::uint64_t> total_bytes{0}, total_events{0};
  std::atomic<std::size_t> failures{0};
  std::mutex err_mutex;

  auto worker = [&] {
    std::string buffer;
    std::uint64_t bytes = 0, events = 0;
    for (std::size_t i = next++; i < files.size(); i = next++) {
      if (!read_whole(files[i], buffer)) {
        std::lock_guard<std::mutex> lock(err_mutex);
        std::fprintf(stderr, "yaml_floor: %s: cannot read\n", files[i].c_str());
        ++failures;
        continue;
      }
      bytes += buffer.size();
      MemoryBuffer mb(buffer.data(), buffer.size());
      std::istream in(&mb);
      CountingHandler handler;
      try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(handler)) {
        }
      } catch (const YAML::Exception& e) {
        std::lock_guard<std::mutex> lock(err_mutex);
        std::fprintf(stderr, "yaml_floor: %s: %s\n", files[i].c_str(), e.what());
        ++failures;
      }
      events += handler.events;
    }
    total_bytes += bytes;
    total_events += events;
  };

  const unsigned n = std::max(1u, std::min<unsigned>(jobs, files.size() ? files.size() : 1));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& th : pool) th.join();

  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double mib = static_cast<double>(total_bytes.load()) / (1024.0 * 1024.0);
  std::printf("yaml_floor: %zu files, %llu bytes (%.1f MiB), %llu events, %u threads, %.3f s, %.1f MiB/s\n",
              files.size(), static_cast<unsigned long long>(total_bytes.load()), mib,
              static_cast<unsigned long long>(total_events.load()), n, secs,
              secs > 0 ? mib / secs : 0.0);
  if (failures) {
    std::fprintf(stderr, "yaml_floor: %zu files failed\n", failures.load());
    return 1;
  }
  return 0;
}
