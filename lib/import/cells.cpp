// The text of table cells: cleaning, punctuation, header names, 法律依据,
// dates, domain and total rows (import.h, namespace detail).
#include <fmt/format.h>

#include "import/import.h"
#include "import/text32.h"
#include "util/utf8.h"

namespace encat::import {

std::u32string to32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    const char32_t cp = decode_code_point(text.substr(i), length);
    out.push_back(cp);
    i += length ? length : 1;
  }
  return out;
}

std::string to8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

bool is_space32(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r' || c == '\f' || c == '\v'; }

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
         (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3000 && c <= 0x303F);
}

std::u32string trim32(std::u32string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (is_space32(s[b]) || s[b] == '\n')) ++b;
  while (e > b && (is_space32(s[e - 1]) || s[e - 1] == '\n')) --e;
  return std::u32string(s.substr(b, e - b));
}

namespace {

// One code point of valid UTF-8 at `i` (ASCII without decoding); `i` moves past it.
inline char32_t next_code_point(std::string_view text, size_t& i) {
  const unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  size_t length = 1;
  const char32_t cp = decode_code_point(text.substr(i), length);
  i += length ? length : 1;
  return cp;
}

// The last code point of `text` (0 when empty).
char32_t last_code_point(std::string_view text) {
  if (text.empty()) return 0;
  size_t at = text.size() - 1;
  while (at > 0 && text.size() - at < 4 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  size_t i = at;
  return next_code_point(text, i);
}

inline char32_t ascii_of_full_width(char32_t c) {
  if (c >= U'０' && c <= U'９') return c - U'０' + '0';
  if (c >= U'Ａ' && c <= U'Ｚ') return c - U'Ａ' + 'A';
  if (c >= U'ａ' && c <= U'ｚ') return c - U'ａ' + 'a';
  return c;
}

}  // namespace

bool blank(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (!(is_space32(c) || c == '\n' || c == 0xFEFF || c == 0x200B)) return false;
  }
  return true;
}

bool header_key_within(std::string_view text, std::string& out, size_t limit) {
  out.clear();
  for (size_t i = 0; i < text.size();) {
    char32_t c = next_code_point(text, i);
    if (is_space32(c) || c == '\n' || c == '*' || c == U'＊' || c == ':' || c == U'：' || c == 0xFEFF || c == 0x200B)
      continue;
    c = ascii_of_full_width(c);
    if (c == U'（') c = '(';
    if (c == U'）') c = ')';
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else
      append_utf8(out, c);
    if (out.size() > limit) return false;
  }
  return true;
}

namespace detail {

// Works on the UTF-8 directly (a cell is cleaned several times per import):
// printable ASCII without spaces at its ends is returned as it is.
std::string clean(std::string_view text) {
  bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ';
  for (size_t i = 0; plain && i < text.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    plain = b >= 0x20 && b < 0x80;
  }
  if (plain) return std::string(text);
  std::string out;
  out.reserve(text.size());
  // Each line trimmed, blank lines dropped: the current line starts at
  // `line_begin` and its last character that is no space ends at `content_end`.
  size_t line_begin = 0, content_end = 0;
  bool content = false;
  auto end_line = [&] {
    if (content) {
      out.resize(content_end);
      out.push_back('\n');
      line_begin = out.size();
      content = false;
    } else {
      out.resize(line_begin);
    }
  };
  for (size_t i = 0; i < text.size();) {
    // A character none of whose code points is changed here (a CJK ideograph:
    // lead bytes other than C2 E2 E3 EF) is copied as its bytes.
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    if (lead >= 0xC3 && lead != 0xE2 && lead != 0xE3 && lead != 0xEF) {
      const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      bool whole = i + length <= text.size();
      for (size_t k = 1; whole && k < length; ++k) whole = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
      if (whole) {
        out.append(text.data() + i, length);
        i += length;
        content = true;
        content_end = out.size();
        continue;
      }
    }
    char32_t c = next_code_point(text, i);
    if (c == '\r') {
      if (i < text.size() && text[i] == '\n') ++i;
      c = '\n';
    }
    if (c == '\n') {
      end_line();
      continue;
    }
    if (c == 0xFEFF || c == 0x200B) continue;  // a BOM or zero-width space inside a cell
    if (is_space32(c)) {
      if (content) append_utf8(out, c);
      continue;
    }
    c = ascii_of_full_width(c);
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else
      append_utf8(out, c);
    content = true;
    content_end = out.size();
  }
  end_line();
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string one_line(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') {
      out.push_back(text[i]);
      continue;
    }
    const bool cjk_before = is_cjk(last_code_point(out));
    size_t next = i + 1;
    const bool cjk_after = next < text.size() && is_cjk(next_code_point(text, next));
    if (!(cjk_before || cjk_after) && !out.empty()) out.push_back(' ');
  }
  return out;
}

