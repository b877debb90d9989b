#include "model/text_store.h"

#include <algorithm>
#include <cstring>

namespace encat::model {

std::string_view TextStore::copy(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > max_block_size / 4) {  // a long text gets a block of its own
    auto block = std::make_unique<char[]>(text.size());
    std::memcpy(block.get(), text.data(), text.size());
    const std::string_view stored(block.get(), text.size());
    m_blocks.insert(m_blocks.end() - (m_blocks.empty() ? 0 : 1), std::move(block));
    return stored;
  }
  if (m_used + text.size() > m_capacity) {
    size_t size = m_capacity == 0 ? first_block_size : std::min(2 * m_capacity, max_block_size);
    while (size < text.size()) size *= 2;
    m_blocks.push_back(std::make_unique<char[]>(size));
    m_capacity = size;
    m_used = 0;
  }
  char* at = m_blocks.back().get() + m_used;
  std::memcpy(at, text.data(), text.size());
  m_used += text.size();
  return {at, text.size()};
}

std::string_view TextStore::intern(std::string_view text) {
  if (text.empty()) return {};
  if (const auto it = m_interned.find(text); it != m_interned.end()) return *it;
  const std::string_view stored = copy(text);
  m_interned.insert(stored);
  return stored;
}

}  // namespace encat::model
