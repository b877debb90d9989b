// Text the model keeps after its YAML document is gone: copied into large
// blocks (one allocation per 64 KiB, not per string), with repeated short
// names (domains, departments, laws) stored once.
#pragma once

#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace encat::model {

class TextStore {
 public:
  // A copy of `text` that lives as long as the store (moving the store keeps it).
  std::string_view copy(std::string_view text);
  // Like copy, but equal texts share one copy.
  std::string_view intern(std::string_view text);

 private:
  static constexpr size_t block_size = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> m_blocks;
  size_t m_used = block_size;  // bytes used in the last block
  std::unordered_set<std::string_view> m_interned;
};

}  // namespace encat::model