std::string full_width_punctuation(std::string_view text) {
  // Nothing to change without one of these (the spaces around full-width punctuation go too).
  if (text.find_first_of("(),;:?! ") == std::string_view::npos) return std::string(text);
  std::u32string s = to32(text);
  auto neighbour = [&](size_t i, int step) -> char32_t {
    for (long j = static_cast<long>(i) + step; j >= 0 && j < static_cast<long>(s.size()); j += step)
      if (!is_space32(s[j])) return s[j];
    return 0;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    char32_t wide = 0;
    switch (c) {
      case '(': wide = U'（'; break;
      case ')': wide = U'）'; break;
      case ',': wide = U'，'; break;
      case ';': wide = U'；'; break;
      case ':': wide = U'：'; break;
      case '?': wide = U'？'; break;
      case '!': wide = U'！'; break;
      default: continue;
    }
    const char32_t before = neighbour(i, -1), after = neighbour(i, +1);
    bool chinese;
    if (c == '(')
      chinese = is_cjk(after) || is_cjk(before);
    else if (c == ')')
      chinese = is_cjk(before) || is_cjk(after);
    else
      chinese = is_cjk(before);
    // `(`: look at what the parentheses hold, so `(2021修正)` is Chinese too.
    if (c == '(' && !chinese) {
      const size_t close = s.find(')', i);
      for (size_t j = i + 1; j < close && j < s.size() && !chinese; ++j) chinese = is_cjk(s[j]);
    }
    if (c == ')' && !chinese) {
      const size_t open = s.rfind('(', i);
      for (size_t j = open == std::u32string::npos ? i : open + 1; j < i && !chinese; ++j) chinese = is_cjk(s[j]);
      if (open == std::u32string::npos) {
        const size_t wide_open = s.rfind(U'（', i);
        chinese = wide_open != std::u32string::npos;
      }
    }
    if (chinese) s[i] = wide;
  }
  // Spaces around full-width punctuation go: `档案 ， 文物` → `档案，文物`.
  std::u32string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    auto full_punct = [](char32_t p) {
      return p == U'（' || p == U'）' || p == U'，' || p == U'；' || p == U'：' || p == U'、' || p == U'。' ||
             p == U'？' || p == U'！';
    };
    if (c == ' ' && ((!out.empty() && full_punct(out.back())) || (i + 1 < s.size() && full_punct(s[i + 1]))))
      continue;
    out.push_back(c);
  }
  return to8(out);
}

std::string header_key(std::string_view text) {
  std::string out;
  header_key_within(text, out, std::string::npos);
  return out;
}

}  // namespace detail

