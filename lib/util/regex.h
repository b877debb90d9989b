// ECMA-262-like regular expressions over UTF-8, backed by PCRE2 (with JIT).
// Used for JSON Schema `pattern` and the registry's `code_pattern`.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace encat {

class Regex {
 public:
  // Compiles `pattern`; on failure `ok()` is false and `error()` says why.
  explicit Regex(std::string_view pattern);
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  bool ok() const { return m_code != nullptr; }
  const std::string& error() const { return m_error; }
  const std::string& pattern() const { return m_pattern; }
  // True when the pattern matches anywhere in `subject` (JSON Schema semantics).
  bool search(std::string_view subject) const;

 private:
  std::string m_pattern;
  std::string m_error;
  void* m_code = nullptr;  // pcre2_code_8*
};

}  // namespace encat
