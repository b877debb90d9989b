#define PCRE2_CODE_UNIT_WIDTH 8
#include "util/regex.h"

#include <pcre2.h>

namespace encat {
namespace {

// One match-data block per thread, grown on demand: matching never allocates.
pcre2_match_data* thread_match_data() {
  struct Holder {
    pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
    ~Holder() { pcre2_match_data_free(data); }
  };
  thread_local Holder holder;
  return holder.data;
}

}  // namespace

Regex::Regex(std::string_view pattern) : m_pattern(pattern) {
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  // UTF: the subject and pattern are UTF-8; DOLLAR_ENDONLY: `$` means the end, as in ECMA-262.
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | PCRE2_NO_UTF_CHECK, &error_code,
                                   &error_offset, nullptr);
  if (!code) {
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(error_code, buffer, sizeof buffer);
    m_error = std::string(reinterpret_cast<const char*>(buffer)) + " at offset " + std::to_string(error_offset);
    return;
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // falls back to the interpreter if JIT is unavailable
  m_code = code;
}

Regex::~Regex() { pcre2_code_free(static_cast<pcre2_code*>(m_code)); }

Regex::Regex(Regex&& other) noexcept
    : m_pattern(std::move(other.m_pattern)), m_error(std::move(other.m_error)), m_code(other.m_code) {
  other.m_code = nullptr;
}

Regex& Regex::operator=(Regex&& other) noexcept {
  if (this != &other) {
    pcre2_code_free(static_cast<pcre2_code*>(m_code));
    m_pattern = std::move(other.m_pattern);
    m_error = std::move(other.m_error);
    m_code = other.m_code;
    other.m_code = nullptr;
  }
  return *this;
}

bool Regex::search(std::string_view subject) const {
  if (!m_code) return false;
  const int rc = pcre2_match(static_cast<const pcre2_code*>(m_code), reinterpret_cast<PCRE2_SPTR>(subject.data()),
                             subject.size(), 0, 0, thread_match_data(), nullptr);
  return rc >= 0;
}

}  // namespace encat