namespace detail {

namespace {

bool article_char(char32_t c) {
  return c == U'第' || c == U'条' || c == U'款' || c == U'项' || c == U'目' || c == U'之' || c == U'章' ||
         c == U'节' || c == U'附' || c == U'件' || c == U'（' || c == U'）' || c == '(' || c == ')' ||
         (c >= '0' && c <= '9') || std::u32string_view(U"零一二三四五六七八九十百千〇两").find(c) != std::u32string_view::npos;
}

bool separator(char32_t c) {
  return c == U'、' || c == U'，' || c == ',' || c == U'；' || c == ';' || c == '\n' || is_space32(c) || c == U'和' ||
         c == U'及' || c == U'。';
}

// `第四十八条、第四十九条第二款` → the articles; false when something else is there.
bool split_articles(std::u32string_view s, std::vector<std::string>& out) {
  std::u32string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back(to8(current));
    current.clear();
  };
  for (char32_t c : s) {
    if (separator(c)) {
      flush();
    } else if (article_char(c)) {
      current.push_back(c == '(' ? U'（' : c == ')' ? U'）' : c);
    } else {
      return false;
    }
  }
  flush();
  return true;
}

// Where `第…条` starts in a line without 《》, or npos.
size_t first_article(std::u32string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != U'第') continue;
    size_t j = i + 1;
    while (j < s.size() && (std::u32string_view(U"零一二三四五六七八九十百千〇两").find(s[j]) != std::u32string_view::npos ||
                            (s[j] >= '0' && s[j] <= '9')))
      ++j;
    if (j > i + 1 && j < s.size() && (s[j] == U'条' || s[j] == U'章')) return i;
  }
  return std::u32string_view::npos;
}

// A leading list number: `1.`, `1、`, `（1）`, `(1)`, `①`.
std::u32string_view without_number(std::u32string_view s) {
  size_t i = 0;
  if (!s.empty() && s[0] >= U'①' && s[0] <= U'⑳') return s.substr(1);
  const bool paren = !s.empty() && (s[0] == '(' || s[0] == U'（');
  if (paren) ++i;
  const size_t digits = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == digits) return s;
  if (paren && i < s.size() && (s[i] == ')' || s[i] == U'）')) return s.substr(i + 1);
  if (!paren && i < s.size() && (s[i] == '.' || s[i] == U'、' || s[i] == U'．')) return s.substr(i + 1);
  return s;
}

}  // namespace

