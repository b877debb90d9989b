// libFuzzer target: the YAML reader on arbitrary bytes (encat::yaml::read_bytes),
// then every accessor of every node of the tree it builds.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "yaml/reader.h"

namespace {

volatile size_t g_sink;  // keeps the accessors' results alive

void touch(encat::yaml::Node node) {
  std::vector<encat::yaml::Node> stack{node};
  while (!stack.empty()) {
    const encat::yaml::Node n = stack.back();
    stack.pop_back();
    size_t h = static_cast<size_t>(n.type()) + n.line() + n.column() + n.is_plain();
    h += n.text().size() + encat::yaml::type_name(n.type()).size();
    if (const auto value = n.number()) h += static_cast<size_t>(*value != 0);
    if (const auto value = n.integer()) h += static_cast<size_t>(*value & 1);
    if (const auto value = n.string()) h += value->size();
    h += n.location().line;
    if (n.is_sequence()) {
      for (size_t i = 0; i < n.size(); ++i) stack.push_back(n[i]);
    } else if (n.is_mapping()) {
      for (size_t i = 0; i < n.size(); ++i) {
        const encat::yaml::Node key = n.key(i);
        stack.push_back(key);
        stack.push_back(n.value(i));
        if (key.is_scalar()) h += static_cast<size_t>(n.get(key.text()) == n.value(i)) + n.get_key(key.text()).line();
      }
      h += n.get("kind").size();
    }
    g_sink = g_sink + h;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const encat::yaml::ReadResult result = encat::yaml::read_bytes("fuzz.yaml", bytes, encat::yaml::Limits{});
  size_t h = result.findings.size();
  for (const encat::Finding& finding : result.findings)
    h += finding.message.zh.size() + finding.message.en.size() + finding.location.line;
  g_sink = g_sink + h;
  if (result.document) touch(result.document->root());
  return 0;
}
