// Text the model keeps after its YAML document is gone: copied into blocks
// (one allocation per block, not per string) that start small and double up
// to 64 KiB, so a small file costs little and a large one few allocations;
// repeated short names (domains, departments, laws) are stored once.
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
  static constexpr size_t first_block_size = 256;
  static constexpr size_t max_block_size = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> m_blocks;
  size_t m_capacity = 0;  // size of the last block
  size_t m_used = 0;      // bytes used in the last block
  std::unordered_set<std::string_view> m_interned;
};

}  // namespace encat::model