std::optional<std::vector<BasisText>> split_basis(std::string_view text) {
  std::vector<BasisText> out;
  const std::u32string all = to32(clean(text));
  size_t start = 0;
  while (start <= all.size()) {
    size_t end = all.find('\n', start);
    if (end == std::u32string::npos) end = all.size();
    std::u32string_view line = std::u32string_view(all).substr(start, end - start);
    start = end + 1;
    line = without_number(line);
    while (!line.empty() && (is_space32(line.front()))) line.remove_prefix(1);
    while (!line.empty() && (separator(line.back()))) line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.find(U'《') == std::u32string_view::npos && !out.empty()) {
      // Articles alone continue the law above (a cell wrapped by hand: `《…》第四十八条、⏎第四十九条`).
      std::vector<std::string> more;
      if (split_articles(line, more)) {
        out.back().articles.insert(out.back().articles.end(), more.begin(), more.end());
        continue;
      }
    }
    if (line.find(U'《') == std::u32string_view::npos) {
      // `中华人民共和国档案法第四十八条` or a law alone.
      const size_t at = first_article(line);
      BasisText basis;
      basis.law = full_width_punctuation(to8(trim32(line.substr(0, at))));
      if (basis.law.empty()) return std::nullopt;
      if (at != std::u32string_view::npos && !split_articles(line.substr(at), basis.articles)) return std::nullopt;
      out.push_back(std::move(basis));
      continue;
    }
    size_t i = 0;
    while (i < line.size()) {
      const size_t open = line.find(U'《', i);
      if (open == std::u32string_view::npos) {
        // Only separators may follow the last law's articles: handled below.
        return std::nullopt;
      }
      // Between the previous law's articles and this mark: nothing but separators.
      for (size_t j = i; j < open; ++j)
        if (!separator(line[j])) return std::nullopt;
      // The matching 》: a law's name may quote another (《浙江省实施《中华人民共和国人民防空法》办法》).
      size_t close = std::u32string_view::npos;
      int depth = 0;
      for (size_t k = open; k < line.size(); ++k) {
        if (line[k] == U'《') ++depth;
        if (line[k] == U'》' && --depth == 0) {
          close = k;
          break;
        }
      }
      if (close == std::u32string_view::npos) return std::nullopt;
      BasisText basis;
      basis.law = full_width_punctuation(to8(trim32(line.substr(open + 1, close - open - 1))));
      if (basis.law.empty()) return std::nullopt;
      const size_t next = line.find(U'《', close);
      const size_t stop = next == std::u32string_view::npos ? line.size() : next;
      if (!split_articles(line.substr(close + 1, stop - close - 1), basis.articles)) return std::nullopt;
      out.push_back(std::move(basis));
      i = stop;
      if (next == std::u32string_view::npos) break;
    }
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> find_date(std::string_view text) {
  const std::u32string s = to32(clean(text));
  for (size_t i = 0; i < s.size(); ++i) {
    if (!(s[i] >= '0' && s[i] <= '9') || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
    int parts[3] = {0, 0, 0};
    size_t j = i;
    int n = 0;
    char32_t sep = 0;
    for (; n < 3; ++n) {
      size_t digits = 0;
      int value = 0;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9' && digits < 4) value = value * 10 + int(s[j++] - '0'), ++digits;
      if (digits == 0 || (n == 0 && digits != 4) || (n > 0 && digits > 2)) break;
      parts[n] = value;
      if (n == 2) {
        if (sep == U'年' && j < s.size() && s[j] == U'日') ++j;
        ++n;
        break;
      }
      if (j >= s.size()) break;
      const char32_t here = s[j];
      const char32_t want = n == 0 ? here : (sep == U'年' ? U'月' : sep);
      if (n == 0 && !(here == '-' || here == '/' || here == '.' || here == U'年')) break;
      if (n == 1 && here != want) break;
      if (n == 0) sep = here;
      ++j;
    }
    if (n == 3 && parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31)
      return fmt::format("{:04}-{:02}-{:02}", parts[0], parts[1], parts[2]);
  }
  return std::nullopt;
}

std::optional<DomainRow> domain_row(std::string_view text) {
  std::u32string s = to32(one_line(clean(text)));
  static const std::u32string_view numerals = U"零一二三四五六七八九十百千〇两";
  // `一、` / `一.`, or a sub-heading `（一）` / `(一)` (an adjustment notice's domains).
  const bool paren = !s.empty() && (s[0] == U'（' || s[0] == '(');
  const size_t first = paren ? 1 : 0;
  size_t i = first;
  while (i < s.size() && numerals.find(s[i]) != std::u32string_view::npos) ++i;
  if (i == first || i >= s.size()) return std::nullopt;
  if (paren ? !(s[i] == U'）' || s[i] == ')') : !(s[i] == U'、' || s[i] == '.' || s[i] == U'．')) return std::nullopt;
  std::u32string rest = trim32(std::u32string_view(s).substr(i + 1));
  DomainRow row;
  // A trailing `（共 13 项）` / `(共13项)` / `（13项）`.
  if (!rest.empty() && (rest.back() == U'）' || rest.back() == ')')) {
    const size_t open = std::max(rest.rfind(U'（') == std::u32string::npos ? 0 : rest.rfind(U'（') + 1,
                                 rest.rfind('(') == std::u32string::npos ? 0 : rest.rfind('(') + 1);
    if (open > 0) {
      std::u32string inside = rest.substr(open, rest.size() - 1 - open);
      std::u32string compact;
      for (char32_t c : inside)
        if (!is_space32(c)) compact.push_back(c);
      size_t k = 0;
      if (compact.rfind(U"共", 0) == 0) k = 1;
      long long count = 0;
      size_t digits = 0;
      while (k < compact.size() && compact[k] >= '0' && compact[k] <= '9' && digits < 12)
        count = count * 10 + (compact[k++] - '0'), ++digits;
      if (digits > 0 && k + 1 == compact.size() && compact[k] == U'项') {
        row.count = count;
        rest = trim32(std::u32string_view(rest).substr(0, open - 1));
      }
    }
  }
  if (rest.empty()) return std::nullopt;
  // A domain name is short and has no sentence punctuation.
  for (char32_t c : rest)
    if (c == U'，' || c == U'。' || c == U'；' || c == ',' || c == ';' || c == U'：' || c == ':') return std::nullopt;
  if (rest.size() > 30) return std::nullopt;
  row.domain = to8(rest);
  return row;
}

std::optional<TotalRow> total_row(std::string_view text) {
  // Cheap rejection of a matter's row: a total starts with 合/共/总/小, or
  // with at most 12 digits then 项 or 个 (spaces, line breaks, BOMs and
  // zero-width spaces aside, as below).
  {
    size_t i = 0;
    auto next = [&]() -> char32_t {
      while (i < text.size()) {
        const char32_t c = next_code_point(text, i);
        if (is_space32(c) || c == '\n' || c == 0xFEFF || c == 0x200B) continue;
        return ascii_of_full_width(c);
      }
      return 0;
    };
    char32_t c = next();
    if (c >= '0' && c <= '9') {
      for (size_t digits = 0; c >= '0' && c <= '9' && digits < 12; ++digits) c = next();
      if (c != U'项' && c != U'个') return std::nullopt;
    } else if (c != U'合' && c != U'共' && c != U'总' && c != U'小') {
      return std::nullopt;
    }
  }
  std::u32string s;
  for (char32_t c : to32(one_line(clean(text))))
    if (!is_space32(c)) s.push_back(c);
  if (s.empty()) return std::nullopt;
  TotalRow row;
  auto number_at = [&](size_t& k) -> long long {
    long long v = 0;
    size_t digits = 0;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9' && digits < 12) v = v * 10 + (s[k++] - '0'), ++digits;
    return digits ? v : -1;
  };
  for (std::u32string_view word : {U"合计", U"共计", U"总计", U"小计"}) {
    if (s.rfind(word, 0) != 0) continue;
    row.subtotal = word == U"小计";
    size_t k = word.size();
    while (k < s.size() && (s[k] == U'：' || s[k] == ':' || s[k] == U'共')) ++k;
    if (k == s.size()) return row;
    row.count = number_at(k);
    if (row.count < 0) return std::nullopt;
    if (k < s.size() && s[k] == U'项') ++k;
    if (k < s.size() && (s[k] == U'。' || s[k] == '.')) ++k;
    if (k != s.size()) return std::nullopt;
    return row;
  }
  // 共 13 个领域 90 项 / 13个领域共90项 / 共 90 项
  size_t k = 0;
  if (s[0] == U'共') k = 1;
  long long first = number_at(k);
  if (first < 0) return std::nullopt;
  if (k < s.size() && s[k] == U'项') {
    ++k;
    if (k < s.size() && s[k] == U'。') ++k;
    if (k != s.size() || s[0] != U'共') return std::nullopt;
    row.count = first;
    return row;
  }
  if (s.compare(k, 3, U"个领域") != 0) return std::nullopt;
  k += 3;
  if (k < s.size() && s[k] == U'共') ++k;
  while (k < s.size() && (s[k] == U'，' || s[k] == ',')) ++k;
  const long long second = number_at(k);
  if (second < 0 || k >= s.size() || s[k] != U'项') return std::nullopt;
  ++k;
  if (k < s.size() && s[k] == U'。') ++k;
  if (k != s.size()) return std::nullopt;
  row.domains = first;
  row.count = second;
  return row;
}

}  // namespace detail

}  // namespace encat::import
